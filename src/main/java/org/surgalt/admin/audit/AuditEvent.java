package org.surgalt.admin.audit;

import java.time.Instant;

/** One recorded event as the audit page, its API and its exports show it (names as they are now). */
public record AuditEvent(long id, Instant occurredAt, Long actorId, String actorName, String actorEmail,
        String action, Long personId, String personName, String personEmail, String objectType, String objectId,
        String before, String after, String detail, String address) {
}
