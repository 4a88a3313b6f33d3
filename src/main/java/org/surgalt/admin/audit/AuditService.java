package org.surgalt.admin.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.surgalt.identity.Viewer;

/** Reads the audit log for a viewer ({@link AuditScope}); there is no method that changes an event. */
@ApplicationScoped
public class AuditService {

    static final int PAGE_SIZE = 50;
    static final int EXPORT_BATCH = 1000;

    private final AuditEvents events;

    AuditService(AuditEvents events) {
        this.events = events;
    }

    /** A page of events, newest first; {@code next} is the query for the following page, or null at the end. */
    public record Page(List<AuditEvent> events, AuditQuery next) {
    }

    @Transactional
    public Page page(Viewer viewer, AuditQuery query) {
        AuditScope scope = AuditScope.of(viewer);
        query.validate();
        List<AuditEvent> found = events.page(query, scope, PAGE_SIZE + 1);
        if (found.size() <= PAGE_SIZE) {
            return new Page(found, null);
        }
        List<AuditEvent> shown = found.subList(0, PAGE_SIZE);
        return new Page(List.copyOf(shown), query.after(shown.get(PAGE_SIZE - 1).id()));
    }

    /** Checks the viewer and the filters before an export starts streaming; returns whose events it holds. */
    public AuditScope exportScope(Viewer viewer, AuditQuery query) {
        AuditScope scope = AuditScope.of(viewer);
        query.validate();
        return scope;
    }

    /** The next batch of an export, each in its own short transaction, so a long export holds no lock. */
    @Transactional
    public List<AuditEvent> batch(AuditScope scope, AuditQuery query) {
        return events.page(query, scope, EXPORT_BATCH);
    }
}
