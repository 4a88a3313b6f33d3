package org.surgalt.progress.certificate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.surgalt.identity.CurrentUser;

/**
 * For other features' pages, so they need no code of their own to offer the download:
 * {@code {inject:certificates.any}} on the home page. (The course outline reads the learner's
 * certificate with the rest of the page, learning/LearningService.outline, in one transaction.)
 */
@Named("certificates")
@RequestScoped
public class CertificateLinks {

    private final CertificateService certificates;
    private final CurrentUser currentUser;

    CertificateLinks(CertificateService certificates, CurrentUser currentUser) {
        this.certificates = certificates;
        this.currentUser = currentUser;
    }

    /** Whether the signed-in person holds any certificate. */
    public boolean any() {
        return currentUser.viewer().map(viewer -> !certificates.mine(viewer).isEmpty()).orElse(false);
    }
}
