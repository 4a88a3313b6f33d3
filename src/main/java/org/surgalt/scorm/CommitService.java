package org.surgalt.scorm;

import org.surgalt.scorm.manifest.PackageStructure;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.surgalt.contentorigin.LaunchClaims;
import org.surgalt.contentorigin.LaunchTokenSigner;
import org.surgalt.contentorigin.LaunchTokenVerifier;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseService;
import org.surgalt.progress.CompletionFact;
import org.surgalt.progress.ProgressService;

/**
 * A player's commit: a SCO's whole runtime data, checked and stored, the attempt's status rolled
 * up, and, when that status meets the item's completion rule, the completion fact, all in one
 * transaction. Authenticated by the player's session token alone (the content origin has no
 * cookies); the token names the learner and the attempt, and the attempt must still be open and
 * theirs. Each SCO's commits carry increasing sequence numbers: one not above the last stored
 * (replayed, or overtaken by a later one) is acknowledged and ignored.
 */
@ApplicationScoped
public class CommitService {

    static final int MAX_BODY_CHARS = 2_000_000;

    private final LaunchTokenVerifier verifier;
    private final LaunchTokenSigner signer;
    private final ScormStore store;
    private final ScormPackages packages;
    private final CourseService courses;
    private final ProgressService progress;
    private final ObjectMapper json;

    CommitService(LaunchTokenVerifier verifier, LaunchTokenSigner signer, ScormStore store, ScormPackages packages,
            CourseService courses, ProgressService progress, ObjectMapper json) {
        this.verifier = verifier;
        this.signer = signer;
        this.store = store;
        this.packages = packages;
        this.courses = courses;
        this.progress = progress;
        this.json = json;
    }

    /**
     * What the player is told: the HTTP status, scorm-again's result and error code, and a renewed
     * token (null: keep the one you have).
     */
    public record Answer(int status, boolean result, int errorCode, String message, String token, boolean stale) {
        static Answer refused(int status, int errorCode, String message) {
            return new Answer(status, false, errorCode, message, null, false);
        }
    }

    @Transactional
    public Answer commit(String body) {
        if (body == null || body.isEmpty() || body.length() > MAX_BODY_CHARS) {
            return Answer.refused(413, 101, "The commit is empty or larger than " + MAX_BODY_CHARS + " characters");
        }
        JsonNode request;
        try {
            request = json.readTree(body);
        } catch (JsonProcessingException e) {
            return Answer.refused(400, 101, "The commit is not JSON");
        }
        Optional<LaunchClaims> claims = verifier.verify(request.path("token").asText(null), LaunchClaims.SESSION,
                LaunchService.KIND);
        if (claims.isEmpty()) {
            return Answer.refused(401, 101, "The launch has expired or its token is not valid: reopen the item");
        }
        LaunchClaims launch = claims.get();
        ScormStore.Attempt attempt = store.attempt(launch.recordId(), true).orElse(null);
        if (attempt == null || attempt.userId() != launch.userId() || attempt.itemId() != launch.itemId()
                || attempt.courseId() != launch.courseId()) {
            return Answer.refused(403, 101, "This token does not open that attempt");
        }
        if (!attempt.open()) {
            return Answer.refused(409, 101, "This attempt is closed: a newer one was started");
        }
        PackageStructure structure = packages.find(attempt.packageSha256()).orElseThrow().structure();
        String sco = request.path("sco").asText("");
        if (structure.scos().stream().noneMatch(s -> s.id().equals(sco))) {
            return Answer.refused(400, 101, "The package has no SCO '" + sco + "'");
        }
        JsonNode seqNode = request.path("commitSequence");
        if (!seqNode.canConvertToLong() || seqNode.asLong() < 1) {
            return Answer.refused(400, 101, "commitSequence must be a positive whole number");
        }
        long seq = seqNode.asLong();
        String token = signer.renewed(launch);
        if (seq <= store.lockSeq(attempt.id(), sco)) {
            return new Answer(200, true, 0, "Already stored a later commit", token, true);
        }
        JsonNode cmi = request.path("cmi");
        CmiData.Refusal refusal = CmiData.check(structure.standard(), cmi);
        if (refusal != null) {
            return new Answer(200, false, refusal.errorCode(), refusal.message(), token, false);
        }
        Status scoStatus = CmiData.status(structure.standard(), cmi);
        store.saveSco(attempt.id(), sco, seq, cmi.toString(), scoStatus);

        // A package of one SCO (most are) is where that SCO is; others need every SCO's status.
        Map<String, Status> bySco = new HashMap<>(Map.of(sco, scoStatus));
        if (structure.scos().size() > 1) {
            store.scoStatuses(attempt.id()).forEach(bySco::putIfAbsent);
        }
        Status rolled = attempt.status().keptBy(
                Rollup.of(structure, bySco, structure.sequencing() == null ? null : root(request.path("rollup"))));
        String sequencingState = request.hasNonNull("sequencingState") ? request.get("sequencingState").asText() : null;
        // Checked on every commit while no fact is recorded, not only when the outcome moves: a rule
        // published since (completed instead of passed) then counts at the learner's next commit.
        // The version's content is cached (PublishedContent); it costs the course row's read.
        boolean recorded = attempt.factRecorded() || recordFact(attempt, rolled);
        store.saveAttempt(attempt.id(), rolled, sco, sequencingState, recorded);
        return new Answer(200, true, 0, null, token, false);
    }

    /** Records the completion fact if the attempt now meets the item's rule; whether it did. */
    private boolean recordFact(ScormStore.Attempt attempt, Status rolled) {
        if (!attempt.counts() || rolled.completion() != Status.Completion.COMPLETED
                && rolled.success() != Status.Success.PASSED) {
            return false;
        }
        Optional<CourseContent> current = courses.currentVersion(courses.course(attempt.courseId()));
        Optional<ItemContent> item = current.flatMap(c -> c.item(attempt.itemId()));
        if (item.isEmpty()) {
            return false;
        }
        Optional<CompletionFact.Kind> kind = PackageCompletion.factFor(item.get(), rolled);
        if (kind.isEmpty()) {
            return false;
        }
        Status judged = rolled.judgedBy(item.get().minScore());
        Integer score = judged.score() == null ? null : judged.score().setScale(0, RoundingMode.HALF_UP).intValue();
        progress.record(attempt.userId(), current.get(), item.get(), kind.get(), score, "scorm");
        return true;
    }

    private static Status root(JsonNode rollup) {
        if (!rollup.isObject()) {
            return null;
        }
        Status.Completion completion = switch (rollup.path("completion").asText("")) {
            case "completed" -> Status.Completion.COMPLETED;
            case "incomplete" -> Status.Completion.INCOMPLETE;
            default -> Status.Completion.UNKNOWN;
        };
        Status.Success success = switch (rollup.path("success").asText("")) {
            case "passed" -> Status.Success.PASSED;
            case "failed" -> Status.Success.FAILED;
            default -> Status.Success.UNKNOWN;
        };
        JsonNode scaled = rollup.path("scaled");
        BigDecimal score = scaled.isNumber() && Math.abs(scaled.asDouble()) <= 1
                ? BigDecimal.valueOf(scaled.asDouble() * 100).setScale(2, RoundingMode.HALF_UP) : null;
        return new Status(completion, success, score, 0);
    }

}
