package org.surgalt.node;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.text.ParseException;
import java.time.Instant;
import java.util.Map;
import org.surgalt.identity.AuditLog;
import org.surgalt.identity.Institution;
import org.surgalt.identity.InstitutionRepository;
import org.surgalt.platform.DomainException;

/**
 * A node's one enrolment: its code (once, before it expires) for its public key. The private key never
 * leaves the node; from now on the node proves itself by signing (NodeAuthenticator).
 */
@ApplicationScoped
public class NodeEnrolmentService {

    private final SchoolNodeRepository nodes;
    private final InstitutionRepository institutions;
    private final AuditLog audit;

    NodeEnrolmentService(SchoolNodeRepository nodes, InstitutionRepository institutions, AuditLog audit) {
        this.nodes = nodes;
        this.institutions = institutions;
        this.audit = audit;
    }

    public record Enrolled(SchoolNode node, Institution institution) {
    }

    /**
     * Unknown, used, expired or revoked code: {@link NodeRejected}, alike. The code is looked up before
     * the key is read, so a bad key never tells anyone whether a code is good, and a bad key does not
     * spend a good code. The row is locked: of two enrolments with one code, one wins.
     */
    @Transactional
    public Enrolled enrol(String code, Map<String, Object> publicKey) {
        Instant now = Instant.now();
        SchoolNode node = nodes.find("codeSha256", EnrolmentCode.hash(code)).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .orElseThrow(() -> new NodeRejected("unknown or used enrolment code"));
        if (!node.mayEnrol(now)) {
            throw new NodeRejected("expired or revoked enrolment code for node " + node.id());
        }
        node.enrol(publicJwk(publicKey), now);
        audit.record(AuditLog.by((Long) null, "school_node.enrol").object("school_node", node.id())
                .after(NodeRegistryService.audited(node)));
        return new Enrolled(node, institutions.findById(node.institutionId()));
    }

    /**
     * An enrolled node replaces its key (the request was signed with the current one). The same key
     * again changes nothing, so a node that lost the answer may send it again with the new key.
     */
    @Transactional
    public Instant replaceKey(NodeCaller caller, Map<String, Object> publicKey) {
        String jwk = publicJwk(publicKey);
        SchoolNode node = nodes.findByIdOptional(caller.nodeId(), LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NodeRejected("node " + caller.nodeId() + " is gone"));
        Instant now = Instant.now();
        if (!jwk.equals(node.publicJwk())) {
            node.replaceKey(jwk, now);
            audit.record(AuditLog.by((Long) null, "school_node.replace_key").object("school_node", node.id())
                    .after(NodeRegistryService.audited(node)));
        }
        return now;
    }

    /** The key as kept: its public members only, re-serialised (a private part is refused, not stripped). */
    static String publicJwk(Map<String, Object> publicKey) {
        try {
            JWK jwk = publicKey == null ? null : JWK.parse(publicKey);
            if (jwk instanceof ECKey ec && Curve.P_256.equals(ec.getCurve()) && !ec.isPrivate()) {
                return ec.toPublicJWK().toJSONString();
            }
        } catch (ParseException | RuntimeException malformed) {
            // said below
        }
        throw DomainException.invalid("publicKey",
                "must be the node's EC P-256 public key as a JWK, without its private part");
    }
}
