package org.surgalt.node.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.surgalt.identity.AuditLog;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * The node replaces its key (a lab computer's disk was copied, an IT teacher left): a new EC P-256 key
 * is made and kept as pending, the national server is told with a request signed by the current key,
 * and the new key becomes the node's once the national server accepted it. If the answer is lost, the
 * node's next call finds out (node/client/NationalClient signs with the pending key when the current
 * one is refused), so a bad link never locks the node out.
 */
@ApplicationScoped
public class NodeKeyService {

    /** How a replacement went. */
    public enum Outcome {
        REPLACED,
        /** The link failed: whether the national server took the key is found out at the next contact. */
        UNCERTAIN
    }

    private final NodeIdentityRepository identities;
    private final NationalClient national;
    private final ObjectMapper json;
    private final AuditLog audit;

    NodeKeyService(NodeIdentityRepository identities, NationalClient national, ObjectMapper json, AuditLog audit) {
        this.identities = identities;
        this.national = national;
        this.json = json;
        this.audit = audit;
    }

    public Outcome replace(Viewer viewer) {
        ECKey key = newKey();
        NodeIdentity node = QuarkusTransaction.requiringNew().call(() -> {
            NodeIdentity current = identities.current().orElseThrow(
                    () -> DomainException.conflict("This node is not enrolled, so it has no key to replace."));
            current.pendKey(key);
            return current;
        });
        NationalClient.Answer answer;
        try {
            answer = national.send(node, "POST", "/api/node/key",
                    json.writeValueAsBytes(Map.of("publicKey", key.toPublicJWK().toJSONObject())));
        } catch (IOException e) {
            return Outcome.UNCERTAIN;
        }
        if (answer.status() == 401) {
            QuarkusTransaction.requiringNew().run(() -> identities.current().ifPresent(NodeIdentity::dropPendingKey));
            throw DomainException.conflict(
                    "The national server refused this node's request, so the key was not replaced: the node may have been revoked.");
        }
        if (!answer.ok()) {
            QuarkusTransaction.requiringNew().run(() -> identities.current().ifPresent(NodeIdentity::dropPendingKey));
            throw DomainException.conflict("The national server did not take the new key, so the node keeps its key.");
        }
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> identities.current().ifPresent(current -> {
            current.promotePendingKey(now);
            audit.record(AuditLog.by(viewer, "node_identity.replace_key").object("node_identity", NodeIdentity.ONLY)
                    .after(Map.of("nodeId", current.nodeId(), "publicKeyThumbprint", thumbprint(key))));
        }));
        return Outcome.REPLACED;
    }

    static ECKey newKey() {
        try {
            return new ECKeyGenerator(Curve.P_256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String thumbprint(ECKey key) {
        try {
            return key.toPublicJWK().computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
