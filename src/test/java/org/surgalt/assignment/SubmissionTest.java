package org.surgalt.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgalt.platform.DomainException;

/** The rules a submission keeps by itself. */
class SubmissionTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    private static final Submission.Rules OPEN = new Submission.Rules(null, null, true);

    @Test
    void lateAfterTheDueDateRefusedAfterTheCutOff() {
        Submission.Rules rules = new Submission.Rules(NOW.minusSeconds(60), NOW.plusSeconds(60), true);
        Submission onTime = new Submission(1, 1, 1, 1);
        onTime.submit("text", rules, NOW.minusSeconds(120));
        assertFalse(onTime.late());
        Submission late = new Submission(1, 1, 1, 2);
        late.submit("text", rules, NOW);
        assertTrue(late.late());
        Submission closed = new Submission(1, 1, 1, 3);
        DomainException refused = assertThrows(DomainException.class,
                () -> closed.submit("text", rules, NOW.plusSeconds(120)));
        assertEquals(DomainException.Kind.CONFLICT, refused.kind());
        assertEquals(Submission.State.DRAFT, closed.state());
    }

    @Test
    void submittingTheSameAgainChangesNothingAndAnEditMakesADraftAgain() {
        Submission submission = new Submission(1, 1, 1, 1);
        assertTrue(submission.submit("plan", OPEN, NOW));
        assertFalse(submission.submit("plan", OPEN, NOW.plusSeconds(1)));
        assertEquals(1, submission.attempts());
        submission.saveDraft("plan, better", OPEN, NOW.plusSeconds(2));
        assertEquals(Submission.State.DRAFT, submission.state());
        assertTrue(submission.submit("plan, better", OPEN, NOW.plusSeconds(3)));
        assertEquals(2, submission.attempts());
    }

    @Test
    void nothingToSubmitIsRefused() {
        assertThrows(DomainException.class, () -> new Submission(1, 1, 1, 1).submit("  ", OPEN, NOW));
    }

    @Test
    void aGradeNamesTheVersionItWasGivenOnAndLocksTheSubmission() {
        Submission submission = new Submission(1, 1, 1, 1);
        submission.submit("plan", OPEN, NOW);
        DomainException stale = assertThrows(DomainException.class,
                () -> submission.grade(5, 9, 3, 4, List.of(), "ok", NOW));
        assertEquals(DomainException.Kind.CONFLICT, stale.kind());
        assertThrows(DomainException.class, () -> submission.grade(0, 9, 5, 4, List.of(), null, NOW));
        submission.grade(0, 9, 3, 4, List.of(), "ok", NOW);
        assertEquals(75, submission.percent().orElseThrow());
        assertFalse(submission.released());
        assertThrows(DomainException.class, () -> submission.saveDraft("changed after grading", OPEN, NOW));
        assertTrue(submission.release(NOW));
        assertFalse(submission.release(NOW));
    }

    @Test
    void percentIsRoundedDownSoRoundingNeverPasses() {
        Submission submission = new Submission(1, 1, 1, 1);
        submission.submit("plan", OPEN, NOW);
        submission.grade(0, 9, 119, 200, List.of(), null, NOW);
        assertEquals(59, submission.percent().orElseThrow());
    }
}
