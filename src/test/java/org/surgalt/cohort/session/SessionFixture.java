package org.surgalt.cohort.session;

import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.surgalt.authoring.PublishingService;
import org.surgalt.course.Course;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseService;
import org.surgalt.course.ItemKind;
import org.surgalt.course.NewCourse;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.LocalizedText;
import org.surgalt.progress.CompletionFact;
import org.surgalt.progress.ProgressService;
import org.surgalt.testsupport.PersonBuilder.TestPerson;

/** A published course with a page and a face-to-face session item, its author, and sessions scheduled through the service. */
public final class SessionFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public final Course course;
    public final long itemId;
    public final long pageId;
    public final TestPerson author;

    public SessionFixture() {
        String code = "session-course-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
        NewCourse content = new NewCourse(code, "en", LocalizedText.of("Workshop course", "Семинарын сургалт"),
                LocalizedText.empty(), null, List.of(new NewCourse.NewModule(LocalizedText.of("Module 1", null),
                        List.of(new NewCourse.NewItem(ItemKind.PAGE, LocalizedText.of("Reading", null),
                                LocalizedText.of("Read this.", null), null),
                                new NewCourse.NewItem(ItemKind.SESSION, LocalizedText.of("Workshop day", "Семинарын өдөр"),
                                        LocalizedText.of("Come to the workshop.", null), null)))));
        course = Arc.container().instance(PublishingService.class).get().importCourse(content).orElseThrow();
        pageId = course.modules().get(0).items().get(0).id();
        itemId = course.modules().get(0).items().get(1).id();
        author = aPerson().withRole(Role.AUTHOR).withGrant(Grant.course(Role.AUTHOR, course.id())).create();
    }

    public TestPerson learner() {
        return aPerson().enrolledIn(course.code()).create();
    }

    /** An enrolled learner with a confirmed seat (or a wait-list place) at the session. */
    public TestPerson signedUpLearner(long sessionId) {
        TestPerson learner = learner();
        sessions().signUp(learnerViewer(learner), sessionId);
        return learner;
    }

    public Viewer authorViewer() {
        return viewer(author, Set.of(Grant.course(Role.AUTHOR, course.id())));
    }

    public static Viewer viewer(TestPerson person, Set<Grant> grants) {
        return new Viewer(person.id(), person.email(), "Test", Locale.ENGLISH, null, grants);
    }

    public static Viewer learnerViewer(TestPerson person) {
        return viewer(person, Set.of());
    }

    /** A session of the item from {@code start} for {@code length}, facilitated by the author. */
    public FaceToFaceSession schedule(Instant start, Duration length, int capacity) {
        return sessions().schedule(authorViewer(), new SessionService.Schedule(course.id(), itemId, null, null, start,
                start.plus(length), "Ховд, Буянт сумын сургууль, хурлын танхим", capacity, null));
    }

    /** A session going on now (started ten minutes ago, two hours long). */
    public FaceToFaceSession now(int capacity) {
        return schedule(clock().now().minus(Duration.ofMinutes(10)), Duration.ofHours(2), capacity);
    }

    public static SessionService sessions() {
        return Arc.container().instance(SessionService.class).get();
    }

    public static SessionClock clock() {
        return Arc.container().instance(SessionClock.class).get();
    }

    /**
     * The start of a session that began {@code ago} before now, for a scheduling form that takes one
     * local day (Asia/Ulaanbaatar) and ends at 23:59 at the latest: never before today's midnight,
     * and, in the last quarter of an hour of the day, the test clock is moved just past midnight
     * first, so the session is still going on when the test acts. Without this the journeys failed
     * between 23:58 and 00:30 in Ulaanbaatar (15:58–16:30 UTC): the session was over on arrival.
     */
    public static java.time.Instant inProgressStart(java.time.Duration ago) {
        java.time.ZoneId zone = java.time.ZoneId.of("Asia/Ulaanbaatar");
        java.time.ZonedDateTime now = clock().now().atZone(zone);
        java.time.ZonedDateTime midnight = now.toLocalDate().plusDays(1).atStartOfDay(zone);
        if (java.time.Duration.between(now, midnight).compareTo(java.time.Duration.ofMinutes(15)) < 0) {
            ((MovableSessionClock) io.quarkus.arc.ClientProxy.unwrap(clock()))
                    .advance(java.time.Duration.between(now, midnight).plusMinutes(1));
            now = clock().now().atZone(zone);
        }
        java.time.ZonedDateTime start = now.minus(ago);
        java.time.ZonedDateTime today = now.toLocalDate().atStartOfDay(zone);
        return (start.isBefore(today) ? today : start).toInstant();
    }

    CourseContent published() {
        return Arc.container().instance(CourseService.class).get().published(course.code());
    }

    boolean itemComplete(TestPerson learner) {
        return Arc.container().instance(ProgressService.class).get().of(learner.id(), published()).isComplete(itemId);
    }

    long facts(TestPerson learner, CompletionFact.Kind kind) {
        // Through the EntityManager: no application code injects CompletionFactRepository, so ArC removes it.
        jakarta.persistence.EntityManager em = Arc.container().instance(jakarta.persistence.EntityManager.class).get();
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("SELECT COUNT(f) FROM CompletionFact f "
                + "WHERE f.userId = ?1 AND f.itemId = ?2 AND f.kind = ?3", Long.class).setParameter(1, learner.id())
                .setParameter(2, itemId).setParameter(3, kind).getSingleResult());
    }

    public static String code(long sessionId, long window) {
        SessionRepository repository = Arc.container().instance(SessionRepository.class).get();
        byte[] secret = QuarkusTransaction.requiringNew().call(() -> repository.findById(sessionId).checkinSecret());
        return CheckinCode.of(secret, window);
    }

    public static long window() {
        return CheckinCode.window(clock().now());
    }

    /** The attendance row (status and method), or "none". */
    public static String attendance(long sessionId, long userId) {
        AttendanceRepository repository = Arc.container().instance(AttendanceRepository.class).get();
        return QuarkusTransaction.requiringNew().call(() -> repository.of(sessionId, userId)
                .map(mark -> mark.status() + "/" + mark.method()).orElse("none"));
    }

    public static long codesUsed(long sessionId, long userId) {
        SessionRepository repository = Arc.container().instance(SessionRepository.class).get();
        return QuarkusTransaction.requiringNew().call(() -> ((Number) repository.getEntityManager()
                .createNativeQuery("SELECT COUNT(*) FROM checkin_use WHERE session_id = ?1 AND user_id = ?2")
                .setParameter(1, sessionId).setParameter(2, userId).getSingleResult()).longValue());
    }
}
