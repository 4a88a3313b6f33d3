package org.surgalt.library;

import jakarta.enterprise.context.ApplicationScoped;
import org.surgalt.identity.Role;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * Who does what in the shared library: every signed-in teacher reads, publishes, rates and
 * comments; a resource's author changes and withdraws it; master teachers (AUTHOR anywhere) and
 * site admins curate. A hidden resource does not exist for anyone else.
 */
@ApplicationScoped
public class LibraryAccess {

    public boolean canCurate(Viewer viewer) {
        return viewer.isAdmin() || viewer.hasAnywhere(Role.AUTHOR);
    }

    public boolean canSee(Viewer viewer, TeachingResource resource) {
        return !resource.isHidden() || isAuthor(viewer, resource) || canCurate(viewer);
    }

    public boolean isAuthor(Viewer viewer, TeachingResource resource) {
        return resource.authorId() == viewer.userId();
    }

    void requireAuthor(Viewer viewer, TeachingResource resource) {
        if (!isAuthor(viewer, resource)) {
            throw DomainException.forbidden("Only the resource's author changes or withdraws it.");
        }
    }

    void requireCurator(Viewer viewer) {
        if (!canCurate(viewer)) {
            throw DomainException.forbidden("Only master teachers and admins curate the library.");
        }
    }
}
