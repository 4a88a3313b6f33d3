package org.surgalt.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * What was done to people's accounts, by whom: written in the same transaction as the change, and
 * to the log. The administration pages will list it; for now it is for whoever reads the database.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class);

    public enum Action {
        PASSWORD_RESET_SENT, PASSWORD_HANDOVER_LINK, SESSIONS_ENDED, PERSON_DISABLED, PERSON_ENABLED
    }

    private final EntityManager em;

    AuditLog(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public void record(long actorId, Action action, long targetUserId, String detail) {
        em.createNativeQuery("INSERT INTO audit_event (occurred_at, actor_id, action, target_user_id, detail) "
                + "VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
                .setParameter(2, actorId).setParameter(3, action.name()).setParameter(4, targetUserId)
                .setParameter(5, detail).executeUpdate();
        LOG.infof("audit: person %d %s person %d%s", actorId, action, targetUserId,
                detail == null ? "" : " (" + detail + ")");
    }
}
