package org.surgalt.cohort;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CohortImportRepository implements PanacheRepository<CohortImport> {
}
