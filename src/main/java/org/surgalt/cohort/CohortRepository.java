package org.surgalt.cohort;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class CohortRepository implements PanacheRepository<Cohort> {

    public Optional<Cohort> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public java.util.List<Long> idsCreatedBy(long userId) {
        return getEntityManager().createQuery("select c.id from Cohort c where c.createdBy = ?1", Long.class)
                .setParameter(1, userId).getResultList();
    }
}
