package org.surgalt.node;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.surgalt.course.Course;
import org.surgalt.testsupport.CohortBuilder;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/** A node holds its institution's people, their cohorts and those cohorts' courses, and nothing of another school. */
@QuarkusTest
class NodeScopeTest {

    @Test
    void aNodeOfSchoolASeesAsPeopleCohortsAndCoursesButNoneOfBs() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String schoolA = "node-a-" + suffix;
        String schoolB = "node-b-" + suffix;
        TestPerson teacherA = aPerson().inInstitution(schoolA).withName("Багш А").create();
        TestPerson learnerA = aPerson().inInstitution(schoolA).withLocale("en").create();
        TestPerson teacherB = aPerson().inInstitution(schoolB).create();
        Course shared = aCourse().withModules(1).create();
        Course onlyB = aCourse().withModules(1).create();
        CohortBuilder.TestCohort mixed = CohortBuilder.aCohort().create().withCourse(shared.id())
                .join(teacherA, Instant.now()).join(teacherB, Instant.now());
        CohortBuilder.TestCohort cohortB = CohortBuilder.aCohort().create().withCourse(onlyB.id())
                .join(teacherB, Instant.now());
        // The roles a node needs for its cohorts: a cohort's coordinator, a course's grader (by codes).
        CohortBuilder.sql("INSERT INTO role_grant (user_id, role, scope_type, scope_id, created_at) "
                + "VALUES (?1, 'COORDINATOR', 'COHORT', ?2, NOW())", teacherA.id(), mixed.id());
        CohortBuilder.sql("INSERT INTO role_grant (user_id, role, scope_type, scope_id, created_at) "
                + "VALUES (?1, 'GRADER', 'COURSE', ?2, NOW())", teacherA.id(), shared.id());
        Sessions.Session admin = TestNode.admin();
        TestNode nodeA = TestNode.enrolled(admin, schoolA);

        nodeA.scope().then().statusCode(200)
                .body("institution.code", equalTo(schoolA))
                .body("people.email", containsInAnyOrder(teacherA.email(), learnerA.email()))
                .body("people.find { it.email == '" + teacherA.email() + "' }.name", equalTo("Багш А"))
                .body("people.find { it.email == '" + learnerA.email() + "' }.locale", equalTo("en"))
                .body("people.email", not(hasItem(teacherB.email())))
                // A cohort shared with B is A's too (A's teacher is in it), without B's people.
                .body("cohorts.code", contains(mixed.code()))
                .body("cohorts.code", not(hasItem(cohortB.code())))
                .body("cohorts[0].courses", contains(shared.code()))
                // Members: A's people only, by national id.
                .body("cohorts[0].members", contains((int) teacherA.id()))
                .body("people.find { it.email == '" + teacherA.email() + "' }.roles.scope",
                        containsInAnyOrder("cohort", "course"))
                .body("people.find { it.email == '" + teacherA.email() + "' }.roles.target",
                        containsInAnyOrder(mixed.code(), shared.code()))
                .body("people.find { it.email == '" + learnerA.email() + "' }.roles", org.hamcrest.Matchers.empty());

        TestNode nodeB = TestNode.enrolled(admin, schoolB);
        nodeB.scope().then().statusCode(200).body("people.email", contains(teacherB.email()))
                .body("cohorts.code", containsInAnyOrder(mixed.code(), cohortB.code()));
    }
}
