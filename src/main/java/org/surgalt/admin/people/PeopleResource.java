package org.surgalt.admin.people;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.PeopleDirectory;
import org.surgalt.identity.Role;
import org.surgalt.identity.User;
import org.surgalt.identity.UserAdminService;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.web.Layout;

/** The people page: search; each person's page is {@link PersonResource}. */
@Path("/admin/people")
@Produces(MediaType.TEXT_HTML)
public class PeopleResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance people(Search search, List<Row> rows, long total, int page, int pages,
                String previous, String next, List<DomainException.FieldError> errors, NewPerson newPerson,
                List<DomainException.FieldError> createErrors);

        static native TemplateInstance person(PersonPage page);
    }

    public record Search(String q, String institution) {
    }

    public record Row(long id, String displayName, String email, String institution, boolean disabled) {
    }

    /** The new-account form, shown to those who may make accounts ({@code show}); what was typed, never the password. */
    public record NewPerson(boolean show, String email, String displayName, String locale, String institution) {
        static NewPerson empty(Viewer viewer) {
            return new NewPerson(viewer.isAdmin() || viewer.hasAnywhere(Role.INSTITUTION_ADMIN), "", "", "mn", "");
        }
    }

    private final PeopleDirectory directory;
    private final CurrentUser currentUser;
    private final Layout layout;
    private final UserAdminService admin;

    PeopleResource(PeopleDirectory directory, CurrentUser currentUser, Layout layout, UserAdminService admin) {
        this.admin = admin;
        this.directory = directory;
        this.currentUser = currentUser;
        this.layout = layout;
    }

    @GET
    @Operation(summary = "The people page: search by the start of a name or email, in an institution (HTML)")
    public Response search(@QueryParam("q") String q, @QueryParam("institution") String institution,
            @QueryParam("page") @DefaultValue("1") int page) {
        Viewer viewer = currentUser.require();
        Search search = new Search(q == null ? "" : q, institution == null ? "" : institution);
        try {
            PeopleDirectory.Found found = directory.search(viewer, search.q(), search.institution(), page);
            List<Row> rows = found.people().stream().map(u -> new Row(u.id(), u.displayName(), u.email(),
                    u.institution() == null ? null : u.institution().name(), u.isDisabled())).toList();
            return layout.render(Response.Status.OK, Templates.people(search, rows, found.total(), found.page(), found.pages(),
                    found.page() > 1 ? link(search, found.page() - 1) : null,
                    found.page() < found.pages() ? link(search, found.page() + 1) : null, List.of(),
                    NewPerson.empty(viewer), List.of()));
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            return layout.render(Response.Status.BAD_REQUEST, Templates.people(search, List.of(), 0, 1, 1, null, null,
                    e.formErrors(), NewPerson.empty(viewer), List.of()));
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Make a local account (form); without a password the person is mailed a link to choose one")
    public Response create(@FormParam("email") String email, @FormParam("displayName") String displayName,
            @FormParam("locale") String locale, @FormParam("institution") String institution,
            @FormParam("password") String password) {
        Viewer viewer = currentUser.require();
        NewPerson typed = new NewPerson(true, orEmpty(email), orEmpty(displayName), locale == null ? "mn" : locale,
                orEmpty(institution));
        User user;
        try {
            user = admin.createLocal(viewer, typed.email(), typed.displayName(), typed.locale(), typed.institution(),
                    password);
        } catch (DomainException e) {
            List<DomainException.FieldError> errors = switch (e.kind()) {
                case INVALID -> e.formErrors();
                case CONFLICT -> DomainException.invalid("email", "is the address of another person").formErrors();
                default -> throw e;
            };
            return layout.render(Response.Status.BAD_REQUEST, Templates.people(new Search("", ""), List.of(), 0, 1, 1,
                    null, null, List.of(), typed, errors));
        }
        if (password == null || password.isEmpty()) {
            admin.sendPasswordReset(viewer, user.id());
        }
        return done(user.id(), "created");
    }

    static Response done(long id, String what) {
        return Response.seeOther(URI.create("/admin/people/" + id + "?done=" + what)).build();
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String link(Search search, int page) {
        return "/admin/people?q=" + encode(search.q()) + "&institution=" + encode(search.institution()) + "&page=" + page;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
