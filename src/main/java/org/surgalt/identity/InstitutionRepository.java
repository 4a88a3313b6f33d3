package org.surgalt.identity;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class InstitutionRepository implements PanacheRepository<Institution> {

    public Optional<Institution> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
