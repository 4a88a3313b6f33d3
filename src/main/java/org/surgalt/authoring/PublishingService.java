package org.surgalt.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.Optional;

import org.surgalt.course.Course;
import org.surgalt.course.CourseAccess;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseService;
import org.surgalt.identity.Grant;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.Role;
import org.surgalt.identity.User;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.progress.RecomputeService;
import org.surgalt.scorm.UnpackHandler;

/**
 * Draft → in review → published. An author submits the draft (which freezes it), reviewers
 * comment and approve, and with enough approvals an author publishes: the draft is copied into
 * an immutable version that learners read from then on.
 */
@ApplicationScoped
public class PublishingService {

    private final CourseService courses;
    private final CourseAccess access;
    private final ReviewRepository reviews;
    private final VersionRepository versions;
    private final PublishedContent published;
    private final DraftService drafts;
    private final IdentityService identity;
    private final AuthoringConfig config;
    private final RecomputeService recomputes;
    private final UnpackHandler unpacks;
    private final org.surgalt.identity.AuditLog audit;

    PublishingService(CourseService courses, CourseAccess access, ReviewRepository reviews, VersionRepository versions,
            PublishedContent published, DraftService drafts, IdentityService identity, AuthoringConfig config,
            RecomputeService recomputes, UnpackHandler unpacks, org.surgalt.identity.AuditLog audit) {
        this.audit = audit;
        this.recomputes = recomputes;
        this.unpacks = unpacks;
        this.courses = courses;
        this.access = access;
        this.reviews = reviews;
        this.versions = versions;
        this.published = published;
        this.drafts = drafts;
        this.identity = identity;
        this.config = config;
    }

    public int approvalsRequired() {
        return config.approvalsRequired();
    }

    /**
     * For trusted imports (sample courses): creates the course and publishes it as version 1.
     * A course imported before versions existed is published now. Empty when it was there already.
     */
    @Transactional
    public Optional<Course> importCourse(org.surgalt.course.NewCourse content) {
        Optional<Course> created = courses.createIfAbsent(content);
        Course course = created.orElseGet(() -> courses.courseByCode(content.code()));
        if (course.publishedVersion().isEmpty()) {
            publishImported(course);
        }
        return created;
    }

    /** For trusted imports: the draft becomes the next version without review, when it changed. */
    @Transactional
    public Optional<CourseVersion> publishImported(Course course) {
        CourseContent draft = CourseContent.ofDraft(course);
        if (published.current(course).map(current -> VersionDiff.between(current, draft).isEmpty()).orElse(false)) {
            return Optional.empty();
        }
        return Optional.of(publish(course, draft, null, null));
    }

    /**
     * For content bundles from another instance (node/bundle): the draft, built from the bundle,
     * becomes version {@code number} as the source numbered it, without review, so that both sides
     * name the same content by the same number. Refused when the number is not past the versions here.
     */
    @Transactional
    public CourseVersion publishImported(Course course, int number) {
        if (number < course.nextVersionNumber()) {
            throw DomainException.conflict("The course has version " + number + " or a later one already.");
        }
        return publish(course, CourseContent.ofDraft(course), null, null, number);
    }

    @Transactional
    public CourseReview submit(Viewer viewer, long courseId) {
        Course course = lockedCourse(courseId);
        access.requireCanEdit(viewer, course);
        drafts.settleUploads(course);
        CourseContent draft = CourseContent.ofDraft(course);
        if (draft.modules().isEmpty() || draft.items().findAny().isEmpty()) {
            throw DomainException.conflict("Add at least one module with an item before sending the draft to review.");
        }
        if (published.current(course).map(current -> VersionDiff.between(current, draft).isEmpty()).orElse(false)) {
            throw DomainException.conflict("Nothing has changed since version " + course.publishedVersion().get() + ".");
        }
        course.enterReview();
        CourseReview review = new CourseReview(course.id(), viewer.userId());
        reviews.persist(review);
        reviews.flush();
        audit.record(org.surgalt.identity.AuditLog.by(viewer, "course.submit_review").object("course", course.id())
                .after(java.util.Map.of("review", review.id())));
        return review;
    }

    @Transactional
    public void withdraw(Viewer viewer, long courseId) {
        Course course = lockedCourse(courseId);
        access.requireCanEdit(viewer, course);
        CourseReview review = openReview(course);
        review.withdraw();
        course.leaveReview();
        audit.record(org.surgalt.identity.AuditLog.by(viewer, "course.withdraw_review").object("course", course.id())
                .before(java.util.Map.of("review", review.id())));
    }

    @Transactional
    public void approve(Viewer viewer, long courseId) {
        Course course = lockedCourse(courseId);
        access.requireCanReview(viewer, course);
        CourseReview review = openReview(course);
        review.approve(viewer.userId());
        audit.record(org.surgalt.identity.AuditLog.by(viewer, "course.approve").object("course", course.id())
                .after(java.util.Map.of("review", review.id())));
    }

    @Transactional
    public void comment(Viewer viewer, long courseId, Long itemId, String body) {
        Course course = courses.course(courseId);
        access.requireCanReview(viewer, course);
        if (itemId != null && CourseContent.ofDraft(course).item(itemId).isEmpty()) {
            throw DomainException.invalid("item", "is not an item of this draft");
        }
        openReview(course).comment(viewer.userId(), itemId, body);
    }

    /** Closes the review and opens the draft for editing again; the reason is a comment. */
    @Transactional
    public void requestChanges(Viewer viewer, long courseId, String reason) {
        Course course = lockedCourse(courseId);
        access.requireCanReview(viewer, course);
        CourseReview review = openReview(course);
        if (review.submittedBy() == viewer.userId()) {
            throw DomainException.forbidden("To change your own draft, withdraw it from review.");
        }
        review.requestChanges(viewer.userId(), reason);
        course.leaveReview();
        audit.record(org.surgalt.identity.AuditLog.by(viewer, "course.request_changes").object("course", course.id())
                .after(java.util.Map.of("review", review.id())).detail(reason));
    }

    @Transactional
    public CourseVersion publish(Viewer viewer, long courseId) {
        Course course = lockedCourse(courseId);
        access.requireCanEdit(viewer, course);
        Long reviewId = null;
        if (course.workflowState() == Course.WorkflowState.IN_REVIEW) {
            CourseReview review = openReview(course);
            review.published(config.approvalsRequired());
            reviewId = review.id();
        } else if (config.approvalsRequired() > 0) {
            throw DomainException.conflict("Send the draft to review first: publishing needs "
                    + config.approvalsRequired() + " approval(s).");
        }
        drafts.settleUploads(course);
        java.util.Optional<Integer> before = course.publishedVersion();
        CourseVersion version = publish(course, CourseContent.ofDraft(course), viewer.userId(), reviewId);
        java.util.Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("version", version.number());
        after.put("review", reviewId);
        audit.record(org.surgalt.identity.AuditLog.by(viewer, "course.publish").object("course", course.id())
                .before(before.map(number -> java.util.Map.of("version", number)).orElse(null)).after(after));
        return version;
    }

    @Transactional
    public void inviteReviewer(Viewer viewer, long courseId, String email) {
        Course course = courses.course(courseId);
        access.requireCanEdit(viewer, course);
        User reviewer = identity.findUserByEmail(email == null ? "" : email.strip())
                .orElseThrow(() -> DomainException.invalid("email", "is not the address of anyone on this site"));
        identity.grant(reviewer.id(), Grant.course(Role.REVIEWER, course.id()));
        audit.record(org.surgalt.identity.AuditLog.by(viewer, "course.invite_reviewer").object("course", course.id())
                .person(reviewer.id()).after(java.util.Map.of("role", Role.REVIEWER.name(), "scope", "COURSE")));
    }

    public Optional<CourseReview> latestReview(Course course) {
        return reviews.latest(course.id());
    }

    private CourseVersion publish(Course course, CourseContent draft, Long publisher, Long reviewId) {
        return publish(course, draft, publisher, reviewId, course.nextVersionNumber());
    }

    private CourseVersion publish(Course course, CourseContent draft, Long publisher, Long reviewId, int number) {
        CourseVersion version = CourseVersion.of(draft, number, publisher, reviewId);
        versions.persist(version);
        course.published(number);
        versions.flush();
        // Learners' derived progress follows the new version's items and rules, in the background;
        // the job is enqueued in this transaction, so it exists exactly when the version does.
        recomputes.request(course.id(), "PUBLISHED", publisher);
        // SCORM packages are unpacked once each, in the background, before learners open them.
        unpacks.request(draft);
        return version;
    }

    // Workflow changes lock the course row: two authors pressing "publish" at once make one version.
    private Course lockedCourse(long courseId) {
        Course course = courses.course(courseId);
        versions.getEntityManager().lock(course, LockModeType.PESSIMISTIC_WRITE);
        return course;
    }

    private CourseReview openReview(Course course) {
        return reviews.latest(course.id()).filter(review -> review.state() == CourseReview.State.OPEN)
                .orElseThrow(() -> DomainException.conflict("The draft is not in review."));
    }
}
