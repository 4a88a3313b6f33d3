package org.surgalt.node;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.surgalt.identity.Institution;
import org.surgalt.identity.InstitutionRepository;
import org.surgalt.identity.Viewer;

/** The nodes page's table: each node as an admin reads it (institution by name, sizes in units). */
@ApplicationScoped
class NodeRows {

    /** state: pending, enrolled or revoked; null texts are shown as "never" or left empty. */
    public record Row(long id, String name, String institution, String state, boolean revocable, String lastContact,
            boolean reported, long records, long files, String bytes, String link) {
    }

    private final NodeRegistryService registry;
    private final InstitutionRepository institutions;

    NodeRows(NodeRegistryService registry, InstitutionRepository institutions) {
        this.registry = registry;
        this.institutions = institutions;
    }

    List<Row> of(Viewer viewer) {
        List<SchoolNode> nodes = registry.all(viewer);
        Map<Long, String> names = institutions.listAll().stream()
                .collect(Collectors.toMap(Institution::id, i -> i.name() + " (" + i.code() + ")"));
        return nodes.stream().map(n -> row(n, names.get(n.institutionId()))).toList();
    }

    private static Row row(SchoolNode n, String institution) {
        Heartbeat b = n.backlog();
        return new Row(n.id(), n.name(), institution, n.state().name().toLowerCase(),
                n.state() != SchoolNode.State.REVOKED,
                n.lastContact() == null ? null : NodeAdminResource.WHEN.format(n.lastContact()), b != null,
                b == null || b.queuedRecords() == null ? 0 : b.queuedRecords(),
                b == null || b.queuedFiles() == null ? 0 : b.queuedFiles(),
                LinkUnits.bytes(b == null || b.queuedBytes() == null ? 0 : b.queuedBytes()),
                b == null || b.linkBitsPerSecond() == null ? null : LinkUnits.bits(b.linkBitsPerSecond()));
    }
}
