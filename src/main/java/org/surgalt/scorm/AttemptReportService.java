package org.surgalt.scorm;

import org.surgalt.scorm.manifest.PackageStructure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.surgalt.course.Course;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseService;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.progress.ProgressAccess;
import org.surgalt.scorm.manifest.PackageStructure.Standard;

/**
 * Everyone's attempts at a package item, for the course's staff and coordinators, each seeing the
 * learners whose progress they see (ProgressAccess: staff all, coordinators their own): per learner the attempts, the score that counts (highest or last, as
 * the item says), and the answers the package recorded in cmi.interactions; as a page and as CSV.
 */
@ApplicationScoped
public class AttemptReportService {

    private final CourseService courses;
    private final ProgressAccess access;
    private final ScormStore store;
    private final ScormPackages packages;
    private final PackageSettingsRepository settings;
    private final IdentityService identity;
    private final ObjectMapper json;

    AttemptReportService(CourseService courses, ProgressAccess access, ScormStore store, ScormPackages packages,
            PackageSettingsRepository settings, IdentityService identity, ObjectMapper json) {
        this.courses = courses;
        this.access = access;
        this.store = store;
        this.packages = packages;
        this.settings = settings;
        this.identity = identity;
        this.json = json;
    }

    public record Report(String code, long itemId, String title, List<LearnerRow> learners) {
    }

    public record LearnerRow(String name, BigDecimal counted, List<LaunchService.AttemptView> attempts) {
    }

    @Transactional
    public Report report(Viewer viewer, String code, long itemId, Locale locale) {
        Course course = courses.courseByCode(code);
        access.requireCanListLearners(viewer, course);
        ItemContent item = item(course, itemId);
        PackageSettings rules = settings.of(itemId, course.id());
        Map<Long, List<ScormStore.Attempt>> byLearner = visibleAttempts(viewer, course, itemId).stream()
                .collect(Collectors.groupingBy(ScormStore.Attempt::userId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, String> names = identity.displayNames(byLearner.keySet());
        List<LearnerRow> rows = new ArrayList<>();
        byLearner.forEach((userId, attempts) -> rows.add(new LearnerRow(names.getOrDefault(userId, "#" + userId),
                counted(rules, attempts), attempts.stream().map(LaunchService.AttemptView::of).toList())));
        rows.sort(Comparator.comparing(LearnerRow::name, String.CASE_INSENSITIVE_ORDER));
        return new Report(code, itemId, item.title().in(locale), rows);
    }

    /** One row per recorded answer (and one per attempt without any), for a spreadsheet. */
    @Transactional
    public String csv(Viewer viewer, String code, long itemId) {
        Course course = courses.courseByCode(code);
        access.requireCanListLearners(viewer, course);
        item(course, itemId);
        List<ScormStore.Attempt> attempts = visibleAttempts(viewer, course, itemId);
        Map<Long, String> names = identity.displayNames(attempts.stream().map(ScormStore.Attempt::userId)
                .collect(Collectors.toSet()));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("learner", "attempt", "open",
                "started_at", "last_saved_at", "completion", "success", "score_percent", "seconds", "sco",
                "interaction_id", "interaction_type", "response", "result", "correct_responses", "answered_at")
                .get())) {
            for (ScormStore.Attempt attempt : attempts) {
                Standard standard = packages.find(attempt.packageSha256()).map(p -> p.structure().standard())
                        .orElse(Standard.SCORM_2004);
                List<Object[]> answers = new ArrayList<>();
                store.scoStates(attempt.id()).forEach((sco, state) -> {
                    for (JsonNode interaction : CmiData.elements(cmi(state.cmi()).path("interactions"))) {
                        answers.add(new Object[] {sco, text(interaction, "id"), text(interaction, "type"),
                            standard == Standard.SCORM_1_2 ? text(interaction, "student_response")
                                    : text(interaction, "learner_response"),
                            text(interaction, "result"), correct(interaction.path("correct_responses")),
                            standard == Standard.SCORM_1_2 ? text(interaction, "time") : text(interaction, "timestamp")});
                    }
                });
                Object[] head = {names.getOrDefault(attempt.userId(), "#" + attempt.userId()), attempt.number(),
                    attempt.open(), attempt.startedAt(), attempt.updatedAt(), lower(attempt.status().completion()),
                    lower(attempt.status().success()), attempt.status().score(), attempt.status().seconds()};
                if (answers.isEmpty()) {
                    csv.printRecord(concat(head, new Object[7]));
                }
                for (Object[] answer : answers) {
                    csv.printRecord(concat(head, answer));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Learners' attempts (staff's tries left out) of the learners the viewer sees, each learner judged once. */
    private List<ScormStore.Attempt> visibleAttempts(Viewer viewer, Course course, long itemId) {
        Map<Long, Boolean> seen = new java.util.HashMap<>();
        return store.attemptsAt(course.id(), itemId).stream().filter(ScormStore.Attempt::counts)
                .filter(a -> seen.computeIfAbsent(a.userId(), learner -> access.canSeeLearner(viewer, course, learner)))
                .toList();
    }

    static BigDecimal counted(PackageSettings rules, List<ScormStore.Attempt> attempts) {
        if (rules.grading() == PackageSettings.Grading.LAST) {
            return attempts.get(attempts.size() - 1).status().score();
        }
        return attempts.stream().map(a -> a.status().score()).filter(Objects::nonNull).max(BigDecimal::compareTo)
                .orElse(null);
    }

    private ItemContent item(Course course, long itemId) {
        CourseContent content = courses.currentVersion(course)
                .orElseThrow(() -> DomainException.notFound("published course", course.code()));
        return content.item(itemId).filter(item -> item.kind() == org.surgalt.course.ItemKind.PACKAGE)
                .orElseThrow(() -> DomainException.notFound("package item", itemId));
    }

    private JsonNode cmi(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }

    private static String correct(JsonNode responses) {
        return CmiData.elements(responses).stream().map(r -> text(r, "pattern")).collect(Collectors.joining(" | "));
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] all = new Object[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

}
