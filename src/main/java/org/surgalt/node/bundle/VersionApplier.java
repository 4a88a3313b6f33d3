package org.surgalt.node.bundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.surgalt.authoring.CourseVersion;
import org.surgalt.authoring.PublishedContent;
import org.surgalt.authoring.PublishingService;
import org.surgalt.course.Course;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseService;
import org.surgalt.course.NewCourse;
import org.surgalt.identity.AuditLog;
import org.surgalt.node.bundle.BundleReport.Line;
import org.surgalt.node.bundle.BundleReport.Outcome;
import org.surgalt.node.bundle.BundleReport.Reason;
import org.surgalt.node.client.NodeLinks;
import org.surgalt.platform.DomainException;

/**
 * Writes one published version that came from another instance (a bundle, or the national server over
 * a node's link), with the same number and the same content (its {@link VersionFingerprint}). A course
 * the receiver lacks is created; a further version of a course that came from the same source updates
 * the receiver's copy in place ({@link DraftCopy}), so ids and learners' progress carry over. The
 * course, its modules and items are linked to the source's ids (NodeLinks) in the same transaction.
 * A version the receiver has is never overwritten.
 */
@ApplicationScoped
public class VersionApplier {

    private final CourseService courses;
    private final PublishedContent published;
    private final PublishingService publishing;
    private final DraftCopy drafts;
    private final CourseSettingsCopy settings;
    private final NodeLinks links;
    private final AuditLog audit;

    VersionApplier(CourseService courses, PublishedContent published, PublishingService publishing, DraftCopy drafts,
            CourseSettingsCopy settings, NodeLinks links, AuditLog audit) {
        this.courses = courses;
        this.published = published;
        this.publishing = publishing;
        this.drafts = drafts;
        this.settings = settings;
        this.links = links;
        this.audit = audit;
    }

    /** Who applies it and why, for the audit log: a person's import, or Surgalt's own sync (actor null). */
    public record Origin(Long actorId, String action, String source) {
    }

    /**
     * {@code extras}: the quiz and assignment settings of the course's items as the source has them
     * now (not versioned there either), written onto the source's copy whether or not the version was
     * new; null leaves the receiver's as they are.
     */
    @Transactional
    public Line apply(Origin origin, CourseContent version, CourseExtras extras) {
        String code = version.code();
        int number = version.version();
        Optional<Course> linked = links.local(NodeLinks.Kind.COURSE, version.courseId()).map(courses::course);
        Optional<Course> here = linked.isPresent() ? linked : find(code);
        Line line;
        if (version.hasReleaseConditions()) {
            line = new Line(code, number, Outcome.REFUSED, Reason.RELEASE_CONDITIONS);
        } else if (here.isPresent() && has(here.get(), number)) {
            boolean same = VersionFingerprint.of(published.version(here.get(), number))
                    .equals(VersionFingerprint.of(version));
            line = same ? new Line(code, number, Outcome.SKIPPED, Reason.ALREADY_THERE)
                    : new Line(code, number, Outcome.REFUSED, Reason.DIFFERENT_CONTENT);
        } else if (here.isPresent() && linked.isEmpty()) {
            line = new Line(code, number, Outcome.REFUSED, Reason.LOCAL_COURSE);
        } else if (here.isPresent() && number < here.get().nextVersionNumber()) {
            line = new Line(code, number, Outcome.REFUSED, Reason.OLDER_VERSION);
        } else {
            Course course = here.orElseGet(() -> create(version));
            Optional<Integer> before = course.publishedVersion();
            drafts.rewrite(course, version);
            requireSame(course, version);
            CourseVersion made = publishing.publishImported(course, number);
            audit.record(AuditLog.by(origin.actorId(), origin.action()).object("course", course.id())
                    .before(before.map(n -> Map.of("version", n)).orElse(null))
                    .after(Map.of("version", made.number(), "source", String.valueOf(origin.source()))));
            line = new Line(code, number, Outcome.IMPORTED, Reason.NONE);
            linked = Optional.of(course);
        }
        if (extras != null && linked.isPresent() && line.outcome() != Outcome.REFUSED) {
            settings.apply(linked.get(), extras);
        }
        return line;
    }

    /** The course alone, linked; its modules and items come as every later version's do. */
    private Course create(CourseContent version) {
        Course course = courses.create(new NewCourse(version.code(), version.language(), version.title(),
                version.description(), version.attribution(), List.of()));
        links.link(NodeLinks.Kind.COURSE, course.id(), version.courseId());
        return course;
    }

    private Optional<Course> find(String code) {
        try {
            return Optional.of(courses.courseByCode(code));
        } catch (DomainException notFound) {
            return Optional.empty();
        }
    }

    private boolean has(Course course, int number) {
        return published.versions(course).stream().anyMatch(version -> version.number() == number);
    }

    // The receiver's version must be the source's, or both sides would call different content by one number.
    private static void requireSame(Course course, CourseContent version) {
        CourseContent made = CourseContent.ofDraft(course);
        if (!VersionFingerprint.of(made).equals(VersionFingerprint.of(version))) {
            throw DomainException.conflict("The course " + course.code()
                    + " could not be rebuilt exactly as the source has it, so nothing was imported.");
        }
    }
}
