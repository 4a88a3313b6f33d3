package org.surgalt.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.surgalt.notification.ExtensionGranted;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.surgalt.course.Course;
import org.surgalt.course.CourseAccess;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseService;
import org.surgalt.course.ItemAccess;
import org.surgalt.course.ItemKind;
import org.surgalt.identity.Role;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * An assignment as its authors set it up and as people read it: the published item (its
 * instructions) with its settings. What learners do with it is {@link SubmissionService}'s.
 */
@ApplicationScoped
public class AssignmentService {

    private final CourseService courses;
    private final CourseAccess access;
    private final AssignmentRepository assignments;
    private final ExtensionRepository extensions;
    private final ItemAccess itemAccess;

    AssignmentService(CourseService courses, CourseAccess access, AssignmentRepository assignments,
            ExtensionRepository extensions, ItemAccess itemAccess) {
        this.itemAccess = itemAccess;
        this.courses = courses;
        this.access = access;
        this.assignments = assignments;
        this.extensions = extensions;
    }

    /** An assignment item of a course's published version, with its settings. */
    public record Published(Course course, CourseContent content, ItemContent item, Assignment settings) {
    }

    /** For anyone who may read the item ({@link ItemAccess}): the assignment as learners see it now. */
    @Transactional
    public Published published(Viewer viewer, Course course, long itemId) {
        CourseContent content = courses.content(viewer, course, null);
        ItemContent item = content.item(itemId).filter(found -> found.kind() == ItemKind.ASSIGNMENT)
                .orElseThrow(() -> DomainException.notFound("assignment", itemId));
        itemAccess.requireMayRead(viewer, course, content, item);
        return new Published(course, content, item, settings(course.id(), itemId));
    }

    /** The settings, or the defaults (not stored) while the authors have set nothing. */
    @Transactional
    public Assignment settings(long courseId, long itemId) {
        return assignments.findByIdOptional(itemId).filter(found -> found.courseId() == courseId)
                .orElseGet(() -> new Assignment(itemId, courseId));
    }

    /** For the course's authors: an assignment item of the draft (it may not be published yet) and its settings. */
    @Transactional
    public Draft draft(Viewer viewer, Course course, long itemId) {
        access.requireCanEdit(viewer, course);
        ItemContent item = draftItem(course, itemId);
        return new Draft(item, settings(course.id(), itemId));
    }

    public record Draft(ItemContent item, Assignment settings) {
    }

    /**
     * The settings an author saves; {@code expectedVersion} is the version of the settings they edited;
     * {@code teamSubmission} null leaves it as it is.
     */
    public record Change(long expectedVersion, Instant dueAt, Instant cutOffAt, boolean allowResubmission,
            Integer maxPoints, List<Assignment.NewCriterion> rubric, Boolean teamSubmission) {

        public Change(long expectedVersion, Instant dueAt, Instant cutOffAt, boolean allowResubmission,
                Integer maxPoints, List<Assignment.NewCriterion> rubric) {
            this(expectedVersion, dueAt, cutOffAt, allowResubmission, maxPoints, rubric, null);
        }
    }

    @Transactional
    public Assignment change(Viewer viewer, Course course, long itemId, Change change) {
        access.requireCanEdit(viewer, course);
        draftItem(course, itemId);
        Assignment assignment = assignments.lockedOrNew(itemId, course.id());
        if (assignment.courseId() != course.id()) {
            throw DomainException.notFound("assignment", itemId);
        }
        assignment.change(change.expectedVersion(), change.dueAt(), change.cutOffAt(), change.allowResubmission(),
                change.maxPoints(), change.rubric() == null ? List.of() : change.rubric());
        if (change.teamSubmission() != null) {
            assignment.handInByTeams(change.teamSubmission());
        }
        assignments.flush();
        return assignment;
    }

    /** Graders (the course's graders, its authors, site admins) see and grade submissions and grant extensions. */
    public boolean canGrade(Viewer viewer, Course course) {
        return access.canEdit(viewer, course) || viewer.hasInCourse(Role.GRADER, course.id());
    }

    public void requireCanGrade(Viewer viewer, Course course) {
        if (!canGrade(viewer, course)) {
            throw DomainException.forbidden("Only the course's graders and authors grade its submissions.");
        }
    }

    // Observed inside this transaction by notification/: the email goes out once it commits.
    @Inject
    Event<ExtensionGranted> extensionGranted;

    @Inject
    org.surgalt.identity.AuditLog audit;

    /** A grader moves one learner's deadline (and cut-off, if that is earlier) to {@code until}. */
    @Transactional
    public Extension extend(Viewer viewer, Course course, long itemId, long learnerId, Instant until) {
        requireCanGrade(viewer, course);
        published(viewer, course, itemId);
        if (until == null) {
            throw DomainException.invalid("until", "is required");
        }
        if (!courses.isEnrolled(learnerId, course.id())) {
            throw DomainException.notFound("learner in this course", learnerId);
        }
        // An extension hangs on the settings row: the defaults, stored now if there are none.
        assignments.lockedOrNew(itemId, course.id());
        Optional<Extension> existing = extensions.of(itemId, learnerId);
        Instant before = existing.map(Extension::until).orElse(null);
        Extension extension = existing.orElseGet(() -> new Extension(itemId, learnerId, until, viewer.userId()));
        if (existing.isPresent()) {
            extension.grant(until, viewer.userId());
        } else {
            extensions.persist(extension);
        }
        extensions.flush();
        audit.record(org.surgalt.identity.AuditLog.by(viewer, "assignment.extend").object("assignment", itemId)
                .person(learnerId).before(before == null ? null : java.util.Map.of("until", before))
                .after(java.util.Map.of("until", until, "course", course.id())));
        extensionGranted.fire(new ExtensionGranted(learnerId, course.id(), itemId, until));
        return extension;
    }

    public Optional<Extension> extension(long itemId, long learnerId) {
        return extensions.of(itemId, learnerId);
    }

    private static ItemContent draftItem(Course course, long itemId) {
        return CourseContent.ofDraft(course).item(itemId).filter(found -> found.kind() == ItemKind.ASSIGNMENT)
                .orElseThrow(() -> DomainException.notFound("assignment", itemId));
    }
}
