package org.surgalt.assignment.peer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.surgalt.assignment.Assignment;
import org.surgalt.assignment.AssignmentService;
import org.surgalt.assignment.Submission;
import org.surgalt.assignment.SubmissionFile;
import org.surgalt.assignment.SubmissionRepository;
import org.surgalt.assignment.grading.GradingService;
import org.surgalt.course.Course;
import org.surgalt.course.Item;
import org.surgalt.identity.AuditLog;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * Assessing: a peer reads the submission allocated to them (text and files, never the author's
 * name when anonymous) and assesses it with the rubric until the assessment deadline; the teacher
 * assesses too (kept apart from the peers) and may override a peer's score, saying why (audited).
 */
@ApplicationScoped
public class PeerAssessingService {

    private final PeerRepository peers;
    private final AssignmentService assignments;
    private final SubmissionRepository submissions;
    private final AuditLog audit;

    PeerAssessingService(PeerRepository peers, AssignmentService assignments, SubmissionRepository submissions,
            AuditLog audit) {
        this.peers = peers;
        this.assignments = assignments;
        this.submissions = submissions;
        this.audit = audit;
    }

    /** What an assessor sees: the work (no author), the rubric, their assessment so far, whether it is still open. */
    public record ToAssess(PeerAssessment assessment, String body, List<SubmissionFile> files, Assignment assignment,
            boolean open, Instant closesAt) {
    }

    /** An assessment as given: a level index per rubric criterion, or plain points without a rubric. */
    public record Given(List<Integer> levels, Integer points, String comment) {
    }

    /** The caller's own allocations in an assignment. */
    @Transactional
    public List<PeerAssessment> mine(Viewer viewer, Course course, long itemId) {
        assignments.published(viewer, course, itemId);
        return peers.byAssessor(itemId, viewer.userId());
    }

    @Transactional
    public ToAssess toAssess(Viewer viewer, Course course, long assessmentId) {
        PeerAssessment assessment = own(viewer, course, peers.findByIdOptional(assessmentId), assessmentId);
        Submission submission = submissions.inCourse(course.id(), assessment.submissionId())
                .orElseThrow(() -> DomainException.notFound("peer assessment", assessmentId));
        PeerSettings settings = peers.settings(assessment.itemId()).orElseThrow();
        return new ToAssess(assessment, submission.body(),
                submission.files().stream().filter(SubmissionFile::isLearners).toList(),
                assignments.settings(course.id(), assessment.itemId()), settings.open(Instant.now()),
                settings.assessUntil());
    }

    @Transactional
    public PeerAssessment assess(Viewer viewer, Course course, long assessmentId, Given given) {
        PeerAssessment assessment = own(viewer, course, peers.locked(assessmentId), assessmentId);
        PeerSettings settings = peers.settings(assessment.itemId()).orElseThrow();
        if (!settings.open(Instant.now())) {
            throw DomainException.conflict("The assessment deadline has passed; assessments cannot be changed any more.");
        }
        give(assessment, assignments.settings(course.id(), assessment.itemId()), given);
        peers.flush();
        return assessment;
    }

    /** A file of the work being assessed, for its assessor: served as a download, never inline. */
    @Transactional
    public Item.AttachedFile file(Viewer viewer, Course course, long assessmentId, long fileId) {
        PeerAssessment assessment = own(viewer, course, peers.findByIdOptional(assessmentId), assessmentId);
        return submissions.inCourse(course.id(), assessment.submissionId()).flatMap(s -> s.learnersFile(fileId))
                .filter(SubmissionFile::isReady).map(SubmissionFile::asAttachedFile)
                .orElseThrow(() -> DomainException.notFound("file", fileId));
    }

    /** The teacher's own assessment of a submission (a grader of the course); counted as the teacher's grade. */
    @Transactional
    public PeerAssessment teacherAssess(Viewer viewer, Course course, long submissionId, Given given) {
        assignments.requireCanGrade(viewer, course);
        Submission submission = submissions.inCourse(course.id(), submissionId)
                .orElseThrow(() -> DomainException.notFound("submission", submissionId));
        PeerSettings settings = peers.settings(submission.itemId()).filter(PeerSettings::enabled)
                .orElseThrow(() -> DomainException.notFound("submission", submissionId));
        PeerAssessment assessment = peers.of(submissionId, viewer.userId()).orElse(null);
        if (assessment == null) {
            assessment = new PeerAssessment(settings.itemId(), submissionId, viewer.userId(),
                    PeerAssessment.Role.TEACHER, false);
            peers.persist(assessment);
        } else if (assessment.role() != PeerAssessment.Role.TEACHER) {
            throw DomainException.conflict("You are one of this submission's peer assessors.");
        }
        give(assessment, assignments.settings(course.id(), submission.itemId()), given);
        peers.flush();
        audit.record(AuditLog.by(viewer, "peer.assess").object("submission", submissionId)
                .person(submission.learnerId()).after(Map.of("points", assessment.points())));
        return assessment;
    }

    /** A teacher replaces a peer's score; the reason is required and audited. */
    @Transactional
    public PeerAssessment override(Viewer viewer, Course course, long assessmentId, int points, String reason) {
        assignments.requireCanGrade(viewer, course);
        PeerAssessment assessment = peers.locked(assessmentId)
                .filter(a -> submissions.inCourse(course.id(), a.submissionId()).isPresent())
                .orElseThrow(() -> DomainException.notFound("peer assessment", assessmentId));
        Integer before = assessment.counted();
        assessment.override(points, assignments.settings(course.id(), assessment.itemId()).maxPoints(), reason,
                viewer.userId(), Instant.now());
        peers.flush();
        audit.record(AuditLog.by(viewer, "peer.override").object("peer_assessment", assessmentId)
                .person(assessment.assessorId()).before(java.util.Collections.singletonMap("points", before))
                .after(Map.of("points", points)).detail(assessment.overrideReason()));
        return assessment;
    }

    private static void give(PeerAssessment assessment, Assignment assignment, Given given) {
        GradingService.Scored scored = GradingService.scored(assignment, given.levels(), given.points());
        assessment.assess(scored.points(), assignment.maxPoints(), scored.scores(), given.comment(), Instant.now());
    }

    /** The caller's own peer allocation in this course; anyone else's is not found. */
    private PeerAssessment own(Viewer viewer, Course course, java.util.Optional<PeerAssessment> found, long id) {
        return found.filter(a -> a.assessorId() == viewer.userId() && a.role() == PeerAssessment.Role.PEER)
                .filter(a -> submissions.inCourse(course.id(), a.submissionId()).isPresent())
                .orElseThrow(() -> DomainException.notFound("peer assessment", id));
    }
}
