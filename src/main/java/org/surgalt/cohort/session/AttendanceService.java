package org.surgalt.cohort.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.surgalt.course.Course;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseService;
import org.surgalt.identity.AuditLog;
import org.surgalt.node.client.up.UpCapture;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.progress.CompletionFact;
import org.surgalt.progress.ProgressService;

/**
 * Attendance: the facilitator's marks and the learners' own check-ins. Being present or late at
 * any session of an item makes the item attended (an ATTENDED fact); a correction that leaves the
 * learner attending none of the item's sessions takes it back (a REVOKED fact). Facts are only
 * recorded when that changes, so marking someone present twice adds nothing.
 */
@ApplicationScoped
public class AttendanceService {

    static final String SOURCE = "attendance";
    private static final Pattern CODE = Pattern.compile("\\d{6}");
    /** How many windows back a code still counts as recognised (and so "expired", not "wrong"). */
    private static final int EXPIRED_WINDOWS = 20;

    /** Why a check-in was refused, or OK; a refusal records nothing. */
    public enum Checkin {
        OK, WRONG_CODE, EXPIRED_CODE, CODE_USED, NOT_NOW, NOT_SIGNED_UP, ALREADY_PRESENT
    }

    /** One learner's line on the attendance sheet; {@code status} null when not marked yet. */
    public record Line(long userId, String name, Attendance.Status status, Attendance.Method method) {
    }

    /** The confirmed sign-ups, and the other enrolled learners (walk-ins). */
    public record Sheet(SessionService.Scheduled scheduled, List<Line> signedUp, List<Line> others) {
    }

    private final SessionService sessions;
    private final SessionRepository sessionRows;
    private final SignupRepository signups;
    private final AttendanceRepository attendance;
    private final SessionAccess access;
    private final CourseService courses;
    private final IdentityService identity;
    private final ProgressService progress;
    private final SessionClock clock;
    private final CheckinThrottle throttle;

    private final AuditLog audit;
    private final UpCapture capture;

    AttendanceService(SessionService sessions, SessionRepository sessionRows, SignupRepository signups,
            AttendanceRepository attendance, SessionAccess access, CourseService courses, IdentityService identity,
            ProgressService progress, SessionClock clock, CheckinThrottle throttle, AuditLog audit,
            UpCapture capture) {
        this.capture = capture;
        this.audit = audit;
        this.throttle = throttle;
        this.sessions = sessions;
        this.sessionRows = sessionRows;
        this.signups = signups;
        this.attendance = attendance;
        this.access = access;
        this.courses = courses;
        this.identity = identity;
        this.progress = progress;
        this.clock = clock;
    }

    @Transactional
    public Sheet sheet(Viewer viewer, long id) {
        SessionService.Scheduled scheduled = sessions.scheduled(viewer, id);
        access.requireCanRun(viewer, scheduled.course(), scheduled.session());
        Map<Long, Attendance> marks = new java.util.HashMap<>();
        attendance.ofSession(id).forEach(mark -> marks.put(mark.userId(), mark));
        Set<Long> confirmed = new LinkedHashSet<>();
        signups.activeOf(id).stream().filter(signup -> signup.state() == Signup.State.CONFIRMED)
                .forEach(signup -> confirmed.add(signup.userId()));
        Set<Long> others = new LinkedHashSet<>(enrolled(scheduled.course().id()));
        others.addAll(marks.keySet());
        others.removeAll(confirmed);
        Set<Long> everyone = new LinkedHashSet<>(confirmed);
        everyone.addAll(others);
        Map<Long, String> names = identity.displayNames(everyone);
        return new Sheet(scheduled, lines(confirmed, names, marks), lines(others, names, marks));
    }

    private static List<Line> lines(Set<Long> ids, Map<Long, String> names, Map<Long, Attendance> marks) {
        List<Line> lines = new ArrayList<>();
        for (long userId : ids) {
            Attendance mark = marks.get(userId);
            lines.add(new Line(userId, names.getOrDefault(userId, "#" + userId), mark == null ? null : mark.status(),
                    mark == null ? null : mark.method()));
        }
        lines.sort(Comparator.comparing(Line::name, String.CASE_INSENSITIVE_ORDER));
        return lines;
    }

    /**
     * Saves the marks of a sheet (learners left out keep theirs). Every learner must be a
     * confirmed sign-up or enrolled in the course; otherwise nothing is saved.
     */
    @Transactional
    public void mark(Viewer viewer, long id, Map<Long, Attendance.Status> marks) {
        FaceToFaceSession session = sessions.locked(id);
        Course course = courses.course(session.courseId());
        access.requireCanRun(viewer, course, session);
        Set<Long> allowed = new java.util.HashSet<>(enrolled(course.id()));
        signups.activeOf(id).forEach(signup -> allowed.add(signup.userId()));
        for (Long userId : marks.keySet()) {
            if (!allowed.contains(userId)) {
                throw DomainException.invalid("marks", "learner " + userId
                        + " is neither signed up for this session nor enrolled in its course");
            }
        }
        Instant now = clock.now();
        marks.forEach((userId, status) -> record(session, course, userId, status, Attendance.Method.MANUAL,
                viewer.userId(), now));
    }

    /**
     * A learner checks in with the code on the facilitator's screen. A session the person may not
     * see is not found, as one that does not exist: its id tells them nothing. Wrong codes are
     * throttled per person and session and per client {@code address} ({@link CheckinThrottle}).
     */
    @Transactional
    public Checkin checkIn(Viewer viewer, long id, String code, String address) {
        FaceToFaceSession session = sessions.locked(id);
        Course course = courses.course(session.courseId());
        if (!access.canSee(viewer, course, session)) {
            throw DomainException.notFound("session", id);
        }
        long userId = viewer.userId();
        if (!courses.isEnrolled(userId, course.id()) || signups.of(id, userId)
                .filter(signup -> signup.state() == Signup.State.CONFIRMED).isEmpty()) {
            return Checkin.NOT_SIGNED_UP;
        }
        Instant now = clock.now();
        if (!session.checkInOpen(now)) {
            return Checkin.NOT_NOW;
        }
        throttle.requireNotPaused(userId, id, address, now);
        String typed = code == null ? "" : code.strip();
        long current = CheckinCode.window(now);
        byte[] secret = session.checkinSecret();
        Long window = null;
        if (CODE.matcher(typed).matches()) {
            for (long w = current; w >= current - 1 && window == null; w--) {
                if (CheckinCode.of(secret, w).equals(typed)) {
                    window = w;
                }
            }
            if (window == null) {
                for (long w = current - 2; w >= current - EXPIRED_WINDOWS; w--) {
                    if (CheckinCode.of(secret, w).equals(typed)) {
                        return Checkin.EXPIRED_CODE;
                    }
                }
            }
        }
        if (window == null) {
            throttle.wrongCode(userId, id, address, now);
            return Checkin.WRONG_CODE;
        }
        throttle.checkedIn(userId, id);
        if (attendance.codeUsed(id, userId, window)) {
            return Checkin.CODE_USED;
        }
        if (attendance.of(id, userId).map(mark -> mark.status().attended()).orElse(false)) {
            return Checkin.ALREADY_PRESENT;
        }
        attendance.useCode(id, userId, window);
        record(session, course, userId, Attendance.Status.PRESENT, Attendance.Method.CHECK_IN, userId, now);
        return Checkin.OK;
    }

    /** The code the facilitator's screen shows now, and in how many seconds it changes (at least 1). */
    public record Screen(SessionService.Scheduled scheduled, String code, int changesIn) {
    }

    @Transactional
    public Screen screen(Viewer viewer, long id) {
        SessionService.Scheduled scheduled = sessions.scheduled(viewer, id);
        access.requireCanRun(viewer, scheduled.course(), scheduled.session());
        Instant now = clock.now();
        long millis = java.time.Duration.between(now, CheckinCode.nextWindowStart(now)).toMillis();
        return new Screen(scheduled, CheckinCode.of(scheduled.session().checkinSecret(), CheckinCode.window(now)),
                (int) Math.max(1, (millis + 999) / 1000));
    }

    /** The sessions a learner may check in to now (a confirmed seat, within the check-in time). */
    @Transactional
    public List<FaceToFaceSession> openForCheckin(Viewer viewer) {
        return sessionRows.confirmedOpenFor(viewer.userId(), clock.now());
    }

    /** A session for the check-in form: empty when there is none or the person may not see it (the same to them). */
    @Transactional
    public Optional<FaceToFaceSession> visibleSession(Viewer viewer, long id) {
        return sessionRows.findByIdOptional(id)
                .filter(session -> access.canSee(viewer, courses.course(session.courseId()), session));
    }

    private void record(FaceToFaceSession session, Course course, long userId, Attendance.Status status,
            Attendance.Method method, long by, Instant now) {
        List<Long> itemSessions = sessionRows.idsOfItem(session.itemId());
        boolean attendedBefore = attendance.attendedAny(userId, itemSessions);
        Attendance mark = attendance.of(session.id(), userId).orElse(null);
        Attendance.Status before = mark == null ? null : mark.status();
        if (mark == null) {
            mark = new Attendance(session.id(), userId);
            mark.mark(status, method, by, now);
            attendance.persist(mark);
        } else if (mark.status() != status) {
            mark.mark(status, method, by, now);
        } else {
            return;
        }
        attendance.flush();
        // On a school node the mark goes up to the national server (its fact goes as a fact).
        capture.attendance(new UpCapture.Mark(session.id(), session.courseId(), session.itemId(), userId,
                status.name(), method.name(), by, now));
        if (method == Attendance.Method.MANUAL) {
            // A facilitator's mark, or its change (PRESENT to ABSENT revokes attendance): audited. Check-ins are the learner's own.
            audit.record(AuditLog.by(by, "attendance.mark").object("session", session.id()).person(userId)
                    .before(before == null ? null : Map.of("status", before.name()))
                    .after(Map.of("status", status.name())));
        }
        boolean attendedNow = attendance.attendedAny(userId, itemSessions);
        if (attendedBefore == attendedNow) {
            return;
        }
        Optional<CourseContent> content = courses.currentVersion(course);
        Optional<ItemContent> item = content.flatMap(version -> version.item(session.itemId()));
        if (item.isPresent()) {
            progress.record(userId, content.get(), item.get(),
                    attendedNow ? CompletionFact.Kind.ATTENDED : CompletionFact.Kind.REVOKED, null, SOURCE);
        }
    }

    private List<Long> enrolled(long courseId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = sessionRows.getEntityManager()
                .createNativeQuery("SELECT user_id FROM enrolment WHERE course_id = ?1").setParameter(1, courseId)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
