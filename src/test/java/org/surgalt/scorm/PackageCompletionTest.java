package org.surgalt.scorm;

import org.surgalt.scorm.manifest.PackageStructure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.surgalt.course.Completion;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.ItemKind;
import org.surgalt.platform.LocalizedText;
import org.surgalt.progress.CompletionFact.Kind;

/** Which fact a package's status gives under each completion rule, and how SCOs roll up into an attempt. */
class PackageCompletionTest {

    private static ItemContent item(Completion completion, Integer minScore) {
        return new ItemContent(1, 1, 0, ItemKind.PACKAGE, LocalizedText.of("Golf", null), LocalizedText.empty(), null,
                null, completion, minScore, null, true);
    }

    private static Status status(Status.Completion completion, Status.Success success, Integer score) {
        return new Status(completion, success, score == null ? null : BigDecimal.valueOf(score), 60);
    }

    @Test
    void eachRuleWaitsForWhatItSays() {
        Status completedOnly = status(Status.Completion.COMPLETED, Status.Success.UNKNOWN, null);
        Status passedIncomplete = status(Status.Completion.INCOMPLETE, Status.Success.PASSED, 90);
        Status passed = status(Status.Completion.COMPLETED, Status.Success.PASSED, 70);

        assertEquals(Optional.of(Kind.COMPLETED), PackageCompletion.factFor(item(Completion.COMPLETED, null), completedOnly));
        assertEquals(Optional.empty(), PackageCompletion.factFor(item(Completion.PASSED, null), completedOnly));
        assertEquals(Optional.of(Kind.PASSED), PackageCompletion.factFor(item(Completion.PASSED, null), passedIncomplete));
        assertEquals(Optional.empty(), PackageCompletion.factFor(item(Completion.COMPLETED_PASSED, null), passedIncomplete));
        assertEquals(Optional.of(Kind.PASSED), PackageCompletion.factFor(item(Completion.COMPLETED_PASSED, null), passed));
        // The author's mastery score decides, not the package: 70 does not pass at 80, 90 passes a "failed".
        assertEquals(Optional.empty(), PackageCompletion.factFor(item(Completion.PASSED, 80), passed));
        assertEquals(Optional.of(Kind.PASSED), PackageCompletion.factFor(item(Completion.PASSED, 80),
                status(Status.Completion.COMPLETED, Status.Success.FAILED, 90)));
        // Opening counted already; nothing the package says adds to it.
        assertEquals(Optional.empty(), PackageCompletion.factFor(item(Completion.VIEWED, null), passed));
    }

    @Test
    void scosRollUpIntoTheAttempt() {
        PackageStructure two = new PackageStructure(PackageStructure.Standard.SCORM_1_2, "Two",
                new PackageStructure.Node("org", "Two", false, true, List.of()),
                List.of(sco("a"), sco("b")), null);
        Status done = status(Status.Completion.COMPLETED, Status.Success.UNKNOWN, null);
        Status passed80 = status(Status.Completion.COMPLETED, Status.Success.PASSED, 80);
        Status failed40 = status(Status.Completion.COMPLETED, Status.Success.FAILED, 40);

        Status one = Rollup.of(two, Map.of("a", passed80), null);
        assertEquals(Status.Completion.INCOMPLETE, one.completion());
        assertEquals(Status.Success.UNKNOWN, one.success());
        Status both = Rollup.of(two, Map.of("a", passed80, "b", done), null);
        assertEquals(Status.Completion.COMPLETED, both.completion());
        assertEquals(Status.Success.PASSED, both.success());
        assertEquals(120, both.seconds());
        Status failed = Rollup.of(two, Map.of("a", passed80, "b", failed40), null);
        assertEquals(Status.Success.FAILED, failed.success());
        assertEquals(new BigDecimal("60.00"), failed.score());
        // With sequencing, the root's rolled-up status (by the package's rules) is the attempt's.
        Status root = new Status(Status.Completion.COMPLETED, Status.Success.PASSED, new BigDecimal("90"), 0);
        Status sequenced = Rollup.of(two, Map.of("a", passed80, "b", failed40), root);
        assertEquals(Status.Success.PASSED, sequenced.success());
        assertEquals(new BigDecimal("90"), sequenced.score());
    }

    private static PackageStructure.Sco sco(String id) {
        return new PackageStructure.Sco(id, id, id + ".html", true, null, null, null, null, null, null);
    }

    @Test
    void anAttemptKeepsWhatItReached() {
        Status passed = status(Status.Completion.COMPLETED, Status.Success.PASSED, 90);
        Status afresh = new Status(Status.Completion.INCOMPLETE, Status.Success.UNKNOWN, null, 30);
        Status kept = passed.keptBy(afresh);
        assertEquals(Status.Completion.COMPLETED, kept.completion());
        assertEquals(Status.Success.PASSED, kept.success());
        assertEquals(new BigDecimal("90"), kept.score());
        assertEquals(60, kept.seconds());
        // Failing and then passing is passed; a new score replaces the old.
        Status failed = status(Status.Completion.COMPLETED, Status.Success.FAILED, 40);
        Status then = failed.keptBy(status(Status.Completion.COMPLETED, Status.Success.PASSED, 85));
        assertEquals(Status.Success.PASSED, then.success());
        assertEquals(new BigDecimal("85"), then.score());
        assertEquals(Status.Success.FAILED, new Status(Status.Completion.NOT_ATTEMPTED, Status.Success.UNKNOWN, null, 0)
                .keptBy(failed).success());
    }
}
