package org.surgalt.node.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.ECKey;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.surgalt.identity.AuditLog;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.jobs.JobQueue;

/**
 * The node's one enrolment: a fresh EC P-256 key pair, the public half and the one-time code sent to
 * the national server, the answer and the private half kept in node_identity. No transaction is open
 * while the national server is called (it may take long on a soum's link).
 */
@ApplicationScoped
public class NodeSetupService {

    private final NodeClientConfig config;
    private final NodeIdentityRepository identities;
    private final NationalClient national;
    private final JobQueue jobs;
    private final AuditLog audit;
    private final ObjectMapper json;

    NodeSetupService(NodeClientConfig config, NodeIdentityRepository identities, NationalClient national,
            JobQueue jobs, AuditLog audit, ObjectMapper json) {
        this.config = config;
        this.identities = identities;
        this.national = national;
        this.jobs = jobs;
        this.audit = audit;
        this.json = json;
    }

    public Optional<NodeIdentity> current() {
        return QuarkusTransaction.requiringNew().call(identities::current);
    }

    /** typedUrl counts only when surgalt.node.national-url is not set. */
    public NodeIdentity enrol(Viewer viewer, String typedUrl, String code) {
        String url = nationalUrl(typedUrl);
        if (code == null || code.isBlank()) {
            throw DomainException.invalid("code", "Type the enrolment code that the national admins gave you.");
        }
        if (current().filter(n -> !n.refused()).isPresent()) {
            throw DomainException.conflict("This node is already enrolled with the national server.");
        }
        ECKey key = NodeKeyService.newKey();
        NationalClient.Answer answer;
        try {
            answer = national.enrol(url, json.writeValueAsBytes(
                    Map.of("code", code.strip(), "publicKey", key.toPublicJWK().toJSONObject())));
        } catch (IOException e) {
            throw DomainException.invalid("nationalUrl",
                    "The national server could not be reached at this address. Check the address and the link, then try again.");
        }
        if (answer.status() == 401) {
            throw DomainException.invalid("code",
                    "The national server did not accept this code: it is mistyped, used, expired or revoked. Ask the national admins for a new one if it keeps failing.");
        }
        NodeIdentity node = identity(url, answer, key);
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<NodeIdentity> before = identities.current();
            if (before.filter(n -> !n.refused()).isPresent()) {
                throw DomainException.conflict("This node is already enrolled with the national server.");
            }
            // A node the national server refused (revoked) enrols again with a new code: its old identity
            // goes, its content, people and queued records stay (their national ids are the same).
            before.ifPresent(old -> {
                identities.delete(old);
                identities.flush();
            });
            identities.persist(node);
            audit.record(AuditLog.by(viewer, "node_identity.enrol").object("node_identity", NodeIdentity.ONLY)
                    .before(before.map(old -> Map.<String, Object>of("nodeId", old.nodeId(), "institution",
                            old.institutionCode())).orElse(null))
                    .after(Map.of("nationalUrl", url, "nodeId", node.nodeId(), "institution",
                            node.institutionCode())));
            // The national admins see the node's first contact at once, not in five minutes.
            jobs.enqueueUnlessPending(NodeHeartbeatJob.JOB, Map.of());
            return node;
        });
    }

    private String nationalUrl(String typed) {
        String url = config.nationalUrl().filter(u -> !u.isBlank()).orElse(typed == null ? "" : typed.strip());
        try {
            URI uri = URI.create(url);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return url.replaceAll("/+$", "");
            }
        } catch (IllegalArgumentException malformed) {
            // said below
        }
        throw DomainException.invalid("nationalUrl",
                "Type the national server's address, such as https://surgalt.example.mn.");
    }

    private NodeIdentity identity(String url, NationalClient.Answer answer, ECKey key) {
        try {
            JsonNode body = answer.ok() ? json.readTree(answer.body()) : null;
            if (body != null && body.path("nodeId").isTextual() && body.path("issuer").isTextual()
                    && body.path("institution").path("code").isTextual()) {
                return new NodeIdentity(url, body.get("nodeId").asText(), body.get("issuer").asText(),
                        body.get("institution").get("code").asText(),
                        body.get("institution").path("name").asText(""), key, answer.bitsPerSecond(),
                        Instant.now());
            }
        } catch (IOException notJson) {
            // said below
        }
        throw DomainException.invalid("nationalUrl",
                "The national server did not answer as a Surgalt national server does. Check the address: it is the national site's, not this node's.");
    }
}
