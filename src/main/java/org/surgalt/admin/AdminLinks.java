package org.surgalt.admin;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.surgalt.identity.InstitutionAccess;
import org.surgalt.identity.Role;
import org.surgalt.identity.Viewer;

/**
 * The administration pages and who sees a link to each: the one list the admin home renders. A page
 * joins in one line here. Pages other parts of issue 21 build are listed behind a flag that is true
 * once their route exists on this branch (the lead turns them on when merging), so that no link
 * leads nowhere.
 */
@ApplicationScoped
public class AdminLinks {

    /** Whether each page's route exists in this build. */
    static final boolean PEOPLE_PAGE = false;
    static final boolean ROLES_PAGE = false;
    static final boolean PROVIDERS_PAGE = false;
    static final boolean AUDIT_PAGE = false;

    /** One page: a message key stem ({@code admin_link_<id>} and {@code admin_link_<id>_help}) and its address. */
    public record Link(String id, String href) {
    }

    private final InstitutionAccess institutions;

    AdminLinks(InstitutionAccess institutions) {
        this.institutions = institutions;
    }

    public List<Link> of(Viewer viewer) {
        boolean institutionAdmin = viewer.isAdmin() || viewer.hasAnywhere(Role.INSTITUTION_ADMIN);
        List<Link> links = new ArrayList<>();
        add(links, "institutions", "/admin/institutions", true, institutions.maySeeList(viewer));
        add(links, "people", "/admin/people", PEOPLE_PAGE, institutionAdmin);
        add(links, "roles", "/admin/roles", ROLES_PAGE, institutionAdmin);
        add(links, "providers", "/admin/identity-providers", PROVIDERS_PAGE, institutionAdmin);
        add(links, "clients", "/admin/xapi-clients", true, viewer.isAdmin());
        add(links, "audit", "/admin/audit", AUDIT_PAGE, viewer.isAdmin());
        return links;
    }

    /** The header's "Administration" link: shown to whoever has a page here (site and institution admins). */
    public static boolean showsAdministration(Viewer viewer) {
        return viewer.isAdmin() || viewer.hasAnywhere(Role.INSTITUTION_ADMIN);
    }

    private static void add(List<Link> links, String id, String href, boolean exists, boolean allowed) {
        if (exists && allowed) {
            links.add(new Link(id, href));
        }
    }
}
