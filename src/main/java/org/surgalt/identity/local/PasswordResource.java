package org.surgalt.identity.local;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.DomainException.FieldError;
import org.surgalt.web.Layout;

/** Changing one's own password, and setting one through a reset link. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PasswordResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance change(boolean local, boolean done, List<FieldError> errors);

        static native TemplateInstance reset(String token, boolean usable, boolean done, List<FieldError> errors);
    }

    private final LocalAccountService accounts;
    private final PasswordResetService resets;
    private final CurrentUser currentUser;
    private final Layout layout;
    private final SecurityIdentity identity;

    PasswordResource(LocalAccountService accounts, PasswordResetService resets, CurrentUser currentUser,
            Layout layout, SecurityIdentity identity) {
        this.identity = identity;
        this.accounts = accounts;
        this.resets = resets;
        this.currentUser = currentUser;
        this.layout = layout;
    }

    @GET
    @Path("account/password")
    @Operation(summary = "The page to change one's password (HTML)")
    public TemplateInstance changeForm() {
        Viewer viewer = currentUser.require();
        return layout.apply(Templates.change(accounts.hasPassword(viewer.userId()), false, List.of()));
    }

    @POST
    @Path("account/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Change one's password (form)")
    public Response change(@FormParam("currentPassword") String current, @FormParam("newPassword") String newPassword,
            @FormParam("newPasswordAgain") String again) {
        Viewer viewer = currentUser.require();
        try {
            if (newPassword == null || !newPassword.equals(again)) {
                throw DomainException.invalid("newPasswordAgain", "does not match the new password");
            }
            accounts.changePassword(viewer.userId(), current, newPassword, identity.getPrincipal().getName());
            return page(200, Templates.change(true, true, List.of()));
        } catch (DomainException e) {
            return page(400, Templates.change(accounts.hasPassword(viewer.userId()), false, e.fieldErrors()));
        }
    }

    @GET
    @Path("password-reset/{token}")
    @Operation(summary = "The page a password reset link opens (HTML)")
    public TemplateInstance resetForm(@PathParam("token") String token) {
        return layout.apply(Templates.reset(token, resets.usable(token), false, List.of()));
    }

    @POST
    @Path("password-reset/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Set a new password with a reset link (form)")
    public Response reset(@PathParam("token") String token, @FormParam("newPassword") String newPassword,
            @FormParam("newPasswordAgain") String again) {
        try {
            if (newPassword == null || !newPassword.equals(again)) {
                throw DomainException.invalid("newPasswordAgain", "does not match the new password");
            }
            resets.reset(token, newPassword);
            return page(200, Templates.reset(token, false, true, List.of()));
        } catch (DomainException e) {
            return page(400, Templates.reset(token, resets.usable(token), false, e.fieldErrors()));
        }
    }

    private Response page(int status, TemplateInstance template) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(layout.apply(template).render()).build();
    }
}
