package org.surgalt.badge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.User;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.progress.certificate.Certificate;
import org.surgalt.progress.certificate.CertificateService;

/**
 * A certificate's Open Badges credential for whoever may read the certificate (its learner, their
 * coordinators, admins: {@link CertificateService#readable}); a revoked certificate has none to
 * download, as it has no PDF.
 */
@ApplicationScoped
public class BadgeService {

    /** The credential in its three forms, and the name files are saved under. */
    public record Download(OpenBadgeCredentials.Issued issued, byte[] svg, String filename) {

        public byte[] png() {
            return BakedPng.bake(issued.jwt());
        }
    }

    private final CertificateService certificates;
    private final IdentityService identity;
    private final OpenBadgeCredentials credentials;

    BadgeService(CertificateService certificates, IdentityService identity, OpenBadgeCredentials credentials) {
        this.certificates = certificates;
        this.identity = identity;
        this.credentials = credentials;
    }

    @Transactional
    public Download download(Viewer viewer, String code) {
        Certificate certificate = certificates.readable(viewer, code).certificate();
        if (certificate.isRevoked()) {
            throw DomainException.conflict("This certificate was revoked; it cannot be downloaded.");
        }
        String email = identity.findUser(certificate.userId()).map(User::email)
                .orElseThrow(() -> DomainException.notFound("certificate with the code", code));
        OpenBadgeCredentials.Issued issued = credentials.issue(certificate, email);
        byte[] svg = BakedSvg.bake(issued.jwt(), issued.credential().path("name").asText(),
                issued.credential().path("issuer").path("name").asText());
        return new Download(issued, svg, "badge-" + certificate.code());
    }
}
