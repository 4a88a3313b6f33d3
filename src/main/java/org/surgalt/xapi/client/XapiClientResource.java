package org.surgalt.xapi.client;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Institution;
import org.surgalt.identity.InstitutionRepository;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.web.Layout;

/** The site admins' page of LRS clients: the list, a new client (its secret shown once), disabling. */
@Path("/admin/xapi-clients")
@Produces(MediaType.TEXT_HTML)
public class XapiClientResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance clients(List<Row> clients, ClientForm form, XapiClientService.Created created,
                String endpoint, List<DomainException.FieldError> errors);
    }

    public record Row(long id, String name, String key, String institution, boolean read, boolean write,
            boolean disabled) {
    }

    public record ClientForm(String name, String institution, boolean read, boolean write) {
    }

    private final XapiClientService service;
    private final CurrentUser currentUser;
    private final Layout layout;
    private final InstitutionRepository institutions;

    XapiClientResource(XapiClientService service, CurrentUser currentUser, Layout layout,
            InstitutionRepository institutions) {
        this.service = service;
        this.currentUser = currentUser;
        this.layout = layout;
        this.institutions = institutions;
    }

    @GET
    @Operation(summary = "The LRS clients page (HTML)")
    public TemplateInstance page() {
        return layout.apply(Templates.clients(rows(currentUser.require()), new ClientForm("", "", true, true), null,
                "/xapi/", List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Create an LRS client (form); the page shows its secret this once")
    public Response create(@FormParam("name") String name, @FormParam("institution") String institution,
            @FormParam("read") String read, @FormParam("write") String write) {
        Viewer viewer = currentUser.require();
        ClientForm form = new ClientForm(name == null ? "" : name, institution == null ? "" : institution, read != null,
                write != null);
        try {
            XapiClientService.Created created = service.create(viewer, form.name(), form.institution(), form.read(),
                    form.write());
            // The secret is in this response only: no redirect, so it is never in a URL or a later page.
            return layout.render(Response.Status.OK, Templates.clients(rows(viewer), new ClientForm("", "", true, true), created,
                    "/xapi/", List.of()));
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            return layout.render(Response.Status.BAD_REQUEST, Templates.clients(rows(viewer), form, null, "/xapi/",
                    e.formErrors()));
        }
    }

    @POST
    @Path("/{clientId}/disable")
    @Operation(summary = "Disable an LRS client (form)")
    public Response disable(@PathParam("clientId") long id) {
        service.disable(currentUser.require(), id);
        return Response.seeOther(URI.create("/admin/xapi-clients")).build();
    }


    private List<Row> rows(Viewer viewer) {
        List<XapiClient> clients = service.all(viewer);
        Map<Long, String> codes = institutions.listAll().stream()
                .collect(Collectors.toMap(Institution::id, Institution::code));
        return clients.stream().map(c -> new Row(c.id(), c.name(), c.key(),
                c.institutionId() == null ? null : codes.get(c.institutionId()), c.canRead(), c.canWrite(),
                c.disabled())).toList();
    }
}
