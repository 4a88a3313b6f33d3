package org.surgalt.assignment.peer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.surgalt.assignment.Assignment;
import org.surgalt.assignment.AssignmentRepository;
import org.surgalt.assignment.AssignmentService;
import org.surgalt.assignment.Submission;
import org.surgalt.assignment.SubmissionRepository;
import org.surgalt.cohort.team.TeamDirectory;
import org.surgalt.course.Course;
import org.surgalt.identity.AuditLog;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.Viewer;
import org.surgalt.notification.NotificationKind;
import org.surgalt.notification.NotificationService;

/**
 * The peer assessment phase of an assignment: its settings (for the course's authors, audited) and
 * the allocation, which runs once per assignment after submissions close: the settings row is
 * locked and moves WAITING → ALLOCATED in the same transaction as the allocations are written.
 */
@ApplicationScoped
public class PeerService {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final PeerRepository peers;
    private final AssignmentService assignments;
    private final SubmissionRepository submissions;
    private final IdentityService identity;
    private final AuditLog audit;
    private final AssignmentRepository settingsOfAssignments;
    private final NotificationService notifications;
    private final TeamDirectory teams;

    PeerService(PeerRepository peers, AssignmentService assignments, SubmissionRepository submissions,
            IdentityService identity, AuditLog audit, AssignmentRepository settingsOfAssignments,
            NotificationService notifications, TeamDirectory teams) {
        this.notifications = notifications;
        this.teams = teams;
        this.settingsOfAssignments = settingsOfAssignments;
        this.peers = peers;
        this.assignments = assignments;
        this.submissions = submissions;
        this.identity = identity;
        this.audit = audit;
    }

    /** Whether the assignment has a peer phase: its page then links to the learner's peer page. */
    @Transactional
    public boolean isOn(long itemId) {
        return peers.settings(itemId).map(PeerSettings::enabled).orElse(false);
    }

    /** The settings (the defaults, unsaved, until a teacher saves some); for the course's graders and authors. */
    @Transactional
    public PeerSettings settings(Viewer viewer, Course course, long itemId) {
        assignments.requireCanGrade(viewer, course);
        assignments.draft(viewer, course, itemId);
        return peers.settings(itemId).orElseGet(() -> new PeerSettings(itemId, 0));
    }

    @Transactional
    public PeerSettings change(Viewer viewer, Course course, long itemId, PeerSettings.Change change) {
        Assignment assignment = assignments.draft(viewer, course, itemId).settings();
        PeerSettings settings = peers.settingsLocked(itemId).orElse(null);
        Map<String, Object> before = settings == null ? Map.of() : audited(settings);
        if (settings == null) {
            settings = new PeerSettings(itemId, SEEDS.nextLong());
            settings.change(change, closes(assignment));
            peers.persistSettings(settings);
        } else {
            settings.change(change, closes(assignment));
        }
        peers.flush();
        audit.record(AuditLog.by(viewer, "peer.settings").object("assignment", itemId).before(before)
                .after(audited(settings)));
        return settings;
    }

    /** When submissions close: the cut-off, else the due date. */
    static Instant closes(Assignment assignment) {
        return assignment.cutOffAt() != null ? assignment.cutOffAt() : assignment.dueAt();
    }

    private static Map<String, Object> audited(PeerSettings s) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("enabled", s.enabled());
        state.put("peers", s.peers());
        state.put("allocation", s.allocation().name());
        state.put("anonymous", s.anonymous());
        state.put("assessUntil", String.valueOf(s.assessUntil()));
        state.put("teacherWeight", s.teacherWeight());
        state.put("assessingWeight", s.assessingWeight());
        return state;
    }

    /** The assignments whose submissions have closed and that wait for allocation. */
    @Transactional
    public List<Long> dueForAllocation(Instant now) {
        return peers.dueForAllocation(now);
    }

    /**
     * Allocates the handed-in submissions of one assignment, once: a second call (another
     * instance's tick, a retried job) finds the row ALLOCATED and does nothing.
     * Late submissions handed in by then are allocated like the others; work handed in after the
     * allocation (an extension) is not, and is left for the teacher to grade.
     * @return how many allocations were made (0 when there was nothing to do)
     */
    @Transactional
    public int allocate(long itemId, Instant now) {
        PeerSettings settings = peers.settingsLocked(itemId).orElse(null);
        if (settings == null || !settings.enabled() || settings.state() != PeerSettings.State.WAITING) {
            return 0;
        }
        long courseId = settingsOfAssignments.findById(itemId).courseId();
        List<PeerAllocator.Author> authors = submissions.queue(courseId, null, itemId, null, null, null).stream()
                .filter(s -> s.submittedAt() != null)
                .map(s -> new PeerAllocator.Author(s.id(), s.learnerId(), school(s), countsFor(s))).toList();
        List<PeerAllocator.Allocation> made = PeerAllocator.allocate(authors, settings.peers(), settings.allocation(),
                settings.seed());
        for (PeerAllocator.Allocation a : made) {
            peers.persist(new PeerAssessment(itemId, a.submissionId(), a.assessorId(), PeerAssessment.Role.PEER,
                    a.sameSchool()));
        }
        settings.allocated(now);
        peers.flush();
        // Each assessor is told once, in this transaction: one job mails them all after it commits.
        notifications.queueBatch(NotificationKind.PEER_ALLOCATED,
                made.stream().map(PeerAllocator.Allocation::assessorId).toList(), courseId, itemId,
                settings.assessUntil(), "peer-allocated@" + itemId);
        return made.size();
    }

    /**
     * Reminds each assessor who has not assessed all that was allocated to them, once per assignment
     * and assessment deadline (a deadline moved later is a new one): the notification rows are unique
     * per person, kind and key, so a second run finds them and a concurrent one collides and rolls back.
     * @return how many were reminded now
     */
    @Transactional
    public int remind(long itemId) {
        PeerSettings settings = peers.settings(itemId).orElse(null);
        if (settings == null || !settings.enabled() || settings.state() != PeerSettings.State.ALLOCATED) {
            return 0;
        }
        List<Long> missing = peers.ofItem(itemId).stream()
                .filter(a -> a.role() == PeerAssessment.Role.PEER && !a.done())
                .map(PeerAssessment::assessorId).distinct().toList();
        return notifications.queueBatch(NotificationKind.PEER_REMINDER, missing,
                settingsOfAssignments.findById(itemId).courseId(), itemId, settings.assessUntil(),
                "peer-reminder@" + itemId + "@" + settings.assessUntil().getEpochSecond());
    }

    /** The allocated assignments whose assessment deadline falls within [from, until). */
    @Transactional
    public List<Long> closingBetween(Instant from, Instant until) {
        return peers.closingBetween(from, until);
    }

    /** Whom a submission counts for: its author, and a team's members. */
    private Set<Long> countsFor(Submission submission) {
        Set<Long> people = new HashSet<>();
        people.add(submission.learnerId());
        if (submission.teamId() != null) {
            people.addAll(teams.memberIds(submission.teamId()));
        }
        return people;
    }

    private Long school(Submission submission) {
        return identity.findUser(submission.learnerId()).map(u -> u.institution() == null ? null : u.institution().id())
                .orElse(null);
    }

    /** For tests: a known seed makes the allocation repeatable. */
    @Transactional
    void reseed(long itemId, long seed) {
        peers.settingsLocked(itemId).ifPresent(s -> s.reseed(seed));
    }
}
