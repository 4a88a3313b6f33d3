package org.surgalt.node.client.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.surgalt.identity.AuditLog;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.User;
import org.surgalt.identity.Viewer;
import org.surgalt.identity.local.LocalAccountService;
import org.surgalt.platform.DomainException;

/**
 * The node's site admin (the school's IT teacher) gives a person a password that works on this node,
 * for when their first sign-in cannot reach the national server. Only the node's verifier changes.
 */
@ApplicationScoped
public class NodePasswordService {

    private final IdentityService identity;
    private final LocalAccountService accounts;
    private final AuditLog audit;

    NodePasswordService(IdentityService identity, LocalAccountService accounts, AuditLog audit) {
        this.identity = identity;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** The caller is the node's site admin (NodeSiteAdmins). */
    @Transactional
    public User set(Viewer viewer, String email, String password) {
        if (email == null || email.isBlank()) {
            throw DomainException.invalid("email", "enter the person's email");
        }
        User person = identity.findUserByEmail(email.strip())
                .orElseThrow(() -> DomainException.invalid("email", "nobody on this node has this email"));
        accounts.setPassword(person.id(), password);
        audit.record(AuditLog.by(viewer, "node_person.password").object("person", person.id()).person(person.id()));
        return person;
    }
}
