package org.surgalt.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Stores statements: the one way in, for the Statements resource and for features that write
 * statements themselves (cmi5's LMS statements, H5P, Surgalt's own activity). Validates each
 * statement as a POST would, refuses conflicting reuse of an id (409) and accepts the same
 * statement again as already stored, applies voiding, and fires {@link StatementsStored} in the
 * same transaction.
 */
@ApplicationScoped
public class XapiStatements {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StatementStore store;
    private final XapiAgents agents;
    private final XapiAuthenticator authenticator;
    private final Event<StatementsStored> stored;
    private final ActivityDefinitions definitions;
    private final LearnerInstitutions institutions;

    XapiStatements(StatementStore store, XapiAgents agents, XapiAuthenticator authenticator,
            Event<StatementsStored> stored, ActivityDefinitions definitions, LearnerInstitutions institutions) {
        this.store = store;
        this.agents = agents;
        this.authenticator = authenticator;
        this.stored = stored;
        this.definitions = definitions;
        this.institutions = institutions;
    }

    /** Surgalt itself: writes (and reads) everything, as the site's agent. */
    public XapiCaller lms() {
        return new XapiCaller(null, null, true, true, null, authenticator.lmsAuthority());
    }

    /**
     * Validates and stores statements (xAPI 1.0.3 rules, which cmi5 and H5P content follow) in the
     * caller's transaction, or a new one; their ids, in order (assigned where a statement had none).
     */
    @Transactional
    public List<UUID> store(XapiCaller caller, List<ObjectNode> statements) {
        return store(caller, statements, Map.of(), XapiVersion.V1);
    }

    /**
     * Another request stored a statement with one of these ids between the look-up and the insert (the
     * same statement sent twice at once, as offline sync may): the whole request is undone, and sending
     * it again compares it with what is now stored.
     */
    static final class StoredConcurrently extends XapiRejected {
        StoredConcurrently() {
            super(409, "A statement with one of these ids was stored at the same moment by another request; send"
                    + " the request again to have it compared.");
        }
    }

    /** A statement attachment's data as it arrived in a multipart request. */
    record Part(String sha2, String contentType, byte[] content) {
    }

    @Transactional
    List<UUID> store(XapiCaller caller, List<ObjectNode> input, Map<String, Part> parts, String version) {
        if (!caller.write()) {
            throw new XapiRejected(403, "This client may not write statements.");
        }
        if (input.isEmpty()) {
            return List.of();
        }
        StatementRules rules = new StatementRules(version);
        List<ObjectNode> statements = new ArrayList<>();
        Map<UUID, Integer> positions = new LinkedHashMap<>();
        // Only ids the sender chose can be stored already (or voided in advance); new ones cannot.
        Set<UUID> given = new HashSet<>();
        for (ObjectNode original : input) {
            rules.statement(original);
            ObjectNode statement = original.deepCopy();
            contextActivitiesAsArrays(statement);
            if (statement.get("object") instanceof ObjectNode sub && "SubStatement".equals(sub.path("objectType").asText())) {
                contextActivitiesAsArrays(sub);
            }
            if (caller.isLaunch()) {
                requireOwnLearner(caller, statement);
            }
            UUID id = statement.has("id") ? UUID.fromString(statement.get("id").asText()) : UUID.randomUUID();
            if (statement.has("id")) {
                given.add(id);
            }
            statement.put("id", id.toString());
            if (positions.put(id, statements.size()) != null) {
                throw new XapiRejected(400, "The statement id " + id + " appears twice in one request.");
            }
            statements.add(statement);
        }
        checkAttachments(statements, parts);
        Map<UUID, StatementStore.Row> existing = new HashMap<>(store.byIds(given));
        Set<UUID> targets = new HashSet<>();
        for (ObjectNode statement : statements) {
            // Targets of StatementRefs: for the voiding rules and the keys they lend (StatementKeys).
            if ("StatementRef".equals(statement.get("object").path("objectType").asText())) {
                targets.add(UUID.fromString(statement.get("object").get("id").asText()));
            }
        }
        targets.removeAll(existing.keySet());
        targets.removeAll(positions.keySet());
        existing.putAll(store.byIds(targets));

        Set<UUID> voidedAlready = store.voidedAlready(given);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<StatementStore.NewRow> rows = new ArrayList<>();
        List<StoredStatement> fresh = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (ObjectNode statement : statements) {
            UUID id = UUID.fromString(statement.get("id").asText());
            ids.add(id);
            StatementStore.Row known = existing.get(id);
            if (known != null) {
                if (!StatementComparison.same(parse(known.body()), statement)) {
                    throw new XapiRejected(409, "A different statement with the id " + id + " is already stored;"
                            + " statements cannot be changed.");
                }
                continue;
            }
            UUID voids = null;
            if (isVoiding(statement)) {
                voids = UUID.fromString(statement.get("object").get("id").asText());
                StatementStore.Row target = existing.get(voids);
                ObjectNode batchTarget = positions.containsKey(voids) ? statements.get(positions.get(voids)) : null;
                if (target != null && isVoiding(parse(target.body())) || batchTarget != null && isVoiding(batchTarget)) {
                    throw new XapiRejected(400, "A voiding statement cannot void another voiding statement ("
                            + voids + ").");
                }
            }
            statement.put("stored", now.toString());
            if (!statement.has("timestamp")) {
                statement.put("timestamp", now.toString());
            }
            statement.set("authority", caller.authority().deepCopy());
            if (!statement.has("version")) {
                statement.put("version", XapiVersion.V2.equals(version) ? XapiVersion.V2 : "1.0.0");
            }
            boolean voided = !isVoiding(statement) && voidedAlready.contains(id);
            rows.add(new StatementStore.NewRow(id, now.toEpochMilli(), institution(caller, statement), caller.clientId(),
                    voided, voids, statement.get("version").asText(), statement.toString(), StatementKeys.of(statement)));
            fresh.add(new StoredStatement(id, statement, given.contains(id)));
        }
        if (rows.isEmpty()) {
            return ids;
        }
        List<Long> seqs;
        try {
            seqs = store.insert(rows);
        } catch (org.hibernate.exception.ConstraintViolationException e) {
            // Another request stored a statement with one of these ids since they were looked up.
            throw new StoredConcurrently();
        }
        Map<UUID, Long> seqOf = new HashMap<>();
        existing.forEach((id, row) -> seqOf.put(id, row.seq()));
        for (int i = 0; i < rows.size(); i++) {
            seqOf.put(rows.get(i).id(), seqs.get(i));
        }
        for (int i = 0; i < fresh.size(); i++) {
            JsonNode object = fresh.get(i).statement().get("object");
            if ("StatementRef".equals(object.path("objectType").asText())) {
                Long target = seqOf.get(UUID.fromString(object.get("id").asText()));
                if (target != null) {
                    store.copyKeys(target, seqs.get(i));
                }
            }
            if (rows.get(i).voids() != null) {
                store.markVoided(rows.get(i).voids());
            }
        }
        for (Part part : parts.values()) {
            store.putAttachment(part.sha2(), part.contentType(), part.content());
        }
        definitions.record(fresh, now);
        stored.fire(new StatementsStored(caller, List.copyOf(fresh)));
        return ids;
    }

    private void requireOwnLearner(XapiCaller caller, ObjectNode statement) {
        String learner = StatementKeys.ifi(agents.learner(caller.launch().userId(), null)).orElseThrow();
        if (!learner.equals(StatementKeys.ifi(statement.get("actor")).orElse(""))) {
            throw new XapiRejected(403, "Content may only send statements whose actor is the learner who launched it.");
        }
    }

    /** Whose statement it is, for institution-scoped readers (see V023). */
    private Long institution(XapiCaller caller, JsonNode statement) {
        if (caller.institutionId() != null) {
            return caller.institutionId();
        }
        long userId = agents.userId(statement.get("actor"));
        return userId < 0 ? null : institutions.of(userId).orElse(null);
    }

    /**
     * Every attachment without a fileUrl must arrive as a part, and every part must be an
     * attachment of a statement (xAPI 1.0.3 Data 2.4.11, Communication 1.5.2).
     */
    private static void checkAttachments(List<ObjectNode> statements, Map<String, Part> parts) {
        Set<String> named = new HashSet<>();
        for (ObjectNode statement : statements) {
            for (JsonNode attachment : statement.path("attachments")) {
                String sha2 = attachment.get("sha2").asText().toLowerCase(Locale.ROOT);
                named.add(sha2);
                if (!attachment.has("fileUrl") && !parts.containsKey(sha2)) {
                    throw new XapiRejected(400, "The attachment with sha2 " + sha2 + " has no fileUrl and was not"
                            + " sent as a part of a multipart/mixed request.");
                }
            }
        }
        for (String sha2 : parts.keySet()) {
            if (!named.contains(sha2)) {
                throw new XapiRejected(400, "The part with X-Experience-API-Hash " + sha2
                        + " is not an attachment of any statement.");
            }
        }
    }

    /** A single context activity is stored (and returned) as an array of one (Data 2.4.6.2). */
    private static void contextActivitiesAsArrays(ObjectNode statement) {
        if (statement.path("context").path("contextActivities") instanceof ObjectNode lists) {
            lists.fields().forEachRemaining(list -> {
                if (list.getValue().isObject()) {
                    list.setValue(JSON.createArrayNode().add(list.getValue()));
                }
            });
        }
    }

    static boolean isVoiding(JsonNode statement) {
        return StatementRules.VOIDED.equals(statement.path("verb").path("id").asText());
    }

    static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    Optional<StatementStore.Attachment> attachment(String sha2) {
        return store.attachment(sha2);
    }
}
