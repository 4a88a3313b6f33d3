package org.surgalt.admin;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.surgalt.identity.InstitutionAccess;
import org.surgalt.identity.Role;
import org.surgalt.identity.Viewer;
import org.surgalt.node.client.NodeClientConfig;

/**
 * The administration pages and who sees a link to each: the one list the admin home renders. A page
 * joins in one line here, with the rule that lets the viewer open it.
 */
@ApplicationScoped
public class AdminLinks {

    /** One page: a message key stem ({@code admin_link_<id>} and {@code admin_link_<id>_help}) and its address. */
    public record Link(String id, String href) {
    }

    private final InstitutionAccess institutions;
    private final NodeClientConfig node;

    AdminLinks(InstitutionAccess institutions, NodeClientConfig node) {
        this.institutions = institutions;
        this.node = node;
    }

    public List<Link> of(Viewer viewer) {
        boolean institutionAdmin = viewer.isAdmin() || viewer.hasAnywhere(Role.INSTITUTION_ADMIN);
        List<Link> links = new ArrayList<>();
        add(links, "institutions", "/admin/institutions", institutions.maySeeList(viewer));
        // Roles are granted on each person's page.
        add(links, "people", "/admin/people", institutionAdmin);
        add(links, "providers", "/admin/identity-providers", institutionAdmin);
        add(links, "clients", "/admin/xapi-clients", viewer.isAdmin());
        // The registry of nodes is the national server's; a school node has its own status page instead.
        add(links, "nodes", "/admin/nodes", viewer.isAdmin() && !node.isNode());
        add(links, "nodeStatus", "/node/status", viewer.isAdmin() && node.isNode());
        add(links, "audit", "/admin/audit", institutionAdmin);
        add(links, "bundles", "/admin/bundles", viewer.isAdmin());
        return links;
    }

    /** The header's "Administration" link: shown to whoever has a page here (site and institution admins). */
    public static boolean showsAdministration(Viewer viewer) {
        return viewer.isAdmin() || viewer.hasAnywhere(Role.INSTITUTION_ADMIN);
    }

    private static void add(List<Link> links, String id, String href, boolean allowed) {
        if (allowed) {
            links.add(new Link(id, href));
        }
    }
}
