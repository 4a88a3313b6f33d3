package org.surgalt.cohort.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgalt.course.CourseService;
import org.surgalt.samples.SampleImporter;

/** The demo: two upcoming workshop days for the sample course's face-to-face item, scheduled once. */
@QuarkusTest
class DemoSessionsTest {

    @Inject
    SampleImporter importer;

    @Inject
    DemoSessions demo;

    @Inject
    SessionRepository sessions;

    @Inject
    CourseService courses;

    @Test
    void theSampleCoursesSessionItemGetsTwoUpcomingSessionsOnce() {
        importer.importAll(Path.of("content-samples"));
        demo.seed();
        demo.seed();
        long courseId = courses.courseByCode(DemoSessions.COURSE).id();
        List<FaceToFaceSession> found = QuarkusTransaction.requiringNew().call(() -> sessions.ofCourse(courseId));
        assertEquals(2, found.size());
        assertTrue(found.get(0).startsAt().isAfter(SessionFixture.clock().now()));
        assertTrue(found.get(1).place().contains("Улаанбаатар"));
    }
}
