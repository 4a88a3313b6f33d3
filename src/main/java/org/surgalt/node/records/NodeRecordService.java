package org.surgalt.node.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.surgalt.assignment.SubmissionRecords;
import org.surgalt.cohort.session.AttendanceRecords;
import org.surgalt.content.VerifiedAssets;
import org.surgalt.identity.AuditLog;
import org.surgalt.node.NodeCaller;
import org.surgalt.node.NodeScopeService;
import org.surgalt.platform.DomainException;
import org.surgalt.progress.CompletionFact;
import org.surgalt.progress.FactsFromNodes;
import org.surgalt.quiz.AttemptRecords;

/**
 * A chunk of records from a school node, applied in one transaction with a receipt per uid
 * (deploy/NODE-PROTOCOL.md §5). A uid seen before is acknowledged again, not applied again. Each
 * record is checked on its own: one outside the node's scope, or malformed, is refused with its
 * reason (and the refusal is on the audit log), and the chunk's other records are applied (a finished
 * quiz attempt becomes the learner's next attempt there; the later attendance mark of a seat wins); a
 * submission whose files are not all here yet waits (neither applied nor refused). The learners a
 * chunk's facts touched are then computed again from their facts.
 */
@ApplicationScoped
public class NodeRecordService {

    static final int MAX_RECORDS = 500;

    private final EntityManager em;
    private final NodeScopeService scope;
    private final FactsFromNodes facts;
    private final SubmissionRecords submissions;
    private final AttemptRecords attempts;
    private final AttendanceRecords attendance;
    private final VerifiedAssets assets;
    private final AuditLog audit;

    NodeRecordService(EntityManager em, NodeScopeService scope, FactsFromNodes facts, SubmissionRecords submissions,
            AttemptRecords attempts, AttendanceRecords attendance, VerifiedAssets assets, AuditLog audit) {
        this.attempts = attempts;
        this.attendance = attendance;
        this.em = em;
        this.scope = scope;
        this.facts = facts;
        this.submissions = submissions;
        this.assets = assets;
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
        List<UpChunk.Refused> waiting = new ArrayList<>();
        Map<Long, Set<Long>> touched = new LinkedHashMap<>();
        InScope inScope = new InScope(caller, new HashMap<>(), new HashMap<>());
        for (UpChunk.Record record : chunk.records()) {
            String uid = record == null ? null : record.uid();
            String problem = RecordChecks.malformed(record);
            if (problem == null) {
                Optional<Object[]> receipt = receipt(uid);
                if (receipt.isPresent() && ((Number) receipt.get()[0]).longValue() == caller.nodeId()) {
                    acknowledged.add(new UpChunk.Acknowledged(uid, ((Number) receipt.get()[1]).longValue()));
                    continue;
                }
                problem = receipt.isPresent() ? "the uid was sent by another node" : outOfScope(inScope, record);
            }
            if (problem != null) {
                refused.add(new UpChunk.Refused(uid, problem));
                refuse(caller, record, problem);
                continue;
            }
            Optional<String> missing = missingFile(record);
            if (missing.isPresent()) {
                waiting.add(new UpChunk.Refused(uid, "file " + missing.get() + " is not here yet"));
                continue;
            }
            long nationalId = write(caller, record);
            em.createNativeQuery("INSERT INTO node_record_receipt (uid, node_id, kind, national_id) "
                    + "VALUES (?1, ?2, ?3, ?4)").setParameter(1, uid).setParameter(2, caller.nodeId())
                    .setParameter(3, record.type()).setParameter(4, nationalId).executeUpdate();
            acknowledged.add(new UpChunk.Acknowledged(uid, nationalId));
            if (RecordChecks.FACT.equals(record.type())) {
                touched.computeIfAbsent(record.course(), c -> new LinkedHashSet<>()).add(record.person());
            }
        }
        touched.forEach(facts::recompute);
        return new UpChunk.Answer(acknowledged, refused, waiting);
    }

    private long write(NodeCaller caller, UpChunk.Record r) {
        if (RecordChecks.ATTENDANCE.equals(r.type())) {
            attendance.apply(new AttendanceRecords.Mark(r.session(), r.person(), r.status(), r.method(),
                    r.recordedBy(), r.occurredAt()), caller.nodeId());
            return r.session();
        }
        if (RecordChecks.FACT.equals(r.type())) {
            return facts.append(r.person(), r.course(), r.item(), CompletionFact.Kind.valueOf(r.kind()), r.score(),
                    r.source(), r.courseVersion(), r.occurredAt());
        }
        if (RecordChecks.ATTEMPT.equals(r.type())) {
            return attempts.apply(finished(r));
        }
        return submissions.apply(new SubmissionRecords.HandedIn(0, r.person(), r.course(), r.item(), r.body(),
                r.attempts(), r.submittedAt(), Boolean.TRUE.equals(r.late()), r.files().stream()
                        .map(f -> new SubmissionRecords.FileRef(f.sha256(), f.filename(), f.mediaType(),
                                f.size() == null ? 0 : f.size()))
                        .toList(), false, false));
    }

    /**
     * The node's scope as one chunk asks it: a chunk's hundreds of records name a few people and courses,
     * each looked up once.
     */
    private record InScope(NodeCaller caller, Map<Long, Boolean> people, Map<Long, Boolean> courses) {
    }

    private boolean holdsPerson(InScope in, long person) {
        return in.people().computeIfAbsent(person, p -> scope.holdsPerson(in.caller(), p));
    }

    private String outOfScope(InScope in, UpChunk.Record r) {
        if (!holdsPerson(in, r.person())) {
            return "person " + r.person() + " is not one of the node's people";
        }
        if (!in.courses().computeIfAbsent(r.course(), c -> scope.usesCourse(in.caller(), c))) {
            return "course " + r.course() + " is not used by the node's cohorts";
        }
        if (RecordChecks.ATTEMPT.equals(r.type())) {
            return attempts.foreign(r.course(), r.item(), finished(r).answers());
        }
        if (RecordChecks.ATTENDANCE.equals(r.type())) {
            if (r.recordedBy() != null && !holdsPerson(in, r.recordedBy())) {
                return "person " + r.recordedBy() + " is not one of the node's people";
            }
            return attendance.isSessionOf(r.session(), r.course(), r.item()) ? null
                    : "session " + r.session() + " is not of item " + r.item() + " of course " + r.course();
        }
        boolean itemFits = RecordChecks.FACT.equals(r.type()) ? facts.hasItem(r.course(), r.item())
                : submissions.isAssignment(r.course(), r.item());
        return itemFits ? null : "item " + r.item() + " is not " + (RecordChecks.FACT.equals(r.type()) ? "in"
                : "an assignment of") + " course " + r.course();
    }

    private static AttemptRecords.Finished finished(UpChunk.Record r) {
        return new AttemptRecords.Finished(0, r.person(), r.course(), r.item(), r.startedAt(), r.deadline(),
                r.submittedAt(), Boolean.TRUE.equals(r.late()), r.earned(), r.possible(), r.score(), r.passed(),
                r.answers().stream().map(a -> new AttemptRecords.Answer(a.question(), false,
                        a.optionOrder() == null ? List.of() : a.optionOrder(), a.response(), a.savedAt(), a.earned()))
                        .toList());
    }

    /** A submission is applied only with all its files here (uploaded first); the first one missing. */
    private Optional<String> missingFile(UpChunk.Record r) {
        if (!RecordChecks.SUBMISSION.equals(r.type())) {
            return Optional.empty();
        }
        return r.files().stream().map(UpChunk.File::sha256).filter(sha -> !assets.has(sha)).findFirst();
    }

    private Optional<Object[]> receipt(String uid) {
        List<?> rows = em.createNativeQuery("SELECT node_id, national_id FROM node_record_receipt WHERE uid = ?1")
                .setParameter(1, uid).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((Object[]) rows.get(0));
    }

    private void refuse(NodeCaller caller, UpChunk.Record record, String reason) {
        audit.record(AuditLog.by((Long) null, "node.record_refuse").object("school_node", caller.nodeId())
                .after(record).detail("record " + (record == null ? null : record.uid()) + " refused: " + reason));
    }
}
