package org.surgalt.node;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.surgalt.identity.AuditLog;
import org.surgalt.identity.Institution;
import org.surgalt.identity.InstitutionRepository;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * Site admins register school nodes (each for one institution) and revoke them. Only site admins: a
 * node carries its institution's people off the national server, which is the site's decision, not
 * the school's (an institution admin of the same institution is refused too).
 */
@ApplicationScoped
public class NodeRegistryService {

    private final SchoolNodeRepository nodes;
    private final InstitutionRepository institutions;
    private final NodeConfig config;
    private final AuditLog audit;

    NodeRegistryService(SchoolNodeRepository nodes, InstitutionRepository institutions, NodeConfig config,
            AuditLog audit) {
        this.nodes = nodes;
        this.institutions = institutions;
        this.config = config;
        this.audit = audit;
    }

    /** A newly registered node and, this once, its enrolment code. */
    public record Registered(SchoolNode node, Institution institution, String code) {
    }

    @Transactional
    public Registered register(Viewer viewer, String name, String institutionCode) {
        requireAdmin(viewer);
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw DomainException.invalid("name", "Give the node a name of at most 200 characters.");
        }
        if (institutionCode == null || institutionCode.isBlank()) {
            throw DomainException.invalid("institution", "Name the node's institution by its code.");
        }
        Institution institution = institutions.findByCode(institutionCode.strip())
                .orElseThrow(() -> DomainException.invalid("institution", "There is no institution with this code."));
        if (institution.retired()) {
            throw DomainException.invalid("institution", "A retired institution gets no new node.");
        }
        String code = EnrolmentCode.generate();
        SchoolNode node = new SchoolNode(name.strip(), institution.id(), EnrolmentCode.hash(code),
                Instant.now().plus(config.enrolmentCodeTtl()));
        nodes.persist(node);
        nodes.flush();
        // The code is not audited, only that one was made and until when it works.
        audit.record(AuditLog.by(viewer, "school_node.register").object("school_node", node.id())
                .after(audited(node)));
        return new Registered(node, institution, code);
    }

    @Transactional
    public List<SchoolNode> all(Viewer viewer) {
        requireAdmin(viewer);
        return nodes.listAll(Sort.by("id"));
    }

    /**
     * Revoked at once everywhere: every instance reads the node's state on each of its requests
     * (NodeAuthenticator), nothing is cached.
     */
    @Transactional
    public SchoolNode revoke(Viewer viewer, long id, boolean confirmed) {
        requireAdmin(viewer);
        SchoolNode node = nodes.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("school node", id));
        if (!confirmed) {
            throw DomainException.invalid("confirm", "Tick the box to confirm that the node is revoked for good.");
        }
        if (node.state() == SchoolNode.State.REVOKED) {
            return node;
        }
        Map<String, Object> before = audited(node);
        node.revoke(Instant.now());
        audit.record(AuditLog.by(viewer, "school_node.revoke").object("school_node", node.id()).before(before)
                .after(audited(node)));
        return node;
    }

    static Map<String, Object> audited(SchoolNode node) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", node.name());
        state.put("institution", node.institutionId());
        state.put("state", node.state().name());
        state.put("codeExpires", node.codeExpires().toString());
        return state;
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw DomainException.forbidden("Only site admins manage school nodes.");
        }
    }
}
