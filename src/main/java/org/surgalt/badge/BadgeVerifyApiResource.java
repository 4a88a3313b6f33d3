package org.surgalt.badge;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.surgalt.platform.DomainException;
import org.surgalt.web.Language;

/** The public check of an Open Badges credential over the API; bad input is application/problem+json. */
@Path("/api/badges/verify")
public class BadgeVerifyApiResource {

    /** Status valid, revoked, tampered, not_yet_valid or expired, and what it means in the reader's language. */
    public record Answer(String status, String message, String name, String issuer, String validFrom) {
    }

    private final BadgeVerifier verifier;
    private final Language language;

    BadgeVerifyApiResource(BadgeVerifier verifier, Language language) {
        this.verifier = verifier;
        this.language = language;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Open Badges")
    @Operation(summary = "Check an Open Badges credential (public): the body is the credential JSON, "
            + "or {\"credential\": its JWT, JSON or SVG}")
    public Answer checkApi(JsonNode body) {
        String text;
        if (body != null && body.has("@context")) {
            text = body.toString();
        } else if (body != null && body.path("credential").isTextual()) {
            text = body.path("credential").asText();
        } else if (body != null && body.path("credential").isObject()) {
            text = body.path("credential").toString();
        } else {
            throw DomainException.invalid("credential", "must be a credential: its JSON, its JWT or its SVG image");
        }
        BadgeVerifier.Result result = verifier.verify(text);
        BadgeMessages messages = MessageBundles.get(BadgeMessages.class,
                Localized.Literal.of(language.apiLocale().getLanguage()));
        return new Answer(result.outcome().name().toLowerCase(java.util.Locale.ROOT), BadgeVerifyResource.message(messages, result),
                result.name(), result.issuer(), result.validFrom());
    }

}
