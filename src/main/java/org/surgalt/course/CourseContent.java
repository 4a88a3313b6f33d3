package org.surgalt.course;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.surgalt.course.release.Release;
import org.surgalt.course.release.ReleaseConditions;
import org.surgalt.platform.LocalizedText;

/**
 * A course's content as one version shows it: the published version learners read, or the
 * authors' draft ({@code version} null). Immutable, so a published version's content can be cached.
 * Module and item ids are the draft's ids, the same in every version.
 */
public record CourseContent(long courseId, String code, String language, Integer version, LocalizedText title,
        LocalizedText description, String attribution, List<ModuleContent> modules,
        Map<String, Item.AttachedFile> assets) {

    /** {@code release}: the conditions it opens on besides its prerequisite (course/release). */
    public record ModuleContent(long id, int position, LocalizedText title, Long prerequisiteId,
            List<ItemContent> items, ReleaseConditions release) {

        public ModuleContent(long id, int position, LocalizedText title, Long prerequisiteId, List<ItemContent> items) {
            this(id, position, title, prerequisiteId, items, ReleaseConditions.NONE);
        }
    }

    /**
     * {@code draftVersion}: the draft item's optimistic-lock version (null in published versions);
     * {@code required}: false for an optional item, which does not count towards its module, and
     * for one that is for some schools or cohorts only ({@link Release#countsForCompletion});
     * {@code release}: the conditions it opens on (course/release).
     */
    public record ItemContent(long id, long moduleId, int position, ItemKind kind, LocalizedText title,
            LocalizedText body, String url, Item.AttachedFile file, Completion completion, Integer minScore,
            Long draftVersion, boolean required, ReleaseConditions release) {

        public ItemContent(long id, long moduleId, int position, ItemKind kind, LocalizedText title,
                LocalizedText body, String url, Item.AttachedFile file, Completion completion, Integer minScore,
                Long draftVersion, boolean required) {
            this(id, moduleId, position, kind, title, body, url, file, completion, minScore, draftVersion, required,
                    ReleaseConditions.NONE);
        }
    }

    /** Whether any item or module of this version opens on conditions besides prerequisites. */
    public boolean hasReleaseConditions() {
        return modules.stream().anyMatch(module -> !module.release().isEmpty()
                || module.items().stream().anyMatch(item -> !item.release().isEmpty()));
    }

    public boolean isDraft() {
        return version == null;
    }

    public Stream<ItemContent> items() {
        return modules.stream().flatMap(module -> module.items().stream());
    }

    public Optional<ItemContent> item(long itemId) {
        return items().filter(item -> item.id() == itemId).findFirst();
    }

    public Optional<ModuleContent> module(long moduleId) {
        return modules.stream().filter(module -> module.id() == moduleId).findFirst();
    }

    /** The draft as a content snapshot, for previews and for comparing with a published version. */
    public static CourseContent ofDraft(Course course) {
        List<ModuleContent> modules = course.modules().stream()
                .map(module -> new ModuleContent(module.id(), module.position(), module.title(),
                        module.prerequisiteId(), module.items().stream()
                                .map(item -> new ItemContent(item.id(), module.id(), item.position(), item.kind(),
                                        item.title(), item.body(), item.url(), item.attachedFile().orElse(null),
                                        item.completion(), item.minScore(), item.version(),
                                        Release.countsForCompletion(item.required(), item.release(), module.release()),
                                        item.release()))
                                .toList(), module.release()))
                .toList();
        return new CourseContent(course.id(), course.code(), course.language(), null, course.title(),
                course.description(), course.attribution(), modules, course.assetFiles());
    }
}
