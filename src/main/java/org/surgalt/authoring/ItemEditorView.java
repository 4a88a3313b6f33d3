package org.surgalt.authoring;

import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.surgalt.content.UploadService;
import org.surgalt.course.Course;
import org.surgalt.course.CourseAccess;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseService;
import org.surgalt.course.Item;
import org.surgalt.course.ItemKind;
import org.surgalt.course.LessonLinks;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.web.MarkdownRenderer;
import org.surgalt.web.ErrorTexts;
import org.surgalt.web.Formats;

/** What the item editor shows: the saved draft item, or what the author typed when a save was refused. */
@ApplicationScoped
public class ItemEditorView {

    private final CourseService courses;
    private final DraftService drafts;
    private final PublishingService publishing;
    private final CourseAccess access;
    private final UploadService uploads;
    private final IdentityService identity;
    private final MarkdownRenderer markdown;

    ItemEditorView(CourseService courses, DraftService drafts, PublishingService publishing, CourseAccess access,
            UploadService uploads, IdentityService identity, MarkdownRenderer markdown) {
        this.courses = courses;
        this.drafts = drafts;
        this.publishing = publishing;
        this.access = access;
        this.uploads = uploads;
        this.identity = identity;
        this.markdown = markdown;
    }

    /** {@code typed}: the author's refused input to show instead of the saved item (null: show the saved one). */
    @Transactional
    public ItemEditor editor(Viewer viewer, String code, long itemId, ItemForm typed, boolean conflict) {
        Course course = drafts.draft(viewer, courses.courseByCode(code).id());
        Item item = course.modules().stream().flatMap(module -> module.items().stream())
                .filter(candidate -> candidate.id() == itemId).findFirst()
                .orElseThrow(() -> DomainException.notFound("item", itemId));
        ItemForm saved = new ItemForm(item.version(), item.title().en(), item.title().mn(), item.body().en(),
                item.body().mn(), item.url(), item.completion().id(), item.minScore(), item.required());
        ItemForm form = typed == null ? saved : typed;
        CourseContent draft = CourseContent.ofDraft(course);
        Locale locale = viewer.locale();
        UploadService.Stage stage = item.pendingUploadId().flatMap(uploads::stage).orElse(null);
        Pending pending = stage == null ? null
                : new Pending(stage.id(), stage.filename(), stage.name(), ErrorTexts.translate(stage.reason(), locale),
                        "uploading".equals(stage.name()) || "queued".equals(stage.name())
                                || "processing".equals(stage.name()));
        Item.AttachedFile file = item.attachedFile().orElse(null);
        List<EditorView.CommentRow> comments = publishing.latestReview(course)
                .map(review -> {
                    Map<Long, String> names = identity.displayNames(review.comments().stream()
                            .map(ReviewComment::authorId).collect(Collectors.toSet()));
                    return review.comments().stream().filter(comment -> Long.valueOf(itemId).equals(comment.itemId()))
                            .map(comment -> new EditorView.CommentRow(names.getOrDefault(comment.authorId(), "?"), null,
                                    comment.itemId(), comment.body(),
                                    Formats.when(comment.createdAt(), locale)))
                            .toList();
                }).orElse(List.of());
        boolean inReview = course.workflowState() == Course.WorkflowState.IN_REVIEW;
        var links = LessonLinks.of(draft);
        return new ItemEditor(course.code(), course.title().in(locale), item.id(), item.kind().id(),
                access.canEdit(viewer, course) && !inReview, form,
                item.kind() == ItemKind.PAGE || item.kind() == ItemKind.ASSIGNMENT || item.kind() == ItemKind.QUIZ
                        || item.kind() == ItemKind.SESSION,
                item.carriesFile(), accept(item.kind()),
                file == null ? null : file.filename(), file == null ? null : file.mediaType(),
                file == null ? null : "/courses/" + course.code() + "/items/" + item.id() + "/file?version=draft",
                pending, markdown.render(saved.bodyEn(), links), markdown.render(saved.bodyMn(), links),
                removed(saved, locale), comments, inReview, conflict ? saved : null);
    }

    /** What the sanitiser leaves out of the saved text when it is shown, said once, in the author's language. */
    private List<String> removed(ItemForm saved, Locale locale) {
        return java.util.stream.Stream.concat(markdown.removals(saved.bodyMn()).stream(),
                markdown.removals(saved.bodyEn()).stream())
                .map(removal -> removal.message(locale)).distinct().toList();
    }

    private static String accept(ItemKind kind) {
        return switch (kind) {
            case VIDEO -> "video/mp4,video/webm,.mp4,.webm";
            case PACKAGE -> ".zip,.h5p,application/zip";
            default -> ".pdf,.docx,.pptx,.xlsx,.odt,.odp,.ods,.txt,image/*";
        };
    }

    /** The fields of the item form; {@code version} is the one the author started from. */
    public record ItemForm(long version, String titleEn, String titleMn, String bodyEn, String bodyMn, String url,
            String completion, Integer minScore, boolean required) {
    }

    /** {@code active}: still uploading or being checked, so the page may poll for news. */
    public record Pending(String id, String filename, String state, String reason, boolean active) {
    }

    /**
     * {@code saved}: on a conflict, the text someone else saved meanwhile; {@code removed}: what
     * showing the saved text leaves out, and why.
     */
    public record ItemEditor(String code, String courseTitle, long id, String kind, boolean canChange, ItemForm form,
            boolean hasBody, boolean carriesFile, String accept, String filename, String fileType, String fileLink,
            Pending pending, RawString previewEn, RawString previewMn, List<String> removed,
            List<EditorView.CommentRow> comments,
            boolean canComment, ItemForm saved) {

        /** Where the item's uploader posts the finished upload. */
        public String fileAction() {
            return "/author/courses/" + code + "/items/" + id + "/file";
        }
    }
}
