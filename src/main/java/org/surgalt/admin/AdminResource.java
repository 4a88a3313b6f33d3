package org.surgalt.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/** The administration start page: the admin pages the viewer may use ({@link AdminLinks}). */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
public class AdminResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<Entry> links);
    }

    public record Entry(String href, String title, String help) {
    }

    private final AdminLinks links;
    private final CurrentUser currentUser;
    private final AdminPages pages;

    AdminResource(AdminLinks links, CurrentUser currentUser, AdminPages pages) {
        this.links = links;
        this.currentUser = currentUser;
        this.pages = pages;
    }

    @GET
    @Operation(summary = "The administration start page (HTML): links to the admin pages the viewer may use")
    public Response home() {
        Viewer viewer = currentUser.require();
        List<AdminLinks.Link> mine = links.of(viewer);
        if (mine.isEmpty()) {
            throw DomainException.forbidden("Only site and institution admins have administration pages.");
        }
        AdminMessages text = pages.text();
        return pages.html(200, Templates.home(mine.stream().map(link -> entry(link, text)).toList()));
    }

    private static Entry entry(AdminLinks.Link link, AdminMessages text) {
        return switch (link.id()) {
            case "institutions" -> new Entry(link.href(), text.admin_link_institutions(),
                    text.admin_link_institutions_help());
            case "people" -> new Entry(link.href(), text.admin_link_people(), text.admin_link_people_help());
            case "providers" -> new Entry(link.href(), text.admin_link_providers(), text.admin_link_providers_help());
            case "clients" -> new Entry(link.href(), text.admin_link_clients(), text.admin_link_clients_help());
            case "nodes" -> new Entry(link.href(), text.admin_link_nodes(), text.admin_link_nodes_help());
            case "bundles" -> new Entry(link.href(), text.admin_link_bundles(), text.admin_link_bundles_help());
            case "nodeStatus" -> new Entry(link.href(), text.admin_link_node_status(), text.admin_link_node_status_help());
            default -> new Entry(link.href(), text.admin_link_audit(), text.admin_link_audit_help());
        };
    }
}
