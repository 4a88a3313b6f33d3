package org.surgalt.lti;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.web.Layout;
import org.surgalt.web.security.SecurityHeaders;

/**
 * A person launches an LTI item: framed in a page of ours, or in a window of its own (browsers
 * that keep cookies from framed tools need the latter); the tool's login comes back to
 * /lti/authorize, which posts the id_token to the tool.
 */
@Path("/")
public class LtiLaunchResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance frame(String title, String courseCode, String launch);

        static native TemplateInstance post(LtiLaunchService.Post post, String lang);
    }

    private final LtiLaunchService launches;
    private final CurrentUser currentUser;
    private final Layout layout;

    LtiLaunchResource(LtiLaunchService launches, CurrentUser currentUser, Layout layout) {
        this.launches = launches;
        this.currentUser = currentUser;
        this.layout = layout;
    }

    @GET
    @Path("courses/{code}/items/{itemId}/lti")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "An LTI item's tool framed in a page (HTML), with a link to open it in its own window")
    public Response framed(@PathParam("code") String code, @PathParam("itemId") long itemId) {
        Viewer viewer = currentUser.require();
        LtiLaunchService.Framed framed = launches.framed(viewer, code, itemId);
        String launch = "/courses/" + code + "/items/" + itemId + "/lti/launch";
        return Response.ok(layout.apply(Templates.frame(framed.title(), code, launch)))
                .header("Content-Security-Policy", framing(framed.toolOrigin())).build();
    }

    @GET
    @Path("courses/{code}/items/{itemId}/lti/launch")
    @Operation(summary = "Start a launch of an LTI item: to the tool's OIDC login (third-party-initiated login)")
    public Response launch(@PathParam("code") String code, @PathParam("itemId") long itemId) {
        return toLogin(launches.start(currentUser.require(), code, itemId));
    }

    /** The browser to the tool's login, the launch's parameters in the query. */
    static Response toLogin(LtiLaunchService.Login login) {
        UriBuilder to = UriBuilder.fromUri(login.url());
        login.parameters().forEach((name, value) -> to.queryParam(name, "{" + name + "}"));
        return Response.seeOther(to.buildFromMap(login.parameters())).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("lti/authorize")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The tool's OIDC authentication request: answered with the id_token posted to the tool")
    public Response authorize(@QueryParam("scope") String scope, @QueryParam("response_type") String responseType,
            @QueryParam("response_mode") String responseMode, @QueryParam("prompt") String prompt,
            @QueryParam("client_id") String clientId, @QueryParam("redirect_uri") String redirectUri,
            @QueryParam("login_hint") String loginHint, @QueryParam("lti_message_hint") String messageHint,
            @QueryParam("state") String state, @QueryParam("nonce") String nonce) {
        LtiLaunchService.Post post = launches.authorize(currentUser.viewer(), new LtiLaunchService.AuthRequest(scope,
                responseType, responseMode, prompt, clientId, redirectUri, loginHint, messageHint, state, nonce));
        return Response.ok(layout.apply(Templates.post(post, layout.context().lang())))
                .header("Content-Security-Policy", posting(LtiToolService.origin(post.url())))
                .header("X-Frame-Options", "SAMEORIGIN").header("Cache-Control", "no-store").build();
    }

    // The site's policy, widened only where a launch needs it: framing the tool, posting to it,
    // being framed by our own page.
    private static String framing(String toolOrigin) {
        return SecurityHeaders.policyFraming(toolOrigin);
    }

    private static String posting(String toolOrigin) {
        return SecurityHeaders.policyFraming(toolOrigin).replace("form-action 'self'", "form-action 'self' " + toolOrigin)
                .replace("frame-ancestors 'none'", "frame-ancestors 'self'");
    }
}
