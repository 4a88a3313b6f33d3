package org.surgalt.testsupport;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.surgalt.testsupport.PersonBuilder.TestPerson;

/**
 * A cohort with courses and members, written in SQL as the cohort feature keeps them (the
 * database's triggers keep its totals and members' last activity, whoever writes the rows), so a
 * test can say when someone joined and when they were last active.
 */
public final class CohortBuilder {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private String code = "cohort-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    private String name = "Хаврын бүлэг " + code;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Long createdBy;

    public static CohortBuilder aCohort() {
        return new CohortBuilder();
    }

    public CohortBuilder withName(String value) {
        name = value;
        return this;
    }

    public CohortBuilder running(LocalDate starts, LocalDate ends) {
        startsOn = starts;
        endsOn = ends;
        return this;
    }

    public CohortBuilder createdBy(long userId) {
        createdBy = userId;
        return this;
    }

    public TestCohort create() {
        long id = sql("INSERT INTO cohort (code, name, starts_on, ends_on, created_by) VALUES (?1, ?2, ?3, ?4, ?5)", code,
                name, startsOn, endsOn, createdBy);
        return new TestCohort(id, code, name);
    }

    public record TestCohort(long id, String code, String name) {

        public TestCohort withCourse(long courseId) {
            sql("INSERT INTO cohort_course (cohort_id, course_id) VALUES (?1, ?2)", id, courseId);
            return this;
        }

        /** Makes someone a member since {@code joined} (enrolled in the cohort's courses as the cohort does it). */
        public TestCohort join(TestPerson person, Instant joined) {
            sql("INSERT INTO cohort_member (cohort_id, user_id, source, added_at) VALUES (?1, ?2, 'CSV', ?3)", id,
                    person.id(), joined);
            return this;
        }

        /** A team of the cohort (issue 22) with these members, who must have joined; its id. */
        public long team(String teamName, TestPerson... members) {
            long team = sql("INSERT INTO cohort_team (cohort_id, name) VALUES (?1, ?2)", id, teamName);
            for (TestPerson member : members) {
                sql("INSERT INTO cohort_team_member (team_id, cohort_id, user_id) VALUES (?1, ?2, ?3)", team, id,
                        member.id());
            }
            return team;
        }
    }

    /** Runs a statement in its own transaction; for an INSERT, the new row's id. */
    public static long sql(String statement, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            var query = em.createNativeQuery(statement);
            for (int p = 0; p < parameters.length; p++) {
                query.setParameter(p + 1, parameters[p]);
            }
            query.executeUpdate();
            return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        });
    }
}
