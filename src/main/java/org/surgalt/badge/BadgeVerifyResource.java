package org.surgalt.badge;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.DomainException.FieldError;
import org.surgalt.web.Language;
import org.surgalt.web.Layout;

/**
 * The public check of an Open Badges credential someone was given: a page with a form (no
 * sign-in, no JavaScript) and the same over the API.
 */
@Path("/verify")
public class BadgeVerifyResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance verify(String credential, BadgeVerifier.Result result, String outcome,
                List<FieldError> errors);
    }

    private final BadgeVerifier verifier;
    private final Layout layout;
    private final Language language;

    BadgeVerifyResource(BadgeVerifier verifier, Layout layout, Language language) {
        this.verifier = verifier;
        this.layout = layout;
        this.language = language;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Check an Open Badges credential: the form (public HTML page; no sign-in)")
    public Response form() {
        return page(200, "", null, List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Check an Open Badges credential pasted as its JWT, JSON or SVG (public form)")
    public Response check(@FormParam("credential") String credential) {
        String text = credential == null ? "" : credential;
        try {
            return page(200, text, verifier.verify(text), List.of());
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            return page(400, text, null, e.formErrors());
        }
    }

    static String message(BadgeMessages messages, BadgeVerifier.Result result) {
        return switch (result.outcome()) {
            case VALID -> messages.badge_outcome_valid();
            case REVOKED -> messages.badge_outcome_revoked();
            case TAMPERED -> messages.badge_outcome_tampered();
            case NOT_YET_VALID -> messages.badge_outcome_not_yet_valid();
            case EXPIRED -> messages.badge_outcome_expired();
        };
    }

    private Response page(int status, String credential, BadgeVerifier.Result result, List<FieldError> errors) {
        String outcome = result == null ? null : message(MessageBundles.get(BadgeMessages.class,
                Localized.Literal.of(language.code())), result);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("X-Robots-Tag", "noindex")
                .entity(layout.apply(Templates.verify(credential, result, outcome, errors)).render()).build();
    }
}
