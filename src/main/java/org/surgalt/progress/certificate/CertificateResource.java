package org.surgalt.progress.certificate;

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
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.DomainException.FieldError;
import org.surgalt.web.Language;
import org.surgalt.web.Layout;

/** The learner's certificates, one certificate's page (with the revoke form for coordinators) and its PDF. */
@Path("/certificates")
public class CertificateResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<CertificateView> certificates);

        static native TemplateInstance details(CertificateView certificate, boolean own, boolean canRevoke,
                String reason, List<FieldError> errors);
    }

    private final CertificateService certificates;
    private final CurrentUser currentUser;
    private final Layout layout;
    private final Language language;

    CertificateResource(CertificateService certificates, CurrentUser currentUser, Layout layout, Language language) {
        this.certificates = certificates;
        this.currentUser = currentUser;
        this.layout = layout;
        this.language = language;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The signed-in learner's certificates with download links (HTML)")
    public TemplateInstance list() {
        Viewer viewer = currentUser.require();
        String lang = language.code();
        List<CertificateView> mine = certificates.mine(viewer).stream()
                .map(found -> CertificateView.of(found, lang)).toList();
        return layout.apply(Templates.list(mine));
    }

    @GET
    @Path("{certificate}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "A certificate (its learner, or coordinators and admins, who may revoke it) (HTML)")
    public Response details(@PathParam("certificate") String code) {
        return page(200, currentUser.require(), code, "", List.of());
    }

    @GET
    @Path("{certificate}.pdf")
    // No @Produces: a link followed by a browser that asks for text/html only still gets the file.
    @Operation(summary = "The certificate as a PDF, in the learner's language (its learner, coordinators, admins)")
    public Response pdf(@PathParam("certificate") String code) {
        CertificateService.Pdf pdf = certificates.pdf(currentUser.require(), code);
        return Response.ok(pdf.bytes(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + pdf.filename() + "\"")
                .header("Cache-Control", "private, no-store").build();
    }

    @POST
    @Path("{certificate}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Revoke a certificate with a reason (form; coordinators and admins)")
    public Response revoke(@PathParam("certificate") String code, @FormParam("reason") String reason) {
        Viewer viewer = currentUser.require();
        try {
            CertificateService.Found revoked = certificates.revoke(viewer, code, reason);
            return Response.seeOther(URI.create("/certificates/" + revoked.certificate().code())).build();
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
                throw e;
            }
            return page(e.kind().status, viewer, code, reason == null ? "" : reason, e.formErrors());
        }
    }

    private Response page(int status, Viewer viewer, String code, String reason, List<FieldError> errors) {
        CertificateService.Found found = certificates.readable(viewer, code);
        boolean canRevoke = !found.certificate().isRevoked() && certificates.canManage(viewer, code);
        TemplateInstance page = Templates.details(CertificateView.of(found, language.code()),
                found.certificate().userId() == viewer.userId(), canRevoke, reason, errors);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(layout.apply(page).render()).build();
    }
}
