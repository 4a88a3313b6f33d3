package org.surgalt.identity;

import jakarta.enterprise.context.ApplicationScoped;
import org.surgalt.platform.DomainException;

/**
 * Who may do what to an institution, in one place. Site admins: everything (create, edit, retire,
 * merge, import). An institution admin: sees their own institution and renames it (its code, kind
 * and place are the programme's records: only site admins change them). Nobody else.
 */
@ApplicationScoped
public class InstitutionAccess {

    public boolean mayManage(Viewer viewer) {
        return viewer.isAdmin();
    }

    public boolean mayRename(Viewer viewer, Institution institution) {
        return viewer.isAdmin() || viewer.hasInInstitution(Role.INSTITUTION_ADMIN, institution.id());
    }

    /** The institutions page: site admins and institution admins (who see their own only). */
    public boolean maySeeList(Viewer viewer) {
        return viewer.isAdmin() || viewer.hasAnywhere(Role.INSTITUTION_ADMIN);
    }

    public void requireManage(Viewer viewer) {
        if (!mayManage(viewer)) {
            throw DomainException.forbidden("Only site admins manage institutions.");
        }
    }

    /** Seeing or renaming one institution; a stranger learns nothing of it (404). */
    public void requireRename(Viewer viewer, Institution institution) {
        if (!mayRename(viewer, institution)) {
            if (maySeeList(viewer)) {
                throw DomainException.notFound("institution", institution.id());
            }
            throw DomainException.forbidden("Only site admins manage institutions.");
        }
    }

    public void requireSeeList(Viewer viewer) {
        if (!maySeeList(viewer)) {
            throw DomainException.forbidden("Only site admins manage institutions.");
        }
    }
}
