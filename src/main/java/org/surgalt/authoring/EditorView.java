package org.surgalt.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.surgalt.content.UploadService;
import org.surgalt.course.Course;
import org.surgalt.course.CourseAccess;
import org.surgalt.course.CourseModule;
import org.surgalt.course.CourseService;
import org.surgalt.course.Item;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.Role;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.LocalizedText;
import org.surgalt.web.Formats;

/** Builds what the draft page shows, so that the template only displays (no rules in it). */
@ApplicationScoped
public class EditorView {


    private final CourseService courses;
    private final DraftService drafts;
    private final PublishingService publishing;
    private final PublishedContent published;
    private final CourseAccess access;
    private final UploadService uploads;
    private final IdentityService identity;

    EditorView(CourseService courses, DraftService drafts, PublishingService publishing, PublishedContent published,
            CourseAccess access, UploadService uploads, IdentityService identity) {
        this.courses = courses;
        this.drafts = drafts;
        this.publishing = publishing;
        this.published = published;
        this.access = access;
        this.uploads = uploads;
        this.identity = identity;
    }

    boolean canCreate(Viewer viewer) {
        return viewer.isAdmin() || viewer.hasAnywhere(Role.AUTHOR);
    }

    @Transactional
    public Editor editor(Viewer viewer, String code) {
        Course course = drafts.draft(viewer, courses.courseByCode(code).id());
        Locale locale = viewer.locale();
        boolean canEdit = access.canEdit(viewer, course);
        boolean frozen = course.workflowState() == Course.WorkflowState.IN_REVIEW;
        List<ModuleRow> modules = new ArrayList<>();
        List<CourseModule> all = course.modules();
        for (int m = 0; m < all.size(); m++) {
            CourseModule module = all.get(m);
            List<Option> prerequisites = new ArrayList<>();
            for (CourseModule other : all) {
                if (other != module) {
                    prerequisites.add(new Option(other.id(), other.title().in(locale),
                            other.id().equals(module.prerequisiteId())));
                }
            }
            List<ItemRow> items = new ArrayList<>();
            List<Item> moduleItems = module.items();
            for (int i = 0; i < moduleItems.size(); i++) {
                Item item = moduleItems.get(i);
                Optional<UploadService.Stage> pending = item.pendingUploadId().flatMap(uploads::stage);
                items.add(new ItemRow(item.id(), item.kind().id(), item.title().in(locale),
                        item.title().languageIn(locale), pending.map(UploadService.Stage::filename).orElse(null),
                        pending.map(UploadService.Stage::name).orElse(null),
                        item.attachedFile().map(Item.AttachedFile::filename).orElse(null), i == 0,
                        i == moduleItems.size() - 1));
            }
            modules.add(new ModuleRow(module.id(), module.position(), module.title().en(), module.title().mn(),
                    module.title().in(locale), prerequisites, items, m == 0, m == all.size() - 1));
        }
        List<FileRow> files = course.assetFiles().values().stream()
                .map(file -> new FileRow(file.filename(), file.mediaType(),
                        "/courses/" + course.code() + "/files/" + file.filename() + "?version=draft"))
                .toList();
        List<VersionRow> versions = published.versions(course).stream()
                .map(version -> new VersionRow(version.number(),
                        Formats.when(version.publishedAt(), locale),
                        version.number() > 1 ? version.number() - 1 : null))
                .toList();
        return new Editor(course.code(), course.title().in(locale), course.title().languageIn(locale),
                frozen, course.publishedVersion().orElse(null), canEdit && !frozen, canEdit,
                new DetailsForm(course.title().en(), course.title().mn(), course.description().en(),
                        course.description().mn()),
                modules, files, review(viewer, course, locale), versions);
    }

    private ReviewPanel review(Viewer viewer, Course course, Locale locale) {
        Optional<CourseReview> latest = publishing.latestReview(course);
        boolean inReview = course.workflowState() == Course.WorkflowState.IN_REVIEW;
        boolean canEdit = access.canEdit(viewer, course);
        Optional<CourseReview> open = latest.filter(review -> review.state() == CourseReview.State.OPEN);
        Set<Long> people = new HashSet<>();
        latest.ifPresent(review -> {
            review.approvals().forEach(approval -> people.add(approval.reviewerId()));
            review.comments().forEach(comment -> people.add(comment.authorId()));
        });
        Map<Long, String> names = identity.displayNames(people);
        int approvals = open.map(review -> review.approvals().size()).orElse(0);
        int required = publishing.approvalsRequired();
        boolean submitter = open.map(review -> review.submittedBy() == viewer.userId()).orElse(false);
        boolean approved = open.map(review -> review.approvals().stream()
                .anyMatch(approval -> approval.reviewerId() == viewer.userId())).orElse(false);
        Map<Long, LocalizedText> itemTitles = course.modules().stream().flatMap(module -> module.items().stream())
                .collect(Collectors.toMap(Item::id, Item::title));
        List<CommentRow> comments = latest.map(review -> review.comments().stream()
                .map(comment -> new CommentRow(names.getOrDefault(comment.authorId(), "?"),
                        comment.itemId() == null ? null : Optional.ofNullable(itemTitles.get(comment.itemId()))
                                .map(title -> title.in(locale)).orElse("#" + comment.itemId()),
                        comment.itemId(), comment.body(), Formats.when(comment.createdAt(), locale)))
                .toList()).orElse(List.of());
        return new ReviewPanel(inReview,
                canEdit && !inReview && required > 0,
                canEdit && inReview,
                inReview && !submitter && !approved,
                inReview && !submitter,
                canEdit && (inReview ? approvals >= required : required == 0),
                required == 0, approvals, required,
                open.map(review -> review.approvals().stream().map(a -> names.getOrDefault(a.reviewerId(), "?"))
                        .collect(Collectors.joining(", "))).orElse(""),
                latest.map(review -> review.state().name().toLowerCase(Locale.ROOT)).orElse(null),
                inReview, comments, canEdit);
    }

    public record Editor(String code, String title, String lang, boolean frozen, Integer publishedVersion,
            boolean canChange, boolean canEdit, DetailsForm details, List<ModuleRow> modules, List<FileRow> files,
            ReviewPanel review, List<VersionRow> versions) {

        /** Where the lesson-file uploader posts the finished upload. */
        public String filesAction() {
            return "/author/courses/" + code + "/files";
        }
    }

    public record DetailsForm(String titleEn, String titleMn, String descriptionEn, String descriptionMn) {
    }

    public record ModuleRow(long id, int position, String titleEn, String titleMn, String title,
            List<Option> prerequisites, List<ItemRow> items, boolean first, boolean last) {
    }

    public record Option(long id, String label, boolean selected) {
    }

    /** {@code upload}/{@code uploadState}: a pending upload's name and stage; {@code filename}: the current file. */
    public record ItemRow(long id, String kind, String title, String lang, String upload, String uploadState,
            String filename, boolean first, boolean last) {
    }

    public record FileRow(String filename, String mediaType, String link) {
    }

    public record VersionRow(int number, String publishedAt, Integer previous) {
    }

    /** What the viewer may do with the review now; the template only shows buttons for these. */
    public record ReviewPanel(boolean inReview, boolean canSubmit, boolean canWithdraw, boolean canApprove,
            boolean canRequestChanges, boolean canPublish, boolean publishWithoutReview, int approvals, int required,
            String approvedBy, String lastState, boolean canComment, List<CommentRow> comments, boolean canInvite) {
    }

    public record CommentRow(String author, String item, Long itemId, String body, String when) {
    }
}
