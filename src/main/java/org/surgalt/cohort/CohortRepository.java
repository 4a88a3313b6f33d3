package org.surgalt.cohort;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class CohortRepository implements PanacheRepository<Cohort> {

    public Optional<Cohort> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
