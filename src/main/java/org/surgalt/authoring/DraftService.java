package org.surgalt.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

import org.surgalt.cohort.session.SessionService;
import org.surgalt.content.FileKind;
import org.surgalt.content.UploadService;
import org.surgalt.course.Completion;
import org.surgalt.course.Course;
import org.surgalt.course.CourseAccess;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseModule;
import org.surgalt.course.CourseService;
import org.surgalt.course.Item;
import org.surgalt.course.ItemKind;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.LocalizedText;

/**
 * Changes to a course's draft by its authors. Structural changes (order, deletion) lock the
 * course optimistically so that two of them at once fail instead of mixing; an item's text is
 * guarded by the version the author started editing (see {@link Item#edit}).
 */
@ApplicationScoped
public class DraftService {

    private final CourseService courses;
    private final CourseAccess access;
    private final UploadService uploads;

    private final SessionService sessions;

    DraftService(CourseService courses, CourseAccess access, UploadService uploads, SessionService sessions) {
        this.sessions = sessions;
        this.courses = courses;
        this.access = access;
        this.uploads = uploads;
    }

    /** The draft, for its authors and reviewers, with finished uploads moved into their items. */
    @Transactional
    public Course draft(Viewer viewer, long courseId) {
        Course course = courses.course(courseId);
        access.requireCanReview(viewer, course);
        if (access.canEdit(viewer, course)) {
            settleUploads(course);
        }
        return course;
    }

    @Transactional
    public void describe(Viewer viewer, long courseId, LocalizedText title, LocalizedText description) {
        editable(viewer, courseId).describe(title, description);
    }

    @Transactional
    public void editModule(Viewer viewer, long courseId, long moduleId, LocalizedText title, Long prerequisiteId) {
        Course course = editable(viewer, courseId);
        CourseModule prerequisite = prerequisiteId == null ? null : module(course, prerequisiteId);
        module(course, moduleId).edit(title, prerequisite);
    }

    @Transactional
    public void moveModule(Viewer viewer, long courseId, long moduleId, int by) {
        Course course = editable(viewer, courseId);
        List<CourseModule> order = new ArrayList<>(course.modules());
        renumber(order, order.indexOf(module(course, moduleId)), by, "update CourseModule set position = ?1 where id = ?2",
                CourseModule::id);
        lockStructure(course);
    }

    @Transactional
    public void deleteModule(Viewer viewer, long courseId, long moduleId) {
        Course course = editable(viewer, courseId);
        CourseModule module = module(course, moduleId);
        if (scheduled(module.items())) {
            throw DomainException.conflict("This module holds an item that face-to-face sessions were scheduled for, "
                    + "so it stays in the course; move its other items out instead.");
        }
        course.removeModule(module);
        lockStructure(course);
    }

    @Transactional
    public void editItem(Viewer viewer, long courseId, long itemId, long expectedVersion, LocalizedText title,
            LocalizedText body, String url, Completion completion, Integer minScore) {
        item(editable(viewer, courseId), itemId).edit(expectedVersion, title, body, url, completion, minScore);
    }

    /** {@code required}: false makes the item optional (it no longer holds its module back); null keeps it. */
    @Transactional
    public void editItem(Viewer viewer, long courseId, long itemId, long expectedVersion, LocalizedText title,
            LocalizedText body, String url, Completion completion, Integer minScore, Boolean required) {
        Item item = item(editable(viewer, courseId), itemId);
        item.edit(expectedVersion, title, body, url, completion, minScore, required == null ? item.required() : required);
    }

    /** Moves an item up or down within its module, or to the end of another module. */
    @Transactional
    public void moveItem(Viewer viewer, long courseId, long itemId, int by) {
        Course course = editable(viewer, courseId);
        Item item = item(course, itemId);
        List<Item> order = new ArrayList<>(item.module().items());
        renumber(order, order.indexOf(item), by, "update Item set position = ?1 where id = ?2", Item::id);
        lockStructure(course);
    }

    @Transactional
    public void deleteItem(Viewer viewer, long courseId, long itemId) {
        Course course = editable(viewer, courseId);
        Item item = item(course, itemId);
        if (scheduled(List.of(item))) {
            throw DomainException.conflict("Face-to-face sessions were scheduled for this item, so it stays in the "
                    + "course; change its title or text instead.");
        }
        item.module().removeItem(item);
        lockStructure(course);
    }

    /**
     * Gives a file, video or package item an upload of the author's: at once when inspection has
     * accepted it, otherwise when it does (see {@link #settleUploads}).
     */
    @Transactional
    public void attachUpload(Viewer viewer, long courseId, long itemId, String uploadId) {
        Item item = item(editable(viewer, courseId), itemId);
        UploadService.Stage stage = uploads.stage(uploads.owned(viewer, uploadId).id()).orElseThrow();
        if (stage.kind() != fileKindOf(item)) {
            throw DomainException.invalid("upload", "was uploaded as a " + stage.kind().name().toLowerCase()
                    + ", not a " + fileKindOf(item).name().toLowerCase());
        }
        item.expectUpload(stage.id());
        settle(item);
    }

    /** Adds a file a lesson can show or link by its name; it must be ready (inspected and accepted). */
    @Transactional
    public void addLessonFile(Viewer viewer, long courseId, String uploadId) {
        Course course = editable(viewer, courseId);
        FileKind kind = uploads.owned(viewer, uploadId).kind() == FileKind.IMAGE ? FileKind.IMAGE : FileKind.FILE;
        UploadService.ReadyUpload ready = uploads.ready(viewer, uploadId, kind);
        course.putAsset(new Item.AttachedFile(ready.sha256(), ready.filename(), ready.mediaType()));
    }

    /**
     * Whether new content (a cartridge import, issue 23) may become the course's next draft version:
     * its editor asks, the draft is not in review, and it holds no unpublished work, being the same as
     * the published version (or empty before the first publication). Refused otherwise, as nothing
     * saved may be lost.
     */
    @Transactional
    public Course requireReplaceable(Viewer viewer, long courseId) {
        Course course = editable(viewer, courseId);
        CourseContent draft = CourseContent.ofDraft(course);
        boolean unpublished = courses.currentVersion(course)
                .map(current -> !VersionDiff.between(current, draft).isEmpty())
                .orElse(!draft.modules().isEmpty());
        if (unpublished) {
            throw DomainException.conflict("The course's draft has changes that are not published yet; publish them "
                    + "first, or import into a new course.");
        }
        return course;
    }

    /** Empties a replaceable draft (see above) for the content that replaces it; published versions keep theirs. */
    @Transactional
    public Course clearForNewVersion(Viewer viewer, long courseId) {
        Course course = requireReplaceable(viewer, courseId);
        if (scheduled(course.modules().stream().flatMap(module -> module.items().stream()).toList())) {
            throw DomainException.conflict("Face-to-face sessions were scheduled for items of this course, which stay "
                    + "in it; import into a new course instead.");
        }
        for (CourseModule module : new ArrayList<>(course.modules())) {
            course.removeModule(module);
        }
        lockStructure(course);
        return course;
    }

    /** Whether sessions were scheduled for any of these items (a session item's attendance keeps it in the course). */
    private boolean scheduled(List<Item> items) {
        return sessions.anyScheduledFor(items.stream().filter(item -> item.kind() == ItemKind.SESSION)
                .map(Item::id).toList());
    }

    /** Moves finished uploads into the items waiting for them; rejected ones stay to show why. */
    @Transactional
    public void settleUploads(Course course) {
        if (course.workflowState() == Course.WorkflowState.IN_REVIEW) {
            return;
        }
        course.modules().stream().flatMap(module -> module.items().stream()).forEach(this::settle);
    }

    private void settle(Item item) {
        item.pendingUploadId().flatMap(uploads::stage)
                .map(UploadService.Stage::ready)
                .ifPresent(ready -> item.attach(new Item.AttachedFile(ready.sha256(), ready.filename(), ready.mediaType())));
    }

    private static FileKind fileKindOf(Item item) {
        return switch (item.kind()) {
            case VIDEO -> FileKind.VIDEO;
            case PACKAGE -> FileKind.PACKAGE;
            case FILE -> FileKind.FILE;
            default -> throw DomainException.invalid("upload", "only file, video and package items carry an upload");
        };
    }

    private Course editable(Viewer viewer, long courseId) {
        Course course = courses.course(courseId);
        access.requireCanEdit(viewer, course);
        course.requireEditable();
        return course;
    }

    /**
     * A change of the course's structure raises its version at commit, so that two at once
     * conflict. Taken last, once nothing can refuse the change: a refusal after it rolled back
     * with the increment still queued (Hibernate's HHH90010101 warning).
     */
    private void lockStructure(Course course) {
        entityManager().lock(course, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    // Positions are written with bulk updates so that reordering does not bump the items' own
    // versions: an author editing an item's text is not told of a conflict because it moved.
    private <T> void renumber(List<T> order, int index, int by, String update, java.util.function.Function<T, Long> id) {
        int target = index + by;
        if (target < 0 || target >= order.size()) {
            return;
        }
        order.add(target, order.remove(index));
        EntityManager em = entityManager();
        String jpql = update.replace("?1", ":position").replace("?2", ":id");
        for (int position = 0; position < order.size(); position++) {
            em.createQuery(jpql).setParameter("position", position + 1).setParameter("id", id.apply(order.get(position)))
                    .executeUpdate();
        }
    }

    private EntityManager entityManager() {
        return io.quarkus.hibernate.orm.panache.Panache.getEntityManager();
    }

    private static CourseModule module(Course course, long moduleId) {
        return course.modules().stream().filter(module -> module.id() == moduleId).findFirst()
                .orElseThrow(() -> DomainException.notFound("module", moduleId));
    }

    private static Item item(Course course, long itemId) {
        return course.modules().stream().flatMap(module -> module.items().stream())
                .filter(item -> item.id() == itemId).findFirst()
                .orElseThrow(() -> DomainException.notFound("item", itemId));
    }
}
