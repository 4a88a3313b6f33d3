package org.surgalt.h5p;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.Set;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseService;
import org.surgalt.progress.CompletionFact;
import org.surgalt.progress.ProgressService;
import org.surgalt.xapi.LaunchScope;
import org.surgalt.xapi.StatementsStored;
import org.surgalt.xapi.StoredStatement;
import org.surgalt.xapi.XapiAgents;
import org.surgalt.xapi.XapiRejected;

/**
 * Turns an H5P activity's statements into completion, inside the LRS's transaction (the event is
 * fired after the statements are inserted and before it commits), so that the statement and the
 * fact are stored together or not at all.
 *
 * <p>What completes: a {@code completed} or {@code answered} statement with a score, sent with the
 * launch's credentials, about the launched activity itself (a question nested in it, such as a
 * Game Map's stages, has {@code ?subContentId=…} on the IRI and does not count), by the learner
 * the launch was for. Under the item's rule: "completed" takes any such statement; "passed" takes
 * one whose scaled score reaches the author's pass mark (the item's minimum score, in percent), or
 * any such statement when the author set none ("completing counts"). The course's staff trying the
 * activity never get facts. Once a fact is recorded, later statements add none.
 */
@ApplicationScoped
class H5pCompletion {

    private static final Set<String> VERBS = Set.of("http://adlnet.gov/expapi/verbs/completed",
            "http://adlnet.gov/expapi/verbs/answered");

    private final H5pStore store;
    private final CourseService courses;
    private final ProgressService progress;
    private final XapiAgents agents;

    H5pCompletion(H5pStore store, CourseService courses, ProgressService progress, XapiAgents agents) {
        this.store = store;
        this.courses = courses;
        this.progress = progress;
        this.agents = agents;
    }

    void stored(@Observes StatementsStored event) {
        LaunchScope scope = event.caller().launch();
        if (scope == null || !H5pLaunchService.KIND.equals(scope.kind())) {
            return;
        }
        for (StoredStatement stored : event.statements()) {
            JsonNode statement = stored.statement();
            // An H5P launch writes about its learner only: the player sets the actor, so another
            // one means someone is using the credentials by hand.
            if (agents.userId(statement.path("actor")) != scope.userId()) {
                throw new XapiRejected(403, "These credentials may only send statements whose actor is the learner "
                        + "the activity was launched for");
            }
            BigDecimal score = completingScore(statement, scope.activityId());
            if (score != null) {
                record(scope, score);
            }
        }
    }

    /** The scaled score in percent of a statement that completes the activity, or null. */
    static BigDecimal completingScore(JsonNode statement, String activityId) {
        if (!VERBS.contains(statement.path("verb").path("id").asText())
                || !activityId.equals(statement.path("object").path("id").asText())) {
            return null;
        }
        JsonNode score = statement.path("result").path("score");
        if (score.path("scaled").isNumber()) {
            return percent(score.path("scaled").decimalValue());
        }
        JsonNode raw = score.path("raw");
        JsonNode max = score.path("max");
        JsonNode min = score.path("min");
        if (raw.isNumber() && max.isNumber()) {
            BigDecimal low = min.isNumber() ? min.decimalValue() : BigDecimal.ZERO;
            BigDecimal range = max.decimalValue().subtract(low);
            if (range.signum() > 0) {
                return percent(raw.decimalValue().subtract(low).divide(range, 6, RoundingMode.HALF_UP));
            }
        }
        return null;
    }

    private static BigDecimal percent(BigDecimal scaled) {
        return scaled.max(BigDecimal.valueOf(-1)).min(BigDecimal.ONE).multiply(BigDecimal.valueOf(100))
                .setScale(2, RoundingMode.HALF_UP);
    }

    private void record(LaunchScope scope, BigDecimal percent) {
        H5pStore.UserData data = store.byId(scope.recordId(), true).orElse(null);
        if (data == null || data.userId() != scope.userId() || !data.counts() || data.factRecorded()) {
            return;
        }
        Optional<CourseContent> current = courses.currentVersion(courses.course(data.courseId()));
        Optional<ItemContent> item = current.flatMap(c -> c.item(data.itemId()));
        if (item.isEmpty()) {
            return;
        }
        Optional<CompletionFact.Kind> kind = factFor(item.get(), percent);
        if (kind.isEmpty()) {
            return;
        }
        progress.record(data.userId(), current.get(), item.get(), kind.get(),
                percent.setScale(0, RoundingMode.HALF_UP).intValue(), "h5p");
        store.factRecorded(data.id());
    }

    static Optional<CompletionFact.Kind> factFor(ItemContent item, BigDecimal percent) {
        Integer passMark = item.minScore();
        boolean passed = passMark == null || percent.compareTo(BigDecimal.valueOf(passMark)) >= 0;
        return switch (item.completion()) {
            case PASSED, COMPLETED_PASSED -> passed ? Optional.of(CompletionFact.Kind.PASSED) : Optional.empty();
            default -> Optional.of(CompletionFact.Kind.COMPLETED);
        };
    }
}
