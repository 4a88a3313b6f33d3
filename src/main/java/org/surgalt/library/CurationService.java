package org.surgalt.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.surgalt.identity.AuditLog;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/** Master teachers and admins feature resources and hide the ones that break the rules, with the reason audited. */
@ApplicationScoped
public class CurationService {

    private final LibraryService library;
    private final LibraryAccess access;
    private final AuditLog audit;

    CurationService(LibraryService library, LibraryAccess access, AuditLog audit) {
        this.library = library;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public TeachingResource feature(Viewer viewer, long resourceId, boolean featured) {
        access.requireCurator(viewer);
        TeachingResource resource = library.visible(viewer, resourceId);
        boolean before = resource.featured();
        resource.feature(featured);
        audit.record(AuditLog.by(viewer, featured ? "library_resource.feature" : "library_resource.unfeature")
                .object("library_resource", resource.id()).person(resource.authorId())
                .before(Map.of("featured", before)).after(Map.of("featured", featured)));
        return resource;
    }

    /** {@code hidden} false shows a hidden resource again; either way the reason is kept in the audit log. */
    @Transactional
    public TeachingResource hide(Viewer viewer, long resourceId, String reason, boolean hidden) {
        access.requireCurator(viewer);
        TeachingResource resource = library.visible(viewer, resourceId);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > 500) {
            throw DomainException.invalid("reason", "is required, at most 500 characters");
        }
        String before = resource.hiddenReason();
        if (hidden) {
            resource.hide(text);
        } else {
            resource.show();
        }
        audit.record(AuditLog.by(viewer, hidden ? "library_resource.hide" : "library_resource.unhide")
                .object("library_resource", resource.id()).person(resource.authorId())
                .before(java.util.Collections.singletonMap("hidden", before))
                .after(java.util.Collections.singletonMap("hidden", resource.hiddenReason())).detail(text));
        return resource;
    }
}
