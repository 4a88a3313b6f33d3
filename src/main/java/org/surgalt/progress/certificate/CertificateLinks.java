package org.surgalt.progress.certificate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.surgalt.course.CourseService;
import org.surgalt.identity.CurrentUser;

/**
 * For other features' pages, so they need no code of their own to offer the download:
 * {@code {inject:certificates.codeFor(course.code)}} on the course outline, and
 * {@code {inject:certificates.any}} on the home page.
 */
@Named("certificates")
@RequestScoped
public class CertificateLinks {

    private final CertificateService certificates;
    private final CourseService courses;
    private final CurrentUser currentUser;

    CertificateLinks(CertificateService certificates, CourseService courses, CurrentUser currentUser) {
        this.certificates = certificates;
        this.courses = courses;
        this.currentUser = currentUser;
    }

    /** The signed-in learner's certificate code for the course; null when there is none. */
    public String codeFor(String courseCode) {
        return currentUser.viewer()
                .flatMap(viewer -> certificates.codeFor(viewer.userId(), courses.courseByCode(courseCode).id()))
                .orElse(null);
    }

    /** Whether the signed-in person holds any certificate. */
    public boolean any() {
        return currentUser.viewer().map(viewer -> !certificates.mine(viewer).isEmpty()).orElse(false);
    }
}
