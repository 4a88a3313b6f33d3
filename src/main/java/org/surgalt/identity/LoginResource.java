package org.surgalt.identity;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.session.SignInSessions;
import org.surgalt.identity.sso.SsoService;
import org.surgalt.identity.sso.SsoTenantResolver;
import org.surgalt.web.LocalPath;
import org.surgalt.web.Layout;

/**
 * Signing in and out. The page offers every institution's provider ("Sign in with ...") and the
 * local form, which posts to Quarkus form authentication ({@code /j_security_check}).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

    /** Where Quarkus form authentication sends people after signing in (its location cookie). */
    static final String LOCATION_COOKIE = "quarkus-redirect-location";
    /**
     * Set on a school node when a person's first sign-in there needed the national server and could not
     * reach it (node/client/people/NodeSignInProvider): the page says so instead of "wrong password".
     */
    public static final String FIRST_SIGN_IN_COOKIE = "surgalt-first-sign-in";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(List<SsoService.ProviderButton> providers, boolean failed,
                boolean linkNeeded, String returnTo);

        static native TemplateInstance unreachable(String provider);
    }

    private final SsoService sso;
    private final Layout layout;
    private final SecurityIdentity identity;
    private final SignInSessions sessions;

    LoginResource(SsoService sso, Layout layout, SecurityIdentity identity, SignInSessions sessions) {
        this.sessions = sessions;
        this.sso = sso;
        this.layout = layout;
        this.identity = identity;
    }

    @GET
    @Path("login")
    @Operation(summary = "The sign-in page (HTML); ?institution=code goes straight to that institution's provider")
    public Response login(@QueryParam("error") String error, @QueryParam("return") String returnTo,
            @QueryParam("institution") String institution,
            @CookieParam(FIRST_SIGN_IN_COOKIE) String firstSignIn, @Context HttpServerRequest request) {
        String target = LocalPath.afterSignIn(returnTo);
        if (institution != null && !institution.isBlank()) {
            return Response.seeOther(URI.create("/login/sso/" + institution.strip() + "?return="
                    + java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8))).build();
        }
        Response.ResponseBuilder response = Response.ok(
                layout.apply(Templates.login(sso.buttons(), error != null, error != null && "link".equals(firstSignIn),
                        java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8))).render(),
                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        if (firstSignIn != null) {
            // Said once: the next failure, of whatever kind, is not taken for a dead link.
            response.cookie(new NewCookie.Builder(FIRST_SIGN_IN_COOKIE).value("").path("/login").maxAge(0)
                    .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build());
        }
        if (returnTo != null) {
            // Quarkus takes this cookie only as an absolute URL of the same scheme, host and port as
            // the form post (it refuses the sign-in otherwise), so the path is resolved against this request.
            String location = URI.create(request.absoluteURI()).resolve(target).toString();
            response.cookie(new NewCookie.Builder(LOCATION_COOKIE).value(location).path("/").httpOnly(true)
                    .sameSite(NewCookie.SameSite.LAX).build());
        }
        return response.build();
    }

    /** Checks that the provider answers before sending the browser there, to fail with a clear page. */
    @GET
    @Path("login/sso/{code}")
    @Operation(summary = "Start signing in with an institution's provider")
    public Response startSso(@PathParam("code") String code, @QueryParam("return") String returnTo) {
        SsoService.ProviderButton provider = sso.button(code);
        if (!sso.reachable(code)) {
            return Response.status(503).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(layout.apply(Templates.unreachable(provider.displayName())).render()).build();
        }
        return Response.seeOther(URI.create("/sso/" + provider.code() + "?return="
                + java.net.URLEncoder.encode(LocalPath.afterSignIn(returnTo),
                        java.nio.charset.StandardCharsets.UTF_8))).build();
    }

    /** Reached once the provider has signed the person in (the OIDC code flow protects /sso/*). */
    @GET
    @Path("sso/{code}")
    @Operation(summary = "Where the institution's provider returns after signing in")
    public Response ssoDone(@QueryParam("return") String returnTo) {
        return Response.seeOther(URI.create(LocalPath.afterSignIn(returnTo))).build();
    }

    @POST
    @Path("logout")
    @Operation(summary = "Sign out (also at the institution's provider for people who came from it)")
    public Response logout() {
        if (identity.getPrincipal() instanceof JsonWebToken) {
            // Quarkus OIDC ends the session here and at the provider (RP-initiated logout).
            return Response.seeOther(URI.create(SsoTenantResolver.LOGOUT_PATH)).build();
        }
        if (!identity.isAnonymous()) {
            // The cookie names the session (LocalIdentityProvider): ended here, it is refused on
            // every instance, even if someone kept a copy of the cookie.
            sessions.end(identity.getPrincipal().getName());
            FormAuthenticationMechanism.logout(identity);
        }
        return Response.seeOther(URI.create("/")).build();
    }
}
