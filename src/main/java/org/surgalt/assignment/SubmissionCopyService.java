package org.surgalt.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Grades that come from another server for submissions made here (a school node's submissions, graded
 * nationally, issue 24). The caller is a sync step, not a person: nobody's access is checked here.
 */
@ApplicationScoped
public class SubmissionCopyService {

    /** A grade as both sides see it. */
    public record GradeState(Integer points, Integer maxPoints, String feedback) {
    }

    private final SubmissionRepository submissions;

    SubmissionCopyService(SubmissionRepository submissions) {
        this.submissions = submissions;
    }

    /**
     * Takes the other server's grade. @return the grade this server had when it differed (it was graded
     * here too: a conflict the caller logs), empty otherwise; empty as well when the submission is gone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<GradeState> takeGrade(long submissionId, int points, int maxPoints, String feedback,
            Instant gradedAt, boolean released) {
        Submission submission = submissions.findByIdOptional(submissionId).orElse(null);
        if (submission == null) {
            return Optional.empty();
        }
        GradeState here = new GradeState(submission.points(), submission.maxPoints(), submission.feedback());
        // Graded by a grader of this server (a grade taken from the other server names none).
        boolean gradedHere = submission.state() == Submission.State.GRADED && submission.gradedBy() != null;
        boolean differs = !Objects.equals(here, new GradeState(points, maxPoints, feedback));
        if (!differs && (!released || submission.releasedAt() != null)) {
            return Optional.empty();
        }
        submission.takeGrade(points, maxPoints, feedback, gradedAt, released, Instant.now());
        return gradedHere && differs ? Optional.of(here) : Optional.empty();
    }
}
