package org.surgalt.progress.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.surgalt.authoring.PublishedContent;
import org.surgalt.course.Course;
import org.surgalt.course.CourseService;
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
    private final CourseService courses;
    private final PublishedContent published;
    private final Instance<FaceToFaceHours> faceToFace;
    private final Map<String, LocalizedText> publishedTitles = new ConcurrentHashMap<>();

    CertificateIssuer(CertificateRepository certificates, CourseService courses, PublishedContent published,
            Instance<FaceToFaceHours> faceToFace) {
        this.certificates = certificates;
        this.courses = courses;
        this.published = published;
        this.faceToFace = faceToFace;
    }

    @Transactional
    void onCompleted(@Observes CourseCompleted completed) {
        // One INSERT that reads the learner's name and the course's online hours itself and skips a
        // learner who has a certificate already: issuing was six queries through Hibernate, which
        // cost more than the hundred facts before it when a certificate was due.
        LocalizedText title = titleOf(completed.courseId(), completed.courseVersion());
        boolean issued = certificates.issue(new CertificateRepository.Issue(CertificateCode.generate(),
                completed.userId(), completed.courseId(), completed.courseVersion(), title.en(), title.mn(),
                hours(faceToFaceHours(completed)), completed.completedAt(), Instant.now()));
        if (issued) {
            LOG.infof("Certificate issued to user %d for course %d (version %d)", completed.userId(),
                    completed.courseId(), completed.courseVersion());
        }
    }

    /**
     * The title of the version completed; the course's own title if that version is not on record.
     * A published version's title never changes, so it is kept: reading the course and its versions
     * for every certificate was most of the cost of issuing one.
     */
    private LocalizedText titleOf(long courseId, int version) {
        String key = courseId + ":" + version;
        LocalizedText kept = publishedTitles.get(key);
        if (kept != null) {
            return kept;
        }
        Course course = courses.course(courseId);
        // Asked first rather than caught: a not-found thrown through a transactional method would
        // mark the learner's recording transaction for rollback.
        boolean recorded = published.versions(course).stream().anyMatch(v -> v.number() == version);
        if (!recorded) {
            return course.title();
        }
        LocalizedText title = published.version(course, version).title();
        if (publishedTitles.size() > 1024) {
            publishedTitles.clear();
        }
        publishedTitles.put(key, title);
        return title;
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
