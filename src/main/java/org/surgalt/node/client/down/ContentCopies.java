package org.surgalt.node.client.down;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.surgalt.identity.AuditLog;
import org.surgalt.node.bundle.BundleReport;
import org.surgalt.node.bundle.VersionApplier;
import org.surgalt.node.bundle.VersionPayload;

/**
 * The node's side of a version that came down: applied ({@link VersionApplier}, the bundles' applier)
 * and noted in {@code node_course_copy} in one transaction, so a round cut anywhere leaves either the
 * whole version or none of it, and the note says exactly what the node took.
 */
@ApplicationScoped
class ContentCopies {

    private final VersionApplier applier;
    private final EntityManager em;
    private final AuditLog audit;

    ContentCopies(VersionApplier applier, EntityManager em, AuditLog audit) {
        this.applier = applier;
        this.em = em;
        this.audit = audit;
    }

    /** Whether the node took this catalog entry as it is (same version, content and settings). */
    @Transactional
    boolean current(CatalogEntry entry) {
        List<?> rows = em.createNativeQuery("SELECT 1 FROM node_course_copy WHERE national_course_id = ?1 "
                + "AND version = ?2 AND fingerprint = ?3 AND settings_sha256 = ?4")
                .setParameter(1, entry.courseId()).setParameter(2, entry.version())
                .setParameter(3, entry.fingerprint()).setParameter(4, entry.settings()).getResultList();
        return !rows.isEmpty();
    }

    /** Applies the version; a refusal (a local course with the same code, ...) is audited once, as node.content_refused. */
    @Transactional
    BundleReport.Line apply(CatalogEntry entry, VersionPayload payload, String nationalUrl) {
        BundleReport.Line line = applier.apply(new VersionApplier.Origin(null, "node.content", nationalUrl),
                payload.content(), payload.extras());
        if (line.outcome() == BundleReport.Outcome.REFUSED) {
            audit.record(AuditLog.by((Long) null, "node.content_refused").object("course", entry.courseId())
                    .after(Map.of("code", entry.code(), "version", entry.version(), "reason", line.reason().name())));
        }
        em.createNativeQuery("DELETE FROM node_course_copy WHERE national_course_id = ?1")
                .setParameter(1, entry.courseId()).executeUpdate();
        em.createNativeQuery("INSERT INTO node_course_copy (national_course_id, code, version, fingerprint, "
                + "settings_sha256, outcome) VALUES (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, entry.courseId())
                .setParameter(2, entry.code()).setParameter(3, entry.version()).setParameter(4, entry.fingerprint())
                .setParameter(5, entry.settings()).setParameter(6, line.outcome().name()).executeUpdate();
        return line;
    }
}
