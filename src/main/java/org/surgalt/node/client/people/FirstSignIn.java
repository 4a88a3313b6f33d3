package org.surgalt.node.client.people;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.surgalt.identity.AuditLog;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.User;
import org.surgalt.identity.local.LocalAccountService;
import org.surgalt.node.client.NationalClient;
import org.surgalt.node.client.NodeClientConfig;
import org.surgalt.node.client.NodeIdentity;
import org.surgalt.node.client.NodeLinks;
import org.surgalt.node.client.NodeSetupService;
import org.surgalt.platform.DomainException;

/**
 * The first sign-in of a national person on a node: they have no password here yet, so the node asks
 * the national server (POST /api/node/sign-in, signed) and, when it accepts, keeps its own verifier of
 * the password (identity's local credential, Argon2id): every later sign-in is checked on the node,
 * link or no link. Nothing the national server could be signed in to with is kept or sent back.
 */
@ApplicationScoped
public class FirstSignIn {

    private static final Logger LOG = Logger.getLogger(FirstSignIn.class);
    static final String PATH = "/api/node/sign-in";

    /** LOCAL: the node decides alone (a verifier exists, or not a national person). */
    public enum Outcome {
        LOCAL, VERIFIER_KEPT, REFUSED, LINK_NEEDED
    }

    private final NodeClientConfig config;
    private final IdentityService identity;
    private final NodeLinks links;
    private final LocalAccountService accounts;
    private final NodeSetupService setup;
    private final NationalClient national;
    private final AuditLog audit;
    private final ObjectMapper json;

    FirstSignIn(NodeClientConfig config, IdentityService identity, NodeLinks links, LocalAccountService accounts,
            NodeSetupService setup, NationalClient national, AuditLog audit, ObjectMapper json) {
        this.config = config;
        this.identity = identity;
        this.links = links;
        this.accounts = accounts;
        this.setup = setup;
        this.national = national;
        this.audit = audit;
        this.json = json;
    }

    /** Before the node's own check of a sign-in: asks the national server when this person has no verifier here. */
    public Outcome prepare(String email, String password) {
        if (!config.isNode() || email == null || email.isBlank() || password == null) {
            return Outcome.LOCAL;
        }
        Optional<long[]> person = QuarkusTransaction.requiringNew().call(() -> identity.findUserByEmail(email.strip())
                .filter(u -> !u.isDisabled() && !accounts.hasPassword(u.id()))
                .flatMap(u -> links.national(NodeLinks.Kind.USER, u.id()).map(n -> new long[] {u.id(), n})));
        if (person.isEmpty()) {
            return Outcome.LOCAL;
        }
        Optional<NodeIdentity> node = setup.current();
        if (node.isEmpty()) {
            return Outcome.LINK_NEEDED;
        }
        NationalClient.Answer answer;
        try {
            answer = national.send(node.get(), "POST", PATH,
                    json.writeValueAsBytes(Map.of("email", email.strip(), "password", password)));
        } catch (IOException e) {
            LOG.infof("first sign-in of person %d needs the link: %s", person.get()[0], e.getMessage());
            return Outcome.LINK_NEEDED;
        }
        if (answer.status() == 403) {
            return Outcome.REFUSED;
        }
        if (!answer.ok()) {
            LOG.infof("first sign-in of person %d: the national server answered %d", person.get()[0], answer.status());
            return Outcome.LINK_NEEDED;
        }
        return keep(person.get()[0], person.get()[1], answer.body(), password);
    }

    private Outcome keep(long userId, long nationalId, byte[] body, String password) {
        long accepted;
        try {
            accepted = json.readTree(body).path("id").asLong(-1);
        } catch (IOException e) {
            return Outcome.LINK_NEEDED;
        }
        if (accepted != nationalId) {
            // The email is another national person's by now: the next people round puts it right.
            LOG.infof("first sign-in of person %d: the national server answered for %d, not %d", userId, accepted,
                    nationalId);
            return Outcome.REFUSED;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                accounts.setPassword(userId, password);
                audit.record(AuditLog.by(userId, "node_person.first_sign_in").person(userId)
                        .detail("the national server accepted the password; the node keeps its own verifier"));
            });
        } catch (DomainException e) {
            return Outcome.REFUSED;
        }
        return Outcome.VERIFIER_KEPT;
    }
}
