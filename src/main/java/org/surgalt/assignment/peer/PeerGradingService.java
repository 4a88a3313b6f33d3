package org.surgalt.assignment.peer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.surgalt.assignment.AssignmentService;
import org.surgalt.assignment.Submission;
import org.surgalt.assignment.SubmissionRepository;
import org.surgalt.assignment.grading.GradingService;
import org.surgalt.course.Course;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * Grades from peer assessment by the declared {@link PeerGradeRule}: the teacher finalises after
 * the assessment deadline, and each result becomes the submission's grade through
 * {@link GradingService#gradeCombined} (audited, a GRADED fact; released through grading's release
 * flow). The learner sees the peers' feedback once their grade is released, never who gave it when
 * the assessment is anonymous.
 */
@ApplicationScoped
public class PeerGradingService {

    private final PeerRepository peers;
    private final AssignmentService assignments;
    private final SubmissionRepository submissions;
    private final GradingService grading;
    private final IdentityService identity;

    PeerGradingService(PeerRepository peers, AssignmentService assignments, SubmissionRepository submissions,
            GradingService grading, IdentityService identity) {
        this.peers = peers;
        this.assignments = assignments;
        this.submissions = submissions;
        this.grading = grading;
        this.identity = identity;
    }

    /** One submission's result: its score S, the author's grade for assessing A, the final; empty when flagged. */
    public record Result(long submissionId, long learnerId, Optional<Integer> score, Optional<Integer> assessing,
            Optional<Integer> finalGrade) {
    }

    /** All the assessments of an assignment, for its graders (who may see the assessors' names). */
    public record Overview(PeerSettings settings, List<PeerAssessment> assessments, Map<Long, String> names,
            Map<Long, Long> authors, List<Result> results, List<Submission> submissions) {
    }

    @Transactional
    public Overview overview(Viewer viewer, Course course, long itemId) {
        assignments.requireCanGrade(viewer, course);
        PeerSettings settings = enabled(course, itemId);
        List<PeerAssessment> all = peers.ofItem(itemId);
        List<Submission> handedIn = submissions.queue(course.id(), null, itemId, null, null, null);
        Map<Long, Long> authors = handedIn.stream().collect(Collectors.toMap(Submission::id, Submission::learnerId));
        java.util.Set<Long> people = new java.util.HashSet<>(authors.values());
        all.forEach(a -> people.add(a.assessorId()));
        return new Overview(settings, all, identity.displayNames(people), authors,
                results(settings, handedIn, all, assignments.settings(course.id(), itemId).maxPoints()), handedIn);
    }

    /** Grades every submission that has a result; the flagged ones are left for the teacher to grade. */
    @Transactional
    public List<Result> finalise(Viewer viewer, Course course, long itemId) {
        assignments.requireCanGrade(viewer, course);
        PeerSettings settings = enabled(course, itemId);
        if (settings.state() != PeerSettings.State.ALLOCATED || !Instant.now().isAfter(settings.assessUntil())) {
            throw DomainException.conflict("Peer grades can be worked out once the assessment deadline has passed.");
        }
        List<Result> results = results(settings, submissions.queue(course.id(), null, itemId, null, null, null),
                peers.ofItem(itemId), assignments.settings(course.id(), itemId).maxPoints());
        for (Result result : results) {
            result.finalGrade().ifPresent(points -> grading.gradeCombined(viewer, course, result.submissionId(),
                    points, null));
        }
        return results;
    }

    private static List<Result> results(PeerSettings settings, List<Submission> handedIn, List<PeerAssessment> all,
            int max) {
        List<Result> results = new ArrayList<>();
        for (Submission submission : handedIn) {
            List<PeerAssessment> received = all.stream().filter(a -> a.submissionId() == submission.id()).toList();
            Integer teacher = received.stream().filter(a -> a.role() == PeerAssessment.Role.TEACHER && a.done())
                    .map(PeerAssessment::counted).findFirst().orElse(null);
            List<Integer> byPeers = received.stream().filter(a -> a.role() == PeerAssessment.Role.PEER)
                    .map(PeerAssessment::counted).filter(java.util.Objects::nonNull).toList();
            List<PeerAssessment> given = all.stream().filter(a -> a.role() == PeerAssessment.Role.PEER
                    && a.assessorId() == submission.learnerId()).toList();
            Optional<Integer> score = PeerGradeRule.score(teacher, byPeers, settings.teacherWeight());
            Optional<Integer> assessing = PeerGradeRule.assessing((int) given.stream().filter(PeerAssessment::done)
                    .count(), given.size(), max);
            results.add(new Result(submission.id(), submission.learnerId(), score, assessing,
                    PeerGradeRule.finalGrade(score, assessing, settings.assessingWeight())));
        }
        return results;
    }

    /** The peers' feedback on the caller's own submission, once its grade is released: no assessor in it. */
    public record Feedback(Integer points, String comment, List<org.surgalt.assignment.CriterionScore> scores,
            String assessor) {
    }

    @Transactional
    public List<Feedback> received(Viewer viewer, Course course, long itemId) {
        assignments.published(viewer, course, itemId);
        PeerSettings settings = enabled(course, itemId);
        Optional<Submission> own = submissions.of(itemId, viewer.userId()).filter(Submission::released);
        if (own.isEmpty()) {
            return List.of();
        }
        List<PeerAssessment> done = peers.ofSubmission(own.get().id()).stream()
                .filter(a -> a.role() == PeerAssessment.Role.PEER && a.done()).toList();
        Map<Long, String> names = settings.anonymous() ? Map.of()
                : identity.displayNames(done.stream().map(PeerAssessment::assessorId).toList());
        return done.stream().map(a -> new Feedback(a.counted(), a.comment(), a.scores(),
                settings.anonymous() ? null : names.get(a.assessorId()))).toList();
    }

    private PeerSettings enabled(Course course, long itemId) {
        return peers.settingsInCourse(course.id(), itemId).filter(PeerSettings::enabled)
                .orElseThrow(() -> DomainException.notFound("peer assessment", itemId));
    }
}
