package org.surgalt.cohort.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.surgalt.course.Course;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseService;
import org.surgalt.course.ItemKind;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * Scheduling face-to-face sessions and signing up for them. A full session puts new sign-ups on
 * its wait-list; a confirmed learner who cancels gives the seat to the first one waiting, in the
 * same transaction, with the session row locked so that seats are never handed out twice.
 */
@ApplicationScoped
public class SessionService {

    /** {@code facilitatorId} null: the scheduler runs it. */
    public record Schedule(long courseId, long itemId, Long cohortId, String title, Instant startsAt, Instant endsAt,
            String place, int capacity, Long facilitatorId) {
    }

    /** A session with what a page or the API shows around it. */
    public record Scheduled(FaceToFaceSession session, Course course, ItemContent item, CourseContent content) {
    }

    private final SessionRepository sessions;
    private final SignupRepository signups;
    private final SessionAccess access;
    private final CourseService courses;
    private final IdentityService identity;
    private final SessionClock clock;

    SessionService(SessionRepository sessions, SignupRepository signups, SessionAccess access, CourseService courses,
            IdentityService identity, SessionClock clock) {
        this.sessions = sessions;
        this.signups = signups;
        this.access = access;
        this.courses = courses;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional
    public FaceToFaceSession schedule(Viewer viewer, Schedule input) {
        Course course = courses.course(input.courseId());
        access.requireCanSchedule(viewer, course, input.cohortId());
        sessionItem(course, input.itemId());
        if (input.cohortId() != null && !cohortExists(input.cohortId())) {
            throw DomainException.invalid("cohort", "does not exist");
        }
        FaceToFaceSession session = new FaceToFaceSession(course.id(), input.itemId(), input.cohortId(),
                details(viewer, input), viewer.userId());
        sessions.persist(session);
        return session;
    }

    /** New details; more seats go to the wait-list first, fewer than the confirmed sign-ups are refused. */
    @Transactional
    public FaceToFaceSession change(Viewer viewer, long id, Schedule input) {
        FaceToFaceSession session = locked(id);
        Course course = courses.course(session.courseId());
        access.requireCanSchedule(viewer, course, session.cohortId());
        FaceToFaceSession.Details details = details(viewer, input);
        long confirmed = signups.confirmedCount(id);
        if (details.capacity() < confirmed) {
            throw DomainException.invalid("capacity", "is less than the " + confirmed + " confirmed sign-ups");
        }
        session.change(details);
        fillSeats(session);
        return session;
    }

    @Transactional
    public Scheduled scheduled(Viewer viewer, long id) {
        FaceToFaceSession session = find(id);
        Course course = courses.course(session.courseId());
        access.requireCanSee(viewer, course, session);
        CourseContent content = courses.currentVersion(course).orElse(null);
        ItemContent item = content == null ? null : content.item(session.itemId()).orElse(null);
        return new Scheduled(session, course, item, content);
    }

    public boolean canRun(Viewer viewer, Scheduled scheduled) {
        return access.canRun(viewer, scheduled.course(), scheduled.session());
    }

    /** Whether someone may schedule sessions of the course (without a cohort). */
    public boolean canSchedule(Viewer viewer, Course course) {
        return access.canSchedule(viewer, course, null);
    }

    public boolean canSchedule(Viewer viewer, Scheduled scheduled) {
        return access.canSchedule(viewer, scheduled.course(), scheduled.session().cohortId());
    }

    /** A course's sessions, earliest first, for whoever reads the course. */
    @Transactional
    public List<FaceToFaceSession> ofCourse(Viewer viewer, long courseId) {
        Course course = courses.course(courseId);
        if (!access.canSchedule(viewer, course, null)) {
            courses.readable(viewer, courseId);
        }
        return sessions.ofCourse(courseId);
    }

    /** The sessions of an item that have not ended yet, with the viewer's sign-up at each. */
    @Transactional
    public List<Upcoming> upcomingOfItem(Viewer viewer, long itemId) {
        List<FaceToFaceSession> found = sessions.ofItemEndingAfter(itemId, clock.now());
        Map<Long, Signup.State> mine = new java.util.HashMap<>();
        if (viewer != null) {
            signups.activeOfLearner(viewer.userId(), found.stream().map(FaceToFaceSession::id).toList())
                    .forEach(signup -> mine.put(signup.sessionId(), signup.state()));
        }
        return found.stream().map(session -> new Upcoming(session, mine.get(session.id()),
                signups.confirmedCount(session.id()))).toList();
    }

    /**
     * Whether sessions were ever scheduled for one of these items: their attendance counts, so such an
     * item never leaves its course (authoring refuses to remove it).
     */
    @Transactional
    public boolean anyScheduledFor(java.util.Collection<Long> itemIds) {
        return !itemIds.isEmpty() && sessions.count("itemId in ?1", List.copyOf(itemIds)) > 0;
    }

    /** {@code mine}: the viewer's sign-up state, null when they have none. */
    public record Upcoming(FaceToFaceSession session, Signup.State mine, long confirmed) {
    }

    /** The active sign-ups of a session (confirmed first, then the wait-list in order), for those who run it. */
    @Transactional
    public List<Signup> signups(Viewer viewer, long id) {
        Scheduled scheduled = scheduled(viewer, id);
        access.requireCanRun(viewer, scheduled.course(), scheduled.session());
        return signups.activeOf(id);
    }

    @Transactional
    public Optional<Signup.State> signupOf(long userId, long sessionId) {
        return signups.of(sessionId, userId).filter(Signup::isActive).map(Signup::state);
    }

    @Transactional
    public long confirmedCount(long sessionId) {
        return signups.confirmedCount(sessionId);
    }

    /** Takes a seat, or a place on the wait-list when the session is full; signing up twice changes nothing. */
    @Transactional
    public Signup.State signUp(Viewer viewer, long id) {
        FaceToFaceSession session = locked(id);
        Course course = courses.course(session.courseId());
        if (!courses.isEnrolled(viewer.userId(), course.id())) {
            access.requireCanSee(viewer, course, session);
            throw DomainException.forbidden("Only learners enrolled in the course sign up for its sessions.");
        }
        Instant now = clock.now();
        if (session.isOver(now)) {
            throw DomainException.conflict("This session is over.");
        }
        Optional<Signup> existing = signups.of(id, viewer.userId());
        if (existing.isPresent() && existing.get().isActive()) {
            return existing.get().state();
        }
        Signup.State state = signups.confirmedCount(id) < session.capacity() ? Signup.State.CONFIRMED
                : Signup.State.WAITLISTED;
        if (existing.isPresent()) {
            existing.get().rejoin(state, now);
        } else {
            signups.persist(new Signup(id, viewer.userId(), state, now));
        }
        return state;
    }

    /** Gives up a seat (the first on the wait-list gets it) or a place on the wait-list. */
    @Transactional
    public void cancel(Viewer viewer, long id) {
        FaceToFaceSession session = locked(id);
        Signup signup = signups.of(id, viewer.userId()).filter(Signup::isActive)
                .orElseThrow(() -> DomainException.notFound("sign-up for session", id));
        signup.cancel();
        signups.flush();
        fillSeats(session);
    }

    private void fillSeats(FaceToFaceSession session) {
        long confirmed = signups.confirmedCount(session.id());
        while (confirmed < session.capacity()) {
            Optional<Signup> next = signups.firstWaiting(session.id());
            if (next.isEmpty()) {
                return;
            }
            next.get().promote();
            signups.flush();
            confirmed++;
        }
    }

    void requireCanSchedule(Viewer viewer, Course course, Long cohortId) {
        access.requireCanSchedule(viewer, course, cohortId);
    }

    boolean checkInOpen(FaceToFaceSession session) {
        return session.checkInOpen(clock.now());
    }

    boolean isOver(FaceToFaceSession session) {
        return session.isOver(clock.now());
    }

    /** The item in the course's current published version, whatever its kind. */
    Optional<ItemContent> publishedItem(Course course, long itemId) {
        return courses.currentVersion(course).flatMap(content -> content.item(itemId));
    }

    FaceToFaceSession find(long id) {
        return sessions.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("session", id));
    }

    FaceToFaceSession locked(long id) {
        return sessions.lockedById(id).orElseThrow(() -> DomainException.notFound("session", id));
    }

    /** The item of kind SESSION in the course's current published version (stable id). */
    ItemContent sessionItem(Course course, long itemId) {
        CourseContent content = courses.currentVersion(course)
                .orElseThrow(() -> DomainException.invalid("item", "belongs to a course not published yet"));
        return content.item(itemId).filter(item -> item.kind() == ItemKind.SESSION)
                .orElseThrow(() -> DomainException.invalid("item",
                        "is not a face-to-face session item of the course's published version"));
    }

    private FaceToFaceSession.Details details(Viewer viewer, Schedule input) {
        if (input.startsAt() == null) {
            throw DomainException.invalid("start", "is required");
        }
        if (input.endsAt() == null) {
            throw DomainException.invalid("end", "is required");
        }
        long facilitator = input.facilitatorId() == null ? viewer.userId() : input.facilitatorId();
        if (identity.findUser(facilitator).isEmpty()) {
            throw DomainException.invalid("facilitator", "is not a person of this site");
        }
        return new FaceToFaceSession.Details(input.title(), input.startsAt(), input.endsAt(), input.place(),
                input.capacity(), facilitator);
    }

    private boolean cohortExists(long cohortId) {
        return ((Number) sessions.getEntityManager().createNativeQuery("SELECT COUNT(*) FROM cohort WHERE id = ?1")
                .setParameter(1, cohortId).getSingleResult()).longValue() > 0;
    }
}
