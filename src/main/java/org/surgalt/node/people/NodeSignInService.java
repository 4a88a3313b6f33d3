package org.surgalt.node.people;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.User;
import org.surgalt.identity.local.LocalAccountService;
import org.surgalt.identity.local.PasswordHasher;
import org.surgalt.node.NodeCaller;
import org.surgalt.node.NodeScopeService;
import org.surgalt.platform.DomainException;

/**
 * A person's first sign-in on a school node, checked here (deploy/NODE-PROTOCOL.md §7): the national
 * side checks its own local password, only for the node's people, with the national sign-in's
 * throttle (per account, and per node as if it were one client address). The answer says who the
 * person is, never anything the node could sign in with elsewhere: the node keeps its own verifier.
 */
@ApplicationScoped
public class NodeSignInService {

    static final String REFUSED = "The national server did not accept this email and password.";

    /** The person the node's copy stands for, with the profile as it is now (national wins). */
    public record Person(long id, String email, String name, String locale) {
    }

    private final IdentityService identity;
    private final NodeScopeService scopes;
    private final LocalAccountService accounts;
    private final PasswordHasher hasher;

    NodeSignInService(IdentityService identity, NodeScopeService scopes, LocalAccountService accounts,
            PasswordHasher hasher) {
        this.identity = identity;
        this.scopes = scopes;
        this.accounts = accounts;
        this.hasher = hasher;
    }

    /** Refused (403) alike for a wrong password, a paused account, a disabled person or one outside the node's scope. */
    public Person check(NodeCaller caller, String email, String password) {
        String address = email == null ? "" : email.strip();
        Optional<User> user = address.isEmpty() ? Optional.empty() : identity.findUserByEmail(address);
        if (user.isEmpty() || !scopes.holdsPerson(caller, user.get().id())) {
            // As long as a real check, so the answer's time does not say who exists elsewhere.
            hasher.spendTheSameTime(password);
            throw DomainException.forbidden(REFUSED);
        }
        Optional<Long> signedIn = accounts.authenticate(address, password, "node-" + caller.nodeId());
        if (signedIn.isEmpty()) {
            throw DomainException.forbidden(REFUSED);
        }
        User person = user.get();
        return new Person(person.id(), person.email(), person.displayName(), person.locale().getLanguage());
    }
}
