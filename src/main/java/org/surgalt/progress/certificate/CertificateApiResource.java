package org.surgalt.progress.certificate;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.surgalt.identity.CurrentUser;
import org.surgalt.platform.DomainException;
import org.surgalt.progress.certificate.CertificateView.Verification;

/** Certificate verification (public) and revocation (coordinators, admins) over the API. */
@Path("/api/certificates/{certificate}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates")
public class CertificateApiResource {

    /** {@code reason}: said on the public verification page. */
    public record Revocation(String reason) {
    }

    private final CertificateService certificates;
    private final CurrentUser currentUser;

    CertificateApiResource(CertificateService certificates, CurrentUser currentUser) {
        this.certificates = certificates;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "Whether a certificate is valid, and what it states (public; no sign-in)")
    public Verification get(@PathParam("certificate") String code) {
        return certificates.verify(code).map(Verification::of)
                .orElseThrow(() -> DomainException.notFound("certificate with the code", code));
    }

    @POST
    @Path("revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke a certificate, saying why (the learner's coordinators, admins); final")
    public Verification revoke(@PathParam("certificate") String code, Revocation body) {
        return Verification.of(certificates.revoke(currentUser.require(), code,
                body == null ? null : body.reason()));
    }
}
