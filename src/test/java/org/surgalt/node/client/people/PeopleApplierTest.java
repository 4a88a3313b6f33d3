package org.surgalt.node.client.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.surgalt.testsupport.CourseBuilder.aCourse;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.surgalt.course.Course;

/**
 * The people step on a node, from a scope answer as the national server sends it (national ids that
 * this database has never seen): people, cohorts, members, courses and roles written and linked, the
 * same answer again changes nothing, and a person who left the scope leaves the cohort but stays.
 */
@QuarkusTest
@TestProfile(NodePeopleMode.class)
class PeopleApplierTest {

    @Inject
    PeopleApplier applier;

    @Test
    void aScopeAnswerBecomesLinkedPeopleAndCohortsOnceAndLeavingTheScopeEndsMembershipOnly() {
        // A node has one scope; in this shared database other tests' sync rounds linked national cohorts of
        // their own, which this node would empty as cohorts that left its scope.
        org.surgalt.testsupport.CohortBuilder.sql("DELETE FROM node_link WHERE kind = 'COHORT'");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long base = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
        long bat = base;
        long saraa = base + 1;
        long cohortId = base + 2;
        Course course = aCourse().withModules(1).create();
        String school = "np-" + suffix;
        String cohortCode = "np-cohort-" + suffix;
        ScopeAnswer.Institution institution = new ScopeAnswer.Institution(base, school, "Буянт сумын сургууль", "SCHOOL",
                "Ховд", "Буянт");
        ScopeAnswer.Person batPerson = new ScopeAnswer.Person(bat, "bat-" + suffix + "@school.mn", "Бат", "mn",
                List.of(new ScopeAnswer.Role("COORDINATOR", "cohort", cohortCode)));
        ScopeAnswer.Person saraaPerson = new ScopeAnswer.Person(saraa, "saraa-" + suffix + "@school.mn", "Saraa", "en",
                List.of());
        ScopeAnswer.Cohort cohort = new ScopeAnswer.Cohort(cohortId, cohortCode, "Хавар 50", List.of(course.code(),
                "NOT-HERE-YET-" + suffix), List.of(bat, saraa));

        PeopleApplier.Applied first = applier.apply(new ScopeAnswer(institution, List.of(batPerson, saraaPerson),
                List.of(cohort)));
        assertEquals(new PeopleApplier.Applied(2, 1, 2, 0, 1), first);
        long localBat = local("USER", bat);
        long localSaraa = local("USER", saraa);
        long localCohort = local("COHORT", cohortId);
        assertEquals("Бат|mn|" + school, Rows.text("SELECT CONCAT(u.display_name, '|', u.locale, '|', i.code) FROM app_user u "
                + "JOIN institution i ON i.id = u.institution_id WHERE u.id = ?1", localBat));
        assertEquals(2L, Rows.count("SELECT COUNT(*) FROM cohort_member WHERE cohort_id = ?1", localCohort));
        // The course on the node is attached and both are enrolled; the one not here yet waits for the content step.
        assertEquals(1L, Rows.count("SELECT COUNT(*) FROM cohort_course WHERE cohort_id = ?1", localCohort));
        assertEquals(2L, Rows.count("SELECT COUNT(*) FROM enrolment WHERE course_id = ?1", course.id()));
        assertEquals(1L, Rows.count("SELECT COUNT(*) FROM role_grant WHERE user_id = ?1 AND role = 'COORDINATOR' "
                + "AND scope_type = 'COHORT' AND scope_id = ?2", localBat, localCohort));
        assertEquals(0L, Rows.count("SELECT COUNT(*) FROM local_credential WHERE user_id IN (?1, ?2)", localBat, localSaraa));

        // The same answer again: nothing new.
        assertEquals(new PeopleApplier.Applied(2, 1, 0, 0, 0), applier.apply(new ScopeAnswer(institution,
                List.of(batPerson, saraaPerson), List.of(cohort))));
        assertEquals(2L, Rows.count("SELECT COUNT(*) FROM node_link WHERE kind = 'USER' AND national_id IN (?1, ?2)", bat,
                saraa));
        assertEquals(1L, Rows.count("SELECT COUNT(*) FROM role_grant WHERE user_id = ?1", localBat));

        // Nationally: Saraa left the school, Бат is renamed. National wins for the profile; Saraa leaves the cohort only.
        ScopeAnswer.Person renamed = new ScopeAnswer.Person(bat, "bat-" + suffix + "@school.mn", "Батболд", "en",
                batPerson.roles());
        ScopeAnswer.Cohort without = new ScopeAnswer.Cohort(cohortId, cohortCode, "Хавар 50", cohort.courses(),
                List.of(bat));
        assertEquals(new PeopleApplier.Applied(1, 1, 0, 1, 0),
                applier.apply(new ScopeAnswer(institution, List.of(renamed), List.of(without))));
        assertEquals("Батболд|en", Rows.text("SELECT CONCAT(display_name, '|', locale) FROM app_user WHERE id = ?1", localBat));
        assertEquals(0L, Rows.count("SELECT COUNT(*) FROM cohort_member WHERE cohort_id = ?1 AND user_id = ?2", localCohort,
                localSaraa));
        assertEquals(1L, Rows.count("SELECT COUNT(*) FROM app_user WHERE id = ?1", localSaraa));
        assertEquals(1L, Rows.count("SELECT COUNT(*) FROM enrolment WHERE user_id = ?1 AND course_id = ?2", localSaraa,
                course.id()));

        // The cohort is gone from the scope (no one of the school is in it): its linked members leave.
        assertEquals(new PeopleApplier.Applied(1, 0, 0, 1, 0),
                applier.apply(new ScopeAnswer(institution, List.of(renamed), List.of())));
        assertEquals(0L, Rows.count("SELECT COUNT(*) FROM cohort_member WHERE cohort_id = ?1", localCohort));
    }

    private long local(String kind, long national) {
        return Rows.count("SELECT local_id FROM node_link WHERE kind = ?1 AND national_id = ?2", kind, national);
    }
}
