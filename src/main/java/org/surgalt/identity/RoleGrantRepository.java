package org.surgalt.identity;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class RoleGrantRepository implements PanacheRepository<RoleGrant> {

    public List<Grant> grantsOf(long userId) {
        return list("userId", userId).stream().map(RoleGrant::grant).toList();
    }

    public boolean exists(long userId, Grant grant) {
        return count("userId = ?1 and role = ?2 and scopeType = ?3 and scopeId = ?4", userId, grant.role(),
                grant.scope(), grant.scope() == RoleGrant.Scope.SITE ? 0L : grant.scopeId()) > 0;
    }
}
