package org.surgalt.progress;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CompletionRuleRepository implements PanacheRepositoryBase<CompletionRule, Long> {
}
