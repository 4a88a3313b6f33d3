package org.surgalt.scorm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.web.Language;
import org.surgalt.web.Layout;

/** The settings page of a package item: attempts, which attempt counts, in the page or a new window. */
@Path("/author/packages/{code}/{itemId}")
@Produces(MediaType.TEXT_HTML)
public class PackageSettingsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(String code, long itemId, String title, SettingsForm form,
                List<DomainException.FieldError> errors, boolean saved);
    }

    /** The form as typed. */
    public record SettingsForm(long version, String maxAttempts, String grading, boolean newWindow) {
    }

    private final PackageSettingsService settings;
    private final CurrentUser currentUser;
    private final Layout layout;
    private final Language language;

    PackageSettingsResource(PackageSettingsService settings, CurrentUser currentUser, Layout layout,
            Language language) {
        this.settings = settings;
        this.currentUser = currentUser;
        this.layout = layout;
        this.language = language;
    }

    @GET
    @Operation(summary = "A package item's settings form (HTML)")
    public TemplateInstance form(@PathParam("code") String code, @PathParam("itemId") long itemId,
            @QueryParam("saved") boolean saved) {
        PackageSettingsService.SettingsView current = settings.settings(currentUser.require(), code, itemId,
                language.locale());
        SettingsForm form = new SettingsForm(current.version(),
                current.maxAttempts() == null ? "" : current.maxAttempts().toString(), current.grading(),
                current.newWindow());
        return layout.apply(Templates.settings(code, itemId, current.title(), form, List.of(), saved));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Save a package item's settings (form)")
    public Response save(@PathParam("code") String code, @PathParam("itemId") long itemId,
            @FormParam("version") long version, @FormParam("maxAttempts") String maxAttempts,
            @FormParam("grading") String grading, @FormParam("newWindow") String newWindow) {
        Viewer viewer = currentUser.require();
        SettingsForm form = new SettingsForm(version, maxAttempts == null ? "" : maxAttempts, grading,
                newWindow != null);
        try {
            settings.save(viewer, code, itemId, version, whole(maxAttempts), grading(grading), newWindow != null);
            return Response.seeOther(URI.create("/author/packages/" + code + "/" + itemId + "?saved=true")).build();
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
                throw e;
            }
            PackageSettingsService.SettingsView current = settings.settings(viewer, code, itemId, language.locale());
            List<DomainException.FieldError> errors = e.formErrors();
            return Response.status(e.kind().status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(layout.apply(Templates.settings(code, itemId, current.title(), form, errors, false))
                            .render())
                    .build();
        }
    }

    private static Integer whole(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("maxAttempts", "must be a whole number from 1 to 100, or empty for no limit");
        }
    }

    private static PackageSettings.Grading grading(String value) {
        try {
            return PackageSettings.Grading.valueOf(value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("grading", "must be highest or last");
        }
    }
}
