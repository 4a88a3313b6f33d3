package org.surgalt.identity.session;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;

/** "Sign out everywhere": the person ends every session of theirs, this one included. */
@Path("/account/sessions")
public class AccountSessionsResource {

    private final SignInSessions sessions;
    private final CurrentUser currentUser;
    private final SecurityIdentity identity;

    AccountSessionsResource(SignInSessions sessions, CurrentUser currentUser, SecurityIdentity identity) {
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.identity = identity;
    }

    @POST
    @Path("revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Sign out everywhere (form): ends every session of the caller, this one included")
    public Response revokeAll() {
        Viewer viewer = currentUser.require();
        sessions.endAll(viewer.userId());
        FormAuthenticationMechanism.logout(identity);
        return Response.seeOther(URI.create("/login")).build();
    }
}
