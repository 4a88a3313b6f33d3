package org.surgalt.reporting;

import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.surgalt.authoring.PublishingService;
import org.surgalt.course.Course;
import org.surgalt.course.ItemKind;
import org.surgalt.course.NewCourse;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.InstitutionKind;
import org.surgalt.platform.LocalizedText;
import org.surgalt.testsupport.PersonBuilder.TestPerson;

/**
 * A cohort across two aimags, three soums and three schools, with a published course of modules
 * and a face-to-face session item. The cohort's own rows (cohort, cohort_course, cohort_member) are
 * written in SQL: reporting only reads them, and the cohort feature's services are built alongside.
 */
final class CohortFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** A school and where it is. */
    record School(String code, String name, String aimag, String soum) {
    }

    final String suffix = System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    final School khovdBuyant = new School("rep-kb-" + suffix, "Буянт сумын 1-р сургууль " + suffix, "Ховд", "Буянт");
    final School khovdJargalant = new School("rep-kj-" + suffix, "Жаргалант сумын 2-р сургууль " + suffix, "Ховд",
            "Жаргалант " + suffix);
    final School darkhan = new School("rep-dk-" + suffix, "Дарханы 3-р сургууль " + suffix, "Дархан-Уул " + suffix,
            "Дархан");
    final Course course;
    final long cohortId;
    final String cohortCode = "rep-cohort-" + suffix;
    final List<TestPerson> members = new ArrayList<>();

    /**
     * @param modules modules of pages in the course (2 pages each); the first also has a session item
     * @param perSchool members in each school
     */
    CohortFixture(int modules, int... perSchool) {
        IdentityService identity = Arc.container().instance(IdentityService.class).get();
        List<School> schools = List.of(khovdBuyant, khovdJargalant, darkhan);
        schools.forEach(s -> identity.createInstitutionIfAbsent(s.code(), s.name(), InstitutionKind.SCHOOL, s.aimag(),
                s.soum()));
        course = createCourse("rep-course-" + suffix, modules);
        for (int s = 0; s < perSchool.length; s++) {
            for (int n = 0; n < perSchool[s]; n++) {
                members.add(aPerson().inInstitution(schools.get(s).code()).create());
            }
        }
        cohortId = sql("INSERT INTO cohort (code, name) VALUES (?1, ?2)", cohortCode, "Хаврын бүлэг " + suffix);
        addCourse(course.id());
        members.forEach(member -> addMember(member.id()));
    }

    static Course createCourse(String code, int modules) {
        List<NewCourse.NewModule> list = new ArrayList<>();
        for (int m = 1; m <= modules; m++) {
            List<NewCourse.NewItem> items = new ArrayList<>();
            for (int i = 1; i <= 2; i++) {
                items.add(new NewCourse.NewItem(ItemKind.PAGE, LocalizedText.of("Page " + m + "." + i, "Хуудас " + m + "." + i),
                        LocalizedText.of("Text", "Текст"), null));
            }
            if (m == 1) {
                items.add(new NewCourse.NewItem(ItemKind.SESSION, LocalizedText.of("Workshop day", "Семинарын өдөр"),
                        null, null));
            }
            list.add(new NewCourse.NewModule(LocalizedText.of("Module " + m, m + "-р модуль"), items));
        }
        NewCourse content = new NewCourse(code, "mn", LocalizedText.of("Inclusive teaching", "Хүртээмжтэй сургалт"),
                LocalizedText.empty(), null, list);
        return Arc.container().instance(PublishingService.class).get().importCourse(content).orElseThrow();
    }

    void addCourse(long courseId) {
        sql("INSERT INTO cohort_course (cohort_id, course_id) VALUES (?1, ?2)", cohortId, courseId);
    }

    void addMember(long userId) {
        sql("INSERT INTO cohort_member (cohort_id, user_id, source) VALUES (?1, ?2, 'CSV')", cohortId, userId);
    }

    void createdBy(long userId) {
        sql("UPDATE cohort SET created_by = ?1 WHERE id = ?2", userId, cohortId);
    }

    /** A learner's derived progress in the fixture's course, as the progress feature keeps it. */
    void progress(TestPerson learner, int done, int required, boolean complete, Integer daysAgo) {
        sql("INSERT INTO course_progress (user_id, course_id, items_done, items_required, complete, last_activity_at, "
                + "course_version) VALUES (?1, ?2, ?3, ?4, ?5, " + (daysAgo == null ? "NULL" : "NOW(6) - INTERVAL " + daysAgo
                + " DAY") + ", 1)", learner.id(), course.id(), done, required, complete);
    }

    void moduleProgress(TestPerson learner, int module, int done, int required) {
        long moduleId = course.modules().get(module).id();
        sql("INSERT INTO module_progress (user_id, course_id, module_id, items_done, items_required, completed_at) "
                + "VALUES (?1, ?2, ?3, ?4, ?5, " + (done >= required ? "NOW(6)" : "NULL") + ")", learner.id(), course.id(),
                moduleId, done, required);
    }

    long sessionItemId() {
        return course.modules().get(0).items().stream().filter(item -> item.kind() == ItemKind.SESSION).findFirst()
                .orElseThrow().id();
    }

    /** A workshop of the session item, with the learners' marks (PRESENT, LATE, EXCUSED, ABSENT). */
    long session(String... marks) {
        long session = sql("INSERT INTO f2f_session (course_id, item_id, cohort_id, starts_at, ends_at, place, capacity, "
                + "checkin_secret) VALUES (?1, ?2, ?3, NOW(6) - INTERVAL 2 HOUR, NOW(6) - INTERVAL 1 HOUR, 'Ховд', 30, "
                + "UNHEX('00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF'))", course.id(), sessionItemId(),
                cohortId);
        for (int m = 0; m < marks.length; m++) {
            if (marks[m] != null) {
                sql("INSERT INTO attendance (session_id, user_id, status, method) VALUES (?1, ?2, ?3, 'MANUAL')", session,
                        members.get(m).id(), marks[m]);
            }
        }
        return session;
    }

    /** Runs a statement in its own transaction; for an INSERT, the new row's id. */
    static long sql(String statement, Object... parameters) {
        return org.surgalt.testsupport.CohortBuilder.sql(statement, parameters);
    }
}
