package org.surgalt.assignment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AssignmentRepository implements PanacheRepositoryBase<Assignment, Long> {
}
