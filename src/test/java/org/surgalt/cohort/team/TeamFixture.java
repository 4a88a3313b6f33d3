package org.surgalt.cohort.team;

import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.surgalt.identity.Grant;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.InstitutionKind;
import org.surgalt.identity.Role;
import org.surgalt.identity.RoleGrant;
import org.surgalt.testsupport.CohortBuilder;
import org.surgalt.testsupport.CohortBuilder.TestCohort;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/** A cohort with its coordinator, two schools, and members of each; teams are made by SQL or by the tests. */
final class TeamFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final String unique = System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    final String khovd = "team-khovd-" + unique;
    final String ub = "team-ub-" + unique;
    final TestCohort cohort = CohortBuilder.aCohort().create();
    final TestPerson coordinator = aPerson()
            .withGrant(new Grant(Role.COORDINATOR, RoleGrant.Scope.COHORT, cohort.id())).create();
    final Sessions.Session session = Sessions.as(coordinator);

    TeamFixture() {
        IdentityService identity = Arc.container().instance(IdentityService.class).get();
        identity.createInstitutionIfAbsent(khovd, "Буянт сумын сургууль " + unique, InstitutionKind.SCHOOL, "Ховд",
                "Буянт");
        identity.createInstitutionIfAbsent(ub, "Сүхбаатар дүүргийн 5-р сургууль " + unique, InstitutionKind.SCHOOL,
                "Улаанбаатар", "Сүхбаатар");
    }

    /** A member of the cohort at this school. */
    TestPerson member(String school) {
        TestPerson person = aPerson().inInstitution(school).create();
        cohort.join(person, Instant.now());
        return person;
    }

    /** A team made directly, with these members. */
    long team(String name, TestPerson... members) {
        return cohort.team(name, members);
    }

    static long count(String sql, Object... parameters) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            var query = Arc.container().instance(jakarta.persistence.EntityManager.class).get().createNativeQuery(sql);
            for (int p = 0; p < parameters.length; p++) {
                query.setParameter(p + 1, parameters[p]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }
}
