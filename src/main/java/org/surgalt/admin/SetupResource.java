package org.surgalt.admin;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.DomainException.FieldError;

/**
 * The first start's one-time link (printed in the log, see {@link SetupLink}): a form that creates
 * the site administrator. Once the site has one, every link answers 404 with a page saying so.
 */
@Path("/setup/{token}")
@Produces(MediaType.TEXT_HTML)
public class SetupResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance setup(Form form, List<FieldError> errors);

        static native TemplateInstance done();
    }

    /** The form as typed, passwords left out. */
    public record Form(String token, String email, String name, String locale) {
    }

    private final SetupService setup;
    private final AdminPages pages;

    SetupResource(SetupService setup, AdminPages pages) {
        this.setup = setup;
        this.pages = pages;
    }

    @GET
    @Operation(summary = "The first start's form creating the site administrator (HTML; 404 once set up)")
    public Response form(@PathParam("token") String token) {
        Response closed = closed(token);
        if (closed != null) {
            return closed;
        }
        return html(200, Templates.setup(new Form(token, "", "", "mn"), List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Create the site administrator (form); then sign in")
    public Response create(@PathParam("token") String token, @FormParam("email") String email,
            @FormParam("name") String name, @FormParam("locale") String locale,
            @FormParam("newPassword") String password, @FormParam("newPasswordAgain") String again) {
        Response closed = closed(token);
        if (closed != null) {
            return closed;
        }
        Form form = new Form(token, email == null ? "" : email, name == null ? "" : name,
                "en".equals(locale) ? "en" : "mn");
        try {
            setup.complete(token, new SetupService.NewAdmin(form.email(), form.name(), form.locale(), password, again));
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                return html(404, Templates.done());
            }
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            return html(400, Templates.setup(form, e.formErrors()));
        }
        return Response.seeOther(URI.create("/login")).build();
    }

    /** The "already set up" page (404) when the link cannot be used, else null. */
    private Response closed(String token) {
        try {
            setup.requireOpen(token);
            return null;
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            return html(404, Templates.done());
        }
    }

    /**
     * The token is in the address: not kept by caches, and never sent to another site as a referrer.
     * "same-origin", not "no-referrer": with no referrer at all Chromium posts the form with
     * {@code Origin: null}, which the CSRF check rightly refuses (found by AdminFirstStartJourneyIT).
     */
    private Response html(int status, TemplateInstance page) {
        Response response = pages.html(status, page);
        response.getHeaders().putSingle("Cache-Control", "no-store");
        response.getHeaders().putSingle("Referrer-Policy", "same-origin");
        return response;
    }
}
