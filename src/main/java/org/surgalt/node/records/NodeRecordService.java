package org.surgalt.node.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.surgalt.identity.AuditLog;
import org.surgalt.node.NodeCaller;
import org.surgalt.node.NodeScopeService;
import org.surgalt.platform.DomainException;
import org.surgalt.progress.CompletionFact;
import org.surgalt.progress.FactsFromNodes;

/**
 * A chunk of records from a school node, applied in one transaction with a receipt per uid
 * (deploy/NODE-PROTOCOL.md §5). A uid seen before is acknowledged again, not applied again. Each
 * record is checked on its own: one outside the node's scope, or malformed, is refused with its
 * reason (and the refusal is on the audit log), and the chunk's other records are applied. The
 * learners a chunk touched are then computed again from their facts.
 */
@ApplicationScoped
public class NodeRecordService {

    static final int MAX_RECORDS = 500;
    static final String FACT = "FACT";
    private static final Pattern UID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int MAX_SOURCE = 32;

    private final EntityManager em;
    private final NodeScopeService scope;
    private final FactsFromNodes facts;
    private final AuditLog audit;

    NodeRecordService(EntityManager em, NodeScopeService scope, FactsFromNodes facts, AuditLog audit) {
        this.em = em;
        this.scope = scope;
        this.facts = facts;
        this.audit = audit;
    }

    @Transactional
    public UpChunk.Answer apply(NodeCaller caller, UpChunk.Request chunk) {
        if (chunk == null || chunk.records() == null) {
            throw DomainException.invalid("records", "A chunk needs its list of records.");
        }
        if (chunk.records().size() > MAX_RECORDS) {
            throw DomainException.invalid("records", "A chunk holds at most 500 records.");
        }
        List<UpChunk.Acknowledged> acknowledged = new ArrayList<>();
        List<UpChunk.Refused> refused = new ArrayList<>();
        Map<Long, Set<Long>> touched = new LinkedHashMap<>();
        for (UpChunk.Record record : chunk.records()) {
            String uid = record == null ? null : record.uid();
            String problem = record == null ? "an empty record" : malformed(record);
            if (problem == null) {
                Object[] receipt = receipt(uid);
                if (receipt != null) {
                    if (((Number) receipt[0]).longValue() == caller.nodeId()) {
                        acknowledged.add(new UpChunk.Acknowledged(uid, ((Number) receipt[1]).longValue()));
                        continue;
                    }
                    problem = "the uid was sent by another node";
                }
            }
            if (problem == null) {
                problem = outOfScope(caller, record);
            }
            if (problem != null) {
                refused.add(new UpChunk.Refused(uid, problem));
                refuse(caller, record, problem);
                continue;
            }
            long nationalId = facts.append(record.person(), record.course(), record.item(),
                    CompletionFact.Kind.valueOf(record.kind()), record.score(), record.source(),
                    record.courseVersion(), record.occurredAt());
            em.createNativeQuery("INSERT INTO node_record_receipt (uid, node_id, kind, national_id) "
                    + "VALUES (?1, ?2, ?3, ?4)").setParameter(1, uid).setParameter(2, caller.nodeId())
                    .setParameter(3, FACT).setParameter(4, nationalId).executeUpdate();
            acknowledged.add(new UpChunk.Acknowledged(uid, nationalId));
            touched.computeIfAbsent(record.course(), c -> new LinkedHashSet<>()).add(record.person());
        }
        touched.forEach(facts::recompute);
        return new UpChunk.Answer(acknowledged, refused);
    }

    /** Why a record cannot be read as one, or null. */
    private static String malformed(UpChunk.Record r) {
        if (r.uid() == null || !UID.matcher(r.uid()).matches()) {
            return "the uid is not a lower-case UUID";
        }
        if (!FACT.equals(r.type())) {
            return "unknown record type " + r.type();
        }
        if (r.person() == null || r.course() == null || r.item() == null || r.courseVersion() == null
                || r.occurredAt() == null || r.kind() == null || r.source() == null) {
            return "a fact needs person, course, item, kind, source, courseVersion and occurredAt";
        }
        if (!kindKnown(r.kind())) {
            return "unknown fact kind " + r.kind();
        }
        if (r.source().isBlank() || r.source().length() > MAX_SOURCE || "national".equals(r.source())) {
            return "the source must be 1 to 32 characters and not national";
        }
        if (r.courseVersion() < 0) {
            return "courseVersion must not be negative";
        }
        return null;
    }

    private static boolean kindKnown(String kind) {
        for (CompletionFact.Kind known : CompletionFact.Kind.values()) {
            if (known.name().equals(kind)) {
                return true;
            }
        }
        return false;
    }

    private String outOfScope(NodeCaller caller, UpChunk.Record r) {
        if (!scope.holdsPerson(caller, r.person())) {
            return "person " + r.person() + " is not one of the node's people";
        }
        if (!scope.usesCourse(caller, r.course())) {
            return "course " + r.course() + " is not used by the node's cohorts";
        }
        if (!facts.hasItem(r.course(), r.item())) {
            return "item " + r.item() + " is not in course " + r.course();
        }
        return null;
    }

    private Object[] receipt(String uid) {
        List<?> rows = em.createNativeQuery("SELECT node_id, national_id FROM node_record_receipt WHERE uid = ?1")
                .setParameter(1, uid).getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }

    private void refuse(NodeCaller caller, UpChunk.Record record, String reason) {
        audit.record(AuditLog.by((Long) null, "node.record_refuse").object("school_node", caller.nodeId())
                .after(record).detail("record " + (record == null ? null : record.uid()) + " refused: " + reason));
    }
}
