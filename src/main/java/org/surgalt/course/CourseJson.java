package org.surgalt.course;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.surgalt.platform.LocalizedText;

/** The JSON shapes of the course API: inputs (validated) and views. */
public final class CourseJson {

    private CourseJson() {
    }

    @Schema(name = "LocalizedText", description = "Text in English (en), Mongolian (mn) or both")
    public record Text(String en, String mn) {
        public static Text of(LocalizedText text) {
            return new Text(text.en(), text.mn());
        }

        LocalizedText toDomain() {
            return LocalizedText.of(en, mn);
        }

        static LocalizedText toDomain(Text text) {
            return text == null ? LocalizedText.empty() : text.toDomain();
        }
    }

    @Schema(name = "CourseInput")
    public record CourseInput(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}[a-z0-9]",
                    message = "must be 3 to 64 lower-case letters, digits or '-', not starting or ending with '-'") String code,
            @NotNull @Pattern(regexp = "en|mn", message = "must be en or mn") String language,
            @NotNull @Valid Text title,
            @Valid Text description) {

        NewCourse toNewCourse() {
            return new NewCourse(code, language, Text.toDomain(title), Text.toDomain(description), null, List.of());
        }
    }

    /** {@code prerequisite}: the id of the module that must be complete before this one opens. */
    @Schema(name = "ModuleInput")
    public record ModuleInput(@NotNull @Valid Text title, Long prerequisite) {
    }

    /** {@code version}: the item's version the change is based on, from the item as read. */
    @Schema(name = "ItemChange")
    public record ItemChange(@NotNull Long version, @NotNull @Valid Text title, @Valid Text body, String url,
            @NotNull @Pattern(regexp = "viewed|submitted|passed|attended|completed|completed_passed",
                    message = "must be one of viewed, submitted, passed, attended, completed, completed_passed")
            String completion,
            Integer minScore, String upload, Boolean required) {
    }

    @Schema(name = "ItemInput")
    public record ItemInput(
            @NotNull @Pattern(regexp = "page|file|video|assignment|quiz|session|link|package",
                    message = "must be one of page, file, video, assignment, quiz, session, link, package") String kind,
            @NotNull @Valid Text title,
            @Valid Text body,
            String url,
            String upload) {

        NewCourse.NewItem toNewItem() {
            return new NewCourse.NewItem(ItemKind.fromId(kind).orElse(null), Text.toDomain(title), Text.toDomain(body),
                    url, upload);
        }
    }

    @Schema(name = "CourseSummary")
    public record Summary(long id, String code, String language, Text title, Text description, int moduleCount) {
        static Summary of(CourseSummary course) {
            return new Summary(course.id(), course.code(), course.language(), Text.of(course.title()),
                    Text.of(course.description()), course.moduleCount());
        }
    }

    /** {@code version}: the published version's number, or "draft". */
    @Schema(name = "Course")
    public record Detail(long id, String code, String language, String version, Text title, Text description,
            String attribution, List<Module> modules) {
        static Detail of(CourseContent course) {
            return new Detail(course.courseId(), course.code(), course.language(), versionName(course),
                    Text.of(course.title()), Text.of(course.description()), course.attribution(),
                    course.modules().stream().map(Module::of).toList());
        }
    }

    static String versionName(CourseContent course) {
        return course.isDraft() ? "draft" : Integer.toString(course.version());
    }

    @Schema(name = "Module")
    public record Module(long id, int position, Text title, Long prerequisite, List<ItemSummary> items) {
        static Module of(CourseContent.ModuleContent module) {
            return new Module(module.id(), module.position(), Text.of(module.title()), module.prerequisiteId(),
                    module.items().stream().map(ItemSummary::of).toList());
        }
    }

    @Schema(name = "ItemSummary")
    public record ItemSummary(long id, String kind, int position, Text title) {
        static ItemSummary of(CourseContent.ItemContent item) {
            return new ItemSummary(item.id(), item.kind().id(), item.position(), Text.of(item.title()));
        }
    }

    /**
     * {@code completion}: viewed, submitted, passed (with {@code minScore} percent) or attended;
     * {@code required}: false for an optional item, which does not count towards its module;
     * {@code locked}: the caller's module is not open yet, so body, url and file are left out.
     */
    @Schema(name = "Item")
    public record ItemDetail(long id, long moduleId, String kind, int position, Text title, Text body, String url,
            FileView file, String completion, Integer minScore, Long version, boolean required, boolean locked,
            List<Removed> removedWhenShown) {
        static ItemDetail of(CourseContent course, CourseContent.ItemContent item) {
            String query = course.isDraft() ? "?version=draft" : "";
            return new ItemDetail(item.id(), item.moduleId(), item.kind().id(), item.position(),
                    Text.of(item.title()), Text.of(item.body()), item.url(),
                    item.file() == null ? null : new FileView(item.file().filename(), item.file().mediaType(),
                            "/courses/" + course.code() + "/items/" + item.id() + "/file" + query),
                    item.completion().id(), item.minScore(), course.isDraft() ? item.draftVersion() : null,
                    item.required(), false, List.of());
        }

        /** The response to a save: with what showing the saved text leaves out, so the author is told. */
        ItemDetail withRemovals(List<Removed> removed) {
            return new ItemDetail(id, moduleId, kind, position, title, body, url, file, completion, minScore, version,
                    required, locked, List.copyOf(removed));
        }

        /** What the outline shows of an item anyone may see listed, and nothing of what it says. */
        static ItemDetail locked(CourseContent course, CourseContent.ItemContent item) {
            return new ItemDetail(item.id(), item.moduleId(), item.kind().id(), item.position(),
                    Text.of(item.title()), null, null, null, item.completion().id(), item.minScore(), null,
                    item.required(), true, List.of());
        }
    }

    /**
     * Something the sanitiser removes from an item's text when it is shown. {@code language}: of the
     * text (en, mn); {@code reason}: script, frame, form, handler, address, element or attribute;
     * {@code element}/{@code attribute}: what was removed; {@code message}: why, in the caller's language.
     */
    @Schema(name = "RemovedWhenShown")
    public record Removed(String language, String reason, String element, String attribute, String message) {
    }

    @Schema(name = "ItemFile")
    public record FileView(String filename, String mediaType, String download) {
    }
}
