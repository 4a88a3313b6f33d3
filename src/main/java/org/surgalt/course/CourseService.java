package org.surgalt.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import org.surgalt.authoring.PublishedContent;
import java.util.Optional;
import org.surgalt.content.FileKind;
import org.surgalt.content.UploadService;
import org.surgalt.identity.Grant;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.Role;
import org.surgalt.identity.Viewer;
import org.surgalt.identity.User;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.LocalizedText;

@ApplicationScoped
public class CourseService {

    private final CourseRepository courses;
    private final EnrolmentRepository enrolments;
    private final IdentityService identity;
    private final CourseAccess access;
    private final UploadService uploads;
    private final PublishedContent published;

    CourseService(CourseRepository courses, EnrolmentRepository enrolments, IdentityService identity,
            CourseAccess access, UploadService uploads, PublishedContent published) {
        this.uploads = uploads;
        this.published = published;
        this.courses = courses;
        this.enrolments = enrolments;
        this.identity = identity;
        this.access = access;
    }

    public List<CourseSummary> catalogue() {
        return courses.summaries();
    }

    /** A course created by an author, who becomes one of its authors. */
    @Transactional
    public Course create(Viewer viewer, NewCourse content) {
        access.requireCanCreate(viewer);
        Course course = create(content);
        identity.grant(viewer.userId(), Grant.course(Role.AUTHOR, course.id()));
        return course;
    }

    /** For trusted callers (the sample import); people go through {@link #create(Viewer, NewCourse)}. */
    @Transactional
    public Course create(NewCourse content) {
        if (content.code() != null && courses.findByCode(content.code()).isPresent()) {
            throw DomainException.conflict("A course with the code '" + content.code() + "' exists already.");
        }
        Course course = new Course(content.code(), content.language(), content.title(), content.description(),
                content.attribution());
        for (NewCourse.NewModule newModule : content.modules()) {
            CourseModule module = course.addModule(newModule.title());
            for (NewCourse.NewItem newItem : newModule.items()) {
                module.addItem(newItem.kind(), newItem.title(), newItem.body(), newItem.url());
            }
        }
        courses.persist(course);
        courses.flush();
        return course;
    }

    /** For imports that must not fail when the course is there already: empty when it is. */
    @Transactional
    public Optional<Course> createIfAbsent(NewCourse content) {
        if (courses.findByCode(content.code()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(create(content));
    }

    /** A course with its content, for someone who may read it. */
    public Course readable(Viewer viewer, long id) {
        Course course = course(id);
        access.requireCanRead(viewer, course);
        return course;
    }

    public Course course(long id) {
        return courses.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("course", id));
    }

    public Course courseByCode(String code) {
        return courses.findByCode(code).orElseThrow(() -> DomainException.notFound("course", code));
    }

    /** The version learners read now, for anyone (the outline is public); 404 before the first publication. */
    @Transactional
    public CourseContent published(String code) {
        Course course = courseByCode(code);
        return published.current(course).orElseThrow(() -> DomainException.notFound("published course", code));
    }

    /**
     * A course's content for someone who may read it: the current version (null), "draft" (its
     * authors and reviewers), or a version number (earlier versions: authors and reviewers).
     */
    @Transactional
    public CourseContent content(Viewer viewer, Course course, String version) {
        access.requireCanRead(viewer, course);
        if (version == null || version.isBlank() || "current".equals(version)) {
            return published.current(course)
                    .orElseThrow(() -> DomainException.notFound("published course", course.code()));
        }
        access.requireCanReview(viewer, course);
        if ("draft".equals(version)) {
            return CourseContent.ofDraft(course);
        }
        try {
            return published.version(course, Integer.parseInt(version));
        } catch (NumberFormatException e) {
            throw DomainException.invalid("version", "must be draft, current or a version number");
        }
    }

    /** The courses someone authors or reviews (every course, for site admins), by title. */
    @Transactional
    public List<Course> authoredOrReviewedBy(Viewer viewer) {
        if (viewer.isAdmin()) {
            return courses.listAll(io.quarkus.panache.common.Sort.by("code"));
        }
        List<Long> ids = viewer.grants().stream()
                .filter(grant -> grant.scope() == org.surgalt.identity.RoleGrant.Scope.COURSE
                        && (grant.role() == Role.AUTHOR || grant.role() == Role.REVIEWER))
                .map(Grant::scopeId).distinct().toList();
        return ids.isEmpty() ? List.of() : courses.list("id in ?1 order by code", ids);
    }

    /** The published content of every course someone is enrolled in (not yet published ones left out), latest enrolment first. */
    @Transactional
    public List<CourseContent> enrolledCourses(long userId) {
        return enrolments.coursesOf(userId).stream().map(published::current).flatMap(Optional::stream).toList();
    }

    public boolean isEnrolled(long userId, long courseId) {
        return enrolments.exists(userId, courseId);
    }

    public List<Long> enrolledCourseIds(long userId) {
        return enrolments.courseIdsOf(userId);
    }

    /** The version learners read now; empty before the first publication. */
    @Transactional
    public Optional<CourseContent> currentVersion(Course course) {
        return published.current(course);
    }

    @Transactional
    public CourseModule addModule(Viewer viewer, long courseId, LocalizedText title) {
        Course course = course(courseId);
        access.requireCanEdit(viewer, course);
        CourseModule module = course.addModule(title);
        lockStructure(course);
        courses.flush();
        return module;
    }

    @Transactional
    public Item addItem(Viewer viewer, long courseId, long moduleId, NewCourse.NewItem content) {
        return addItem(viewer, courseId, moduleId, content, null);
    }

    /**
     * {@code stored}: a file already stored and inspected elsewhere (a shared library resource's),
     * which the new file item carries as it is: the same asset, no upload of the caller's.
     */
    @Transactional
    public Item addItem(Viewer viewer, long courseId, long moduleId, NewCourse.NewItem content,
            Item.AttachedFile stored) {
        Course course = course(courseId);
        access.requireCanEdit(viewer, course);
        CourseModule module = course.modules().stream().filter(m -> m.id() == moduleId).findFirst()
                .orElseThrow(() -> DomainException.notFound("module", moduleId));
        Item item = module.addItem(content.kind(), content.title(), content.body(), content.url());
        if (content.upload() != null && !content.upload().isBlank()) {
            UploadService.ReadyUpload ready = uploads.ready(viewer, content.upload().strip(), fileKindOf(item.kind()));
            item.attach(new Item.AttachedFile(ready.sha256(), ready.filename(), ready.mediaType()));
        } else if (stored != null) {
            item.attach(stored);
        }
        lockStructure(module);
        courses.flush();
        return item;
    }

    /**
     * Positions are counted from the list: a concurrent append must fail, not share a position, so
     * the course or module's version is raised at commit. The lock is taken last, once nothing can
     * refuse the change: Hibernate queues that increment for the commit, and a refusal after it
     * (a refused upload, an empty title) rolled back with the increment still queued, which it
     * reports as HHH90010101 "Closing shared session with unprocessed transaction completion actions".
     */
    private void lockStructure(Object courseOrModule) {
        courses.getEntityManager().lock(courseOrModule, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    private static FileKind fileKindOf(ItemKind kind) {
        return switch (kind) {
            case VIDEO -> FileKind.VIDEO;
            case PACKAGE -> FileKind.PACKAGE;
            case FILE -> FileKind.FILE;
            default -> throw DomainException.invalid("upload", "only file, video and package items carry an upload");
        };
    }

    /** @return false when the person was enrolled already */
    @Transactional
    public boolean enrol(String email, String courseCode) {
        User user = identity.findUserByEmail(email)
                .orElseThrow(() -> DomainException.invalid("email", "'" + email + "' is not a known person"));
        Course course = courseByCode(courseCode);
        if (enrolments.exists(user.id(), course.id())) {
            return false;
        }
        enrolments.persist(new Enrolment(user, course));
        return true;
    }

    /** Idempotent: @return false when the person was enrolled already. */
    @Transactional
    public boolean enrol(long userId, long courseId) {
        return enrolAll(java.util.List.of(userId), courseId) == 1;
    }

    /**
     * Enrols each person not enrolled yet (cohorts enrol many at once: one look-up per thousand).
     * @return how many were enrolled now
     */
    @Transactional
    public int enrolAll(java.util.Collection<Long> userIds, long courseId) {
        Course course = course(courseId);
        java.util.Set<Long> enrolled = enrolments.enrolledAmong(courseId, userIds);
        int added = 0;
        for (Long userId : new java.util.LinkedHashSet<>(userIds)) {
            if (!enrolled.contains(userId)) {
                enrolments.persist(new Enrolment(enrolments.getEntityManager().getReference(User.class, userId), course));
                added++;
            }
        }
        return added;
    }
}
