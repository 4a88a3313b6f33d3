package org.surgalt.reporting.warning;

import static org.surgalt.testsupport.CohortBuilder.sql;

import io.quarkus.arc.Arc;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.surgalt.authoring.PublishingService;
import org.surgalt.course.Course;
import org.surgalt.course.ItemKind;
import org.surgalt.course.NewCourse;
import org.surgalt.platform.LocalizedText;
import org.surgalt.testsupport.CohortBuilder;
import org.surgalt.testsupport.CohortBuilder.TestCohort;
import org.surgalt.testsupport.PersonBuilder.TestPerson;

/**
 * A published course of ten required-to-be-counted items with a workshop (a face-to-face session
 * item) and an assignment, in a cohort that started 20 days ago and ends in 10; and the ways its
 * members slip: progress, sessions held and missed, an assignment due, submissions and extensions.
 */
final class WarningFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    static final Instant NOW = Instant.now();

    final Course course;
    final TestCohort cohort;

    WarningFixture() {
        this(CohortBuilder.aCohort().running(LocalDate.now().minusDays(20), LocalDate.now().plusDays(10)));
    }

    WarningFixture(CohortBuilder cohortBuilder) {
        course = course("warn-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet());
        cohort = cohortBuilder.create().withCourse(course.id());
    }

    private static Course course(String code) {
        List<NewCourse.NewItem> items = List.of(
                new NewCourse.NewItem(ItemKind.PAGE, LocalizedText.of("Reading", "Унших"), LocalizedText.of("Text", "Текст"), null),
                new NewCourse.NewItem(ItemKind.SESSION, LocalizedText.of("Workshop day", "Семинарын өдөр"), null, null),
                new NewCourse.NewItem(ItemKind.ASSIGNMENT, LocalizedText.of("Lesson plan", "Хичээлийн төлөвлөгөө"),
                        LocalizedText.of("Write one", "Бичнэ үү"), null));
        NewCourse content = new NewCourse(code, "mn", LocalizedText.of("Inclusive teaching", "Хүртээмжтэй сургалт"),
                LocalizedText.empty(), null, List.of(new NewCourse.NewModule(LocalizedText.of("Module 1", "1-р модуль"), items)));
        return Arc.container().instance(PublishingService.class).get().importCourse(content).orElseThrow();
    }

    long item(ItemKind kind) {
        return course.modules().get(0).items().stream().filter(item -> item.kind() == kind).findFirst().orElseThrow().id();
    }

    static Instant daysAgo(double days) {
        return NOW.minus(Duration.ofMinutes((long) (days * 24 * 60)));
    }

    /** A member since {@code joinedDaysAgo}. */
    TestPerson member(TestPerson person, double joinedDaysAgo) {
        cohort.join(person, daysAgo(joinedDaysAgo));
        return person;
    }

    /** Their derived progress: {@code done} of 10 items, last active {@code activeDaysAgo} (null: never). */
    void progress(TestPerson learner, int done, Double activeDaysAgo) {
        sql("INSERT INTO course_progress (user_id, course_id, items_done, items_required, complete, last_activity_at, "
                + "course_version) VALUES (?1, ?2, ?3, 10, ?4, ?5, 1)", learner.id(), course.id(), done, done >= 10,
                activeDaysAgo == null ? null : daysAgo(activeDaysAgo));
    }

    /** A workshop that ended {@code endedDaysAgo} (negative: in the future); {@code forCohort}: held for this cohort. */
    long session(double endedDaysAgo, boolean forCohort) {
        return sql("INSERT INTO f2f_session (course_id, item_id, cohort_id, starts_at, ends_at, place, capacity, checkin_secret) "
                + "VALUES (?1, ?2, ?3, ?4, ?5, 'Ховд', 30, UNHEX('00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF'))",
                course.id(), item(ItemKind.SESSION), forCohort ? cohort.id() : null, daysAgo(endedDaysAgo + 0.1),
                daysAgo(endedDaysAgo));
    }

    void mark(long session, TestPerson learner, String status) {
        sql("INSERT INTO attendance (session_id, user_id, status, method) VALUES (?1, ?2, ?3, 'MANUAL')", session,
                learner.id(), status);
    }

    void signUp(long session, TestPerson learner) {
        sql("INSERT INTO session_signup (session_id, user_id, state) VALUES (?1, ?2, 'CONFIRMED')", session, learner.id());
    }

    void assignmentDue(double dueDaysAgo) {
        sql("INSERT INTO assignment (item_id, course_id, due_at) VALUES (?1, ?2, ?3) ON DUPLICATE KEY UPDATE due_at = ?3",
                item(ItemKind.ASSIGNMENT), course.id(), daysAgo(dueDaysAgo));
    }

    void submit(TestPerson learner) {
        sql("INSERT INTO submission (item_id, course_id, module_id, learner_id, state, attempts, submitted_at) "
                + "VALUES (?1, ?2, ?3, ?4, 'SUBMITTED', 1, ?5)", item(ItemKind.ASSIGNMENT), course.id(),
                course.modules().get(0).id(), learner.id(), daysAgo(4));
    }

    void extend(TestPerson learner, double untilDaysAgo, TestPerson grader) {
        sql("INSERT INTO assignment_extension (item_id, learner_id, until_at, granted_by) VALUES (?1, ?2, ?3, ?4)",
                item(ItemKind.ASSIGNMENT), learner.id(), daysAgo(untilDaysAgo), grader.id());
    }
}
