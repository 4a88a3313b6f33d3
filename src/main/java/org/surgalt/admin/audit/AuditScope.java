package org.surgalt.admin.audit;

import java.util.List;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.identity.RoleGrant;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * Whose events a viewer reads. Site admins: every event. An institution admin of X (and of Y...):
 * the events about X's people and X itself, that is, an event whose person concerned is someone
 * whose account belongs to X now, or whose object is the institution X, a person of X (object type
 * "person") or an identity provider of X ("identity_provider"). Events
 * that institution admins' own actions left about other places stay hidden, and so do events
 * without a person or institution (a course published, a rule changed: the site's business).
 * Nobody else reads the audit log.
 */
public record AuditScope(boolean everything, List<Long> institutions) {

    public static AuditScope of(Viewer viewer) {
        if (viewer.isAdmin()) {
            return new AuditScope(true, List.of());
        }
        List<Long> institutions = viewer.grants().stream()
                .filter(g -> g.role() == Role.INSTITUTION_ADMIN && g.scope() == RoleGrant.Scope.INSTITUTION)
                .map(Grant::scopeId).distinct().sorted().toList();
        if (institutions.isEmpty()) {
            throw DomainException.forbidden("Only site admins and institution admins read the audit log.");
        }
        return new AuditScope(false, institutions);
    }
}
