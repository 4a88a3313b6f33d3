package org.surgalt.progress.certificate;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.web.Language;
import org.surgalt.web.Layout;

/**
 * The public page a certificate's QR code opens: valid, or revoked with when and why; for an
 * unknown code a 404 that says only that.
 */
@Path("/verify/{certificate}")
public class VerifyResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance verify(CertificateView certificate);
    }

    private final CertificateService certificates;
    private final Layout layout;
    private final Language language;

    VerifyResource(CertificateService certificates, Layout layout, Language language) {
        this.certificates = certificates;
        this.layout = layout;
        this.language = language;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Whether a certificate is valid (public HTML page; no sign-in)")
    public Response verify(@PathParam("certificate") String code) {
        CertificateView view = certificates.verify(code).map(found -> CertificateView.of(found, language.code()))
                .orElse(null);
        return Response.status(view == null ? 404 : 200).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("X-Robots-Tag", "noindex")
                .entity(layout.apply(Templates.verify(view)).render()).build();
    }
}
