package org.surgalt.cohort.team;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class TeamRepository implements PanacheRepository<Team> {

    public List<Team> ofCohort(long cohortId) {
        return list("cohortId = ?1 order by name, id", cohortId);
    }

    /** A team only through its cohort: an id of another cohort's team is not found. */
    public Optional<Team> inCohort(long cohortId, long teamId) {
        return find("id = ?1 and cohortId = ?2", teamId, cohortId).firstResultOptional();
    }

    public Optional<Team> named(long cohortId, String name) {
        return find("cohortId = ?1 and name = ?2", cohortId, name).firstResultOptional();
    }

    public Optional<Team> forSchool(long cohortId, long institutionId) {
        return find("cohortId = ?1 and institutionId = ?2", cohortId, institutionId).firstResultOptional();
    }
}
