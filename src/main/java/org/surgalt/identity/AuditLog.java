package org.surgalt.identity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * Who did what, to what, from where: every administrative and grading action is recorded here in
 * the same transaction as the change (the caller's; {@link #record} joins it), and logged. Rows are
 * only inserted, never changed or deleted by the application.
 *
 * <p>Actions are named {@code <object>.<verb>} ("institution.merge", "role.grant",
 * "submission.grade"); the audit page names them in words from the message bundle
 * ({@code audit_action_<object>_<verb>}). Before and after are any value Jackson writes (a record, a
 * map), stored as JSON; leave out secrets and password hashes.
 *
 * <pre>
 * audit.record(AuditLog.by(viewer, "institution.merge").object("institution", kept.id())
 *         .before(Map.of("merged", gone.code())).after(InstitutionView.of(kept)));
 * </pre>
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** The account actions of issue 16, kept under their first names. */
    public enum Action {
        PASSWORD_RESET_SENT, PASSWORD_HANDOVER_LINK, SESSIONS_ENDED, PERSON_DISABLED, PERSON_ENABLED
    }

    /** One event being described; {@link AuditLog#record} writes it. */
    public static final class Entry {
        private final Long actorId;
        private final String action;
        private String objectType;
        private String objectId;
        private Long targetUserId;
        private Object before;
        private Object after;
        private String detail;

        private Entry(Long actorId, String action) {
            if (action == null || action.isBlank() || action.length() > 64) {
                throw new IllegalArgumentException("an audit action is 1 to 64 characters: " + action);
            }
            this.actorId = actorId;
            this.action = action;
        }

        /** The object changed: a type ("institution", "submission") and its id. */
        public Entry object(String type, Object id) {
            this.objectType = type;
            this.objectId = id == null ? null : id.toString();
            return this;
        }

        /** The person the action was about (the one whose account, grade or data it changed). */
        public Entry person(Long userId) {
            this.targetUserId = userId;
            return this;
        }

        public Entry before(Object state) {
            this.before = state;
            return this;
        }

        public Entry after(Object state) {
            this.after = state;
            return this;
        }

        /** A short sentence for what before/after do not say (at most 1,000 characters). */
        public Entry detail(String text) {
            this.detail = text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
            return this;
        }
    }

    /** An action by a signed-in person. */
    public static Entry by(Viewer viewer, String action) {
        return new Entry(viewer == null ? null : viewer.userId(), action);
    }

    /** An action by a person known by id, or by Surgalt itself (null: a job, the first start). */
    public static Entry by(Long actorId, String action) {
        return new Entry(actorId, action);
    }

    private final EntityManager em;

    AuditLog(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public void record(long actorId, Action action, long targetUserId, String detail) {
        record(by(actorId, action.name()).person(targetUserId).detail(detail));
    }

    /** Writes the event in the caller's transaction (or its own, when there is none). */
    @Transactional
    public void record(Entry entry) {
        String address = requestAddress();
        em.createNativeQuery("INSERT INTO audit_event (occurred_at, actor_id, action, target_user_id, detail, "
                + "object_type, object_id, before_state, after_state, address) "
                + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
                .setParameter(2, entry.actorId).setParameter(3, entry.action).setParameter(4, entry.targetUserId)
                .setParameter(5, entry.detail).setParameter(6, entry.objectType).setParameter(7, entry.objectId)
                .setParameter(8, json(entry.before)).setParameter(9, json(entry.after)).setParameter(10, address)
                .executeUpdate();
        LOG.infof("audit: %s by %s%s%s from %s", entry.action, entry.actorId == null ? "surgalt" : "person " + entry.actorId,
                entry.objectType == null ? "" : " on " + entry.objectType + " " + entry.objectId,
                entry.targetUserId == null ? "" : " about person " + entry.targetUserId, address);
    }

    private static String json(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("an audit state must be writable as JSON", e);
        }
    }

    /** The client address of the request being served (after proxy forwarding, when that is on), or null. */
    private static String requestAddress() {
        InjectableContext requests = Arc.container().requestContext();
        if (!requests.isActive()) {
            return null;
        }
        CurrentVertxRequest current = Arc.container().instance(CurrentVertxRequest.class).get();
        RoutingContext context = current == null ? null : current.getCurrent();
        if (context == null || context.request().remoteAddress() == null) {
            return null;
        }
        return context.request().remoteAddress().hostAddress();
    }
}
