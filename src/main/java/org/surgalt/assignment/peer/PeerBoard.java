package org.surgalt.assignment.peer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.surgalt.assignment.AssignmentTime;
import org.surgalt.assignment.RubricCriterion;
import org.surgalt.assignment.Submission;

/**
 * The graders' view of an assignment's peer assessment, one entry per handed-in submission: who was
 * allocated to it and how far each got, the peers' median, the teacher's own assessment, the result
 * by the declared rule, and what the teacher should look at. Assessors are named: graders may know,
 * even when the assessment is anonymous to learners.
 */
final class PeerBoard {

    /**
     * How far an assessor got. DONE: assessed by the deadline. LATE: assessed after the deadline as
     * it stands now (it was brought forward after they assessed); counted like a done one, shown so
     * the teacher may override. WAITING: not yet, still open. MISSING: not assessed and the deadline
     * has passed (0 for the assessor's grade for assessing).
     */
    enum Status {
        DONE, LATE, WAITING, MISSING;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public record Allocation(long id, String assessor, String status, boolean sameSchool, Integer points,
            Integer overridePoints, String overrideReason, String comment) {
    }

    /**
     * One submission. {@code notAllocated}: handed in after the allocation (an extension) or with
     * nobody to assess it, so no peer will: the teacher grades it. {@code flagged}: the rule gives
     * no grade (nobody assessed it).
     */
    public record Entry(long submissionId, String learner, String submittedAt, boolean lateHandIn,
            boolean notAllocated, boolean sameSchool, List<Allocation> allocations, String median, Integer teacher,
            String teacherComment, List<Integer> teacherLevels, Integer score, Integer assessing, Integer finalGrade, boolean flagged,
            Integer recorded, boolean released) {
    }

    private PeerBoard() {
    }

    static Status status(PeerAssessment a, Instant deadline, Instant now) {
        if (a.done()) {
            return deadline != null && a.assessedAt().isAfter(deadline) ? Status.LATE : Status.DONE;
        }
        return deadline != null && !now.isBefore(deadline) ? Status.MISSING : Status.WAITING;
    }

    /** {@code rubric}: the assignment's, to show which level the teacher chose per criterion (-1: none). */
    static List<Entry> of(PeerGradingService.Overview o, List<RubricCriterion> rubric, Instant now) {
        List<Entry> entries = new ArrayList<>();
        boolean allocated = o.settings().state() == PeerSettings.State.ALLOCATED;
        for (Submission s : o.submissions()) {
            List<PeerAssessment> received = o.assessments().stream()
                    .filter(a -> a.submissionId() == s.id()).toList();
            List<PeerAssessment> byPeers = received.stream().filter(a -> a.role() == PeerAssessment.Role.PEER)
                    .toList();
            PeerAssessment teacher = received.stream().filter(a -> a.role() == PeerAssessment.Role.TEACHER
                    && a.done()).findFirst().orElse(null);
            List<Integer> counted = byPeers.stream().map(PeerAssessment::counted).filter(Objects::nonNull).toList();
            PeerGradingService.Result result = o.results().stream().filter(r -> r.submissionId() == s.id())
                    .findFirst().orElseThrow();
            List<Allocation> rows = byPeers.stream().map(a -> new Allocation(a.id(), o.names().get(a.assessorId()),
                    status(a, o.settings().assessUntil(), now).id(), a.sameSchool(), a.points(), a.overridePoints(),
                    a.overrideReason(), a.comment())).toList();
            entries.add(new Entry(s.id(), o.names().get(s.learnerId()),
                    s.submittedAt() == null ? "" : AssignmentTime.display(s.submittedAt()), s.late(),
                    allocated && byPeers.isEmpty(), byPeers.stream().anyMatch(PeerAssessment::sameSchool), rows,
                    counted.isEmpty() ? null : median(counted), teacher == null ? null : teacher.counted(),
                    teacher == null ? null : teacher.comment(), levels(rubric, teacher), result.score().orElse(null),
                    result.assessing().orElse(null), result.finalGrade().orElse(null), result.finalGrade().isEmpty(),
                    s.state() == Submission.State.GRADED ? s.points() : null, s.released()));
        }
        return entries;
    }

    static List<Integer> levels(List<RubricCriterion> rubric, PeerAssessment assessment) {
        List<Integer> chosen = new ArrayList<>();
        for (RubricCriterion criterion : rubric) {
            String level = assessment == null ? null : assessment.scores().stream()
                    .filter(s -> s.criterion().equals(criterion.title())).map(s -> s.level()).findFirst().orElse(null);
            int index = -1;
            for (int i = 0; i < criterion.levels().size(); i++) {
                if (criterion.levels().get(i).title().equals(level)) {
                    index = i;
                }
            }
            chosen.add(index);
        }
        return chosen;
    }

    /** "70" or "72.5": the median as the rule uses it, before rounding. */
    private static String median(List<Integer> counted) {
        double m = PeerGradeRule.median(counted);
        return m == Math.rint(m) ? Long.toString((long) m) : Double.toString(m);
    }
}
