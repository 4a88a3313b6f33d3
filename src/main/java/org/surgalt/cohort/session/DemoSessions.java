package org.surgalt.cohort.session;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseService;
import org.surgalt.course.ItemKind;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.User;
import org.surgalt.platform.DomainException;

/**
 * Two workshop days for the sample course's face-to-face item, after the samples are imported
 * (demo data only, with the samples import): next week in Khovd and the week after in
 * Ulaanbaatar, run by the demo coordinator. Left alone when the item has sessions already.
 */
@ApplicationScoped
public class DemoSessions {

    static final String COURSE = "carpentries-instructor-training";
    static final String FACILITATOR = "coordinator@demo.surgalt.mn";
    private static final Logger LOG = Logger.getLogger(DemoSessions.class);

    private final boolean enabled;
    private final CourseService courses;
    private final IdentityService identity;
    private final SessionRepository sessions;

    DemoSessions(@ConfigProperty(name = "surgalt.samples.import") boolean enabled, CourseService courses,
            IdentityService identity, SessionRepository sessions) {
        this.enabled = enabled;
        this.courses = courses;
        this.identity = identity;
        this.sessions = sessions;
    }

    // After the sample importer (default priority), which creates the course and the coordinator.
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (enabled) {
            seed();
        }
    }

    /**
     * Schedules the two sessions unless the course, its session item or the coordinator is missing, or it has sessions.
     * Public for tests that import the demo as ./run does (the test profile imports nothing at start).
     */
    @Transactional
    public void seed() {
        CourseContent course;
        try {
            course = courses.published(COURSE);
        } catch (DomainException e) {
            return;
        }
        Optional<CourseContent.ItemContent> item = course.items().filter(i -> i.kind() == ItemKind.SESSION)
                .findFirst();
        Optional<User> facilitator = identity.findUserByEmail(FACILITATOR);
        if (item.isEmpty() || facilitator.isEmpty() || sessions.count("itemId", item.get().id()) > 0) {
            return;
        }
        LocalDate today = LocalDate.now(SessionTime.ZONE);
        schedule(course, item.get(), facilitator.get(), today.plusDays(7),
                "Ховд аймаг, Буянт сум, ерөнхий боловсролын сургуулийн хурлын танхим", 20);
        schedule(course, item.get(), facilitator.get(), today.plusDays(14),
                "Улаанбаатар, Сурган хүмүүжүүлэхийн их сургууль, 204 тоот", 30);
        LOG.infof("Demo: two face-to-face sessions scheduled for %s", COURSE);
    }

    private void schedule(CourseContent course, CourseContent.ItemContent item, User facilitator, LocalDate day,
            String place, int capacity) {
        var start = day.atTime(LocalTime.of(10, 0)).atZone(SessionTime.ZONE).toInstant();
        var end = day.atTime(LocalTime.of(16, 0)).atZone(SessionTime.ZONE).toInstant();
        sessions.persist(new FaceToFaceSession(course.courseId(), item.id(), null,
                new FaceToFaceSession.Details(null, start, end, place, capacity, facilitator.id()), facilitator.id()));
    }
}
