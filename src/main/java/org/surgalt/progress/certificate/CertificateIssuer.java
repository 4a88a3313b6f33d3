package org.surgalt.progress.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.surgalt.authoring.PublishedContent;
import org.surgalt.course.Course;
import org.surgalt.course.CourseService;
import org.surgalt.identity.IdentityService;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.LocalizedText;
import org.surgalt.progress.CourseCompleted;
import org.surgalt.progress.FaceToFaceHours;

/**
 * Issues a certificate when a learner completes a course, inside the transaction that recorded
 * the completion: one per learner and course, ever. A later completion (a new version, a
 * recompute) changes nothing, and a revoked certificate stays revoked: a coordinator revoked it
 * for a reason that a recompute cannot know about.
 */
@ApplicationScoped
public class CertificateIssuer {

    private static final Logger LOG = Logger.getLogger(CertificateIssuer.class);

    private final CertificateRepository certificates;
    private final IdentityService identity;
    private final CourseService courses;
    private final PublishedContent published;
    private final Instance<FaceToFaceHours> faceToFace;

    CertificateIssuer(CertificateRepository certificates, IdentityService identity, CourseService courses,
            PublishedContent published, Instance<FaceToFaceHours> faceToFace) {
        this.certificates = certificates;
        this.identity = identity;
        this.courses = courses;
        this.published = published;
        this.faceToFace = faceToFace;
    }

    @Transactional
    void onCompleted(@Observes CourseCompleted completed) {
        if (certificates.of(completed.userId(), completed.courseId()).isPresent()) {
            return;
        }
        String name = identity.findUser(completed.userId())
                .orElseThrow(() -> DomainException.notFound("user", completed.userId())).displayName();
        LocalizedText title = titleOf(courses.course(completed.courseId()), completed.courseVersion());
        boolean issued = certificates.issue(new CertificateRepository.Issue(CertificateCode.generate(),
                completed.userId(), completed.courseId(), completed.courseVersion(), name, title.en(), title.mn(),
                hours(certificates.onlineHours(completed.courseId())), hours(faceToFaceHours(completed)),
                completed.completedAt(), Instant.now()));
        if (issued) {
            LOG.infof("Certificate issued to user %d for course %d (version %d)", completed.userId(),
                    completed.courseId(), completed.courseVersion());
        }
    }

    /** The title of the version completed; the course's own title if that version is not on record. */
    private LocalizedText titleOf(Course course, int version) {
        // Asked first rather than caught: a not-found thrown through a transactional method would
        // mark the learner's recording transaction for rollback.
        boolean recorded = published.versions(course).stream().anyMatch(v -> v.number() == version);
        return recorded ? published.version(course, version).title() : course.title();
    }

    private BigDecimal faceToFaceHours(CourseCompleted completed) {
        if (!faceToFace.isResolvable()) {
            return BigDecimal.ZERO;
        }
        BigDecimal attended = faceToFace.get().attended(completed.userId(), completed.courseId());
        return attended == null ? BigDecimal.ZERO : attended;
    }

    /** As the certificate states them: tenths of an hour, never negative. */
    private static BigDecimal hours(BigDecimal value) {
        return value.max(BigDecimal.ZERO).setScale(1, RoundingMode.HALF_UP);
    }
}
