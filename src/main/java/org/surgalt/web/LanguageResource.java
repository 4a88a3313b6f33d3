package org.surgalt.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.IdentityService;

/**
 * The language switch: a plain link, so it works without JavaScript. For a signed-in person the
 * choice is also stored as their language, which their mails and certificates follow.
 */
@Path("/language")
public class LanguageResource {

    private final CurrentUser currentUser;
    private final IdentityService identity;

    LanguageResource(CurrentUser currentUser, IdentityService identity) {
        this.currentUser = currentUser;
        this.identity = identity;
    }

    static String switchLink(String lang, String returnTo) {
        return "/language/" + lang + "?return=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8);
    }

    @GET
    @Path("/{lang}")
    @Operation(summary = "Choose the language of the pages and go back to where you were")
    public Response choose(@PathParam("lang") String lang, @QueryParam("return") String returnTo) {
        if (!Language.SUPPORTED.contains(lang)) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        currentUser.viewer().filter(viewer -> !viewer.locale().getLanguage().equals(lang))
                .ifPresent(viewer -> identity.chooseLocale(viewer.userId(), lang));
        NewCookie cookie = new NewCookie.Builder(Language.COOKIE).value(lang).path("/")
                .maxAge(365 * 24 * 3600).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(LocalPath.orHome(returnTo))).cookie(cookie).build();
    }
}
