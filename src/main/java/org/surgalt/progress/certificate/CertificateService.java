package org.surgalt.progress.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.surgalt.cohort.CohortAccess;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.User;
import org.surgalt.identity.Viewer;
import org.surgalt.notification.NotificationConfig;
import org.surgalt.platform.DomainException;

/**
 * Certificates after issue: the public verification, the learner's copies, and revocation by
 * the people who answer for the learner's training (site admins; coordinators of the whole site,
 * of the learner's institution, or of a cohort the learner is in).
 */
@ApplicationScoped
public class CertificateService {

    /** A certificate with the verification address its QR code points to. */
    public record Found(Certificate certificate, String verifyUrl) {
    }

    /** The PDF and the name it is saved under. */
    public record Pdf(byte[] bytes, String filename) {
    }

    private final CertificateRepository certificates;
    private final IdentityService identity;
    private final NotificationConfig links;
    private final CohortAccess cohorts;
    private final org.surgalt.identity.AuditLog audit;

    CertificateService(CertificateRepository certificates, IdentityService identity, NotificationConfig links,
            CohortAccess cohorts, org.surgalt.identity.AuditLog audit) {
        this.audit = audit;
        this.cohorts = cohorts;
        this.certificates = certificates;
        this.identity = identity;
        this.links = links;
    }

    /**
     * For anyone, signed in or not. An unknown code and a malformed one take the same way (one
     * look-up) and give the same answer, so answers tell nothing about which codes exist.
     */
    @Transactional
    public Optional<Found> verify(String code) {
        return certificates.findByCode(CertificateCode.normalize(code)).map(this::found);
    }

    /** The learner's own certificate, or one a coordinator or admin answers for; 404 for an unknown code. */
    @Transactional
    public Found readable(Viewer viewer, String code) {
        Certificate certificate = known(code);
        if (certificate.userId() != viewer.userId() && !canManage(viewer, certificate)) {
            throw DomainException.forbidden("This certificate is its learner's, and their coordinators'.");
        }
        return found(certificate);
    }

    @Transactional
    public boolean canManage(Viewer viewer, String code) {
        return canManage(viewer, known(code));
    }

    /** The PDF in the learner's language (whoever downloads it); a revoked certificate has none. */
    @Transactional
    public Pdf pdf(Viewer viewer, String code) {
        Found found = readable(viewer, code);
        Certificate certificate = found.certificate();
        if (certificate.isRevoked()) {
            throw DomainException.conflict("This certificate was revoked; it cannot be downloaded.");
        }
        String lang = identity.findUser(certificate.userId()).map(User::locale).map(java.util.Locale::getLanguage)
                .filter(User.LOCALES::contains).orElse("mn");
        return new Pdf(CertificatePdf.render(certificate, lang, found.verifyUrl()),
                "certificate-" + certificate.code() + ".pdf");
    }

    @Transactional
    public List<Found> mine(Viewer viewer) {
        return certificates.ofLearner(viewer.userId()).stream().map(this::found).toList();
    }

    /** The code of the viewer's certificate for a course, for a download link; empty when there is none or it was revoked. */
    @Transactional
    public Optional<String> codeFor(long userId, long courseId) {
        return certificates.of(userId, courseId).filter(certificate -> !certificate.isRevoked())
                .map(Certificate::code);
    }

    /**
     * Ids of the certificates in [from, to) that stand (issued, not revoked): an Open Badges status
     * list sets every other bit, so a revoked certificate, and one deleted with its course or
     * learner, fails verification. Read from the rows revocation writes, so a revocation's bit is
     * set in its own transaction.
     */
    @Transactional
    public List<Long> standingIds(long from, long to) {
        return certificates.standingIds(from, to);
    }

    @Transactional
    public Found revoke(Viewer viewer, String code, String reason) {
        Certificate certificate = known(code);
        if (!canManage(viewer, certificate)) {
            throw DomainException.forbidden("Only admins and the learner's coordinators revoke certificates.");
        }
        boolean wasRevoked = certificate.isRevoked();
        certificate.revoke(viewer.userId(), reason, Instant.now());
        if (!wasRevoked && certificate.isRevoked()) {
            audit.record(org.surgalt.identity.AuditLog.by(viewer, "certificate.revoke")
                    .object("certificate", certificate.code()).person(certificate.userId())
                    .before(java.util.Map.of("revoked", false))
                    .after(java.util.Map.of("revoked", true, "reason", certificate.revokeReason() == null ? ""
                            : certificate.revokeReason())));
        }
        return found(certificate);
    }

    private Certificate known(String code) {
        return certificates.findByCode(CertificateCode.normalize(code))
                .orElseThrow(() -> DomainException.notFound("certificate with the code", code));
    }

    private boolean canManage(Viewer viewer, Certificate certificate) {
        return viewer.isAdmin() || cohorts.coordinatesLearner(viewer, certificate.userId());
    }

    private Found found(Certificate certificate) {
        return new Found(certificate, links.baseUrl() + "/verify/" + certificate.code());
    }
}
