package org.surgalt.authoring;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseContent.ModuleContent;
import org.surgalt.platform.LocalizedText;

/**
 * What changed from one version of a course to another (either may be the draft): modules and
 * items added, removed, moved or changed, matched by their stable ids, with a line diff of lesson text.
 */
public record VersionDiff(List<Change> changes) {

    public enum Type {
        ADDED, REMOVED, CHANGED
    }

    /** {@code fields}: what changed (title, text, file, ...); {@code lines}: unified diff of the text. */
    public record Change(Type type, String what, long id, LocalizedText title, List<String> fields, List<Line> lines) {
    }

    /** One line of a unified diff; {@code kind} is "add", "remove", "context" or "hunk". */
    public record Line(String kind, String text) {
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public static VersionDiff between(CourseContent before, CourseContent after) {
        List<Change> changes = new ArrayList<>();
        List<String> courseFields = new ArrayList<>();
        if (!Objects.equals(before.title(), after.title())) {
            courseFields.add("title");
        }
        if (!Objects.equals(before.description(), after.description())) {
            courseFields.add("description");
        }
        if (!Objects.equals(before.assets(), after.assets())) {
            courseFields.add("lesson files");
        }
        if (!courseFields.isEmpty()) {
            changes.add(new Change(Type.CHANGED, "course", after.courseId(), after.title(), courseFields, List.of()));
        }
        Map<Long, ModuleContent> oldModules = byId(before.modules(), ModuleContent::id);
        Map<Long, ModuleContent> newModules = byId(after.modules(), ModuleContent::id);
        for (ModuleContent module : after.modules()) {
            ModuleContent old = oldModules.get(module.id());
            if (old == null) {
                changes.add(new Change(Type.ADDED, "module", module.id(), module.title(), List.of(), List.of()));
                continue;
            }
            List<String> fields = new ArrayList<>();
            if (!Objects.equals(old.title(), module.title())) {
                fields.add("title");
            }
            if (old.position() != module.position()) {
                fields.add("position");
            }
            if (!Objects.equals(old.prerequisiteId(), module.prerequisiteId())) {
                fields.add("prerequisite");
            }
            if (!Objects.equals(old.release(), module.release())) {
                fields.add("release conditions");
            }
            if (!fields.isEmpty()) {
                changes.add(new Change(Type.CHANGED, "module", module.id(), module.title(), fields, List.of()));
            }
        }
        before.modules().stream().filter(module -> !newModules.containsKey(module.id()))
                .forEach(module -> changes.add(new Change(Type.REMOVED, "module", module.id(), module.title(),
                        List.of(), List.of())));
        Map<Long, ItemContent> oldItems = byId(before.items().toList(), ItemContent::id);
        Map<Long, ItemContent> newItems = byId(after.items().toList(), ItemContent::id);
        after.items().forEach(item -> {
            ItemContent old = oldItems.get(item.id());
            if (old == null) {
                changes.add(new Change(Type.ADDED, "item", item.id(), item.title(), List.of(),
                        textDiff(LocalizedText.empty(), item.body())));
            } else {
                List<String> fields = itemFields(old, item);
                if (!fields.isEmpty()) {
                    changes.add(new Change(Type.CHANGED, "item", item.id(), item.title(), fields,
                            textDiff(old.body(), item.body())));
                }
            }
        });
        before.items().filter(item -> !newItems.containsKey(item.id()))
                .forEach(item -> changes.add(new Change(Type.REMOVED, "item", item.id(), item.title(), List.of(),
                        List.of())));
        return new VersionDiff(List.copyOf(changes));
    }

    private static List<String> itemFields(ItemContent old, ItemContent item) {
        List<String> fields = new ArrayList<>();
        if (!Objects.equals(old.title(), item.title())) {
            fields.add("title");
        }
        if (!Objects.equals(old.body(), item.body())) {
            fields.add("text");
        }
        if (!Objects.equals(old.url(), item.url())) {
            fields.add("address");
        }
        if (!Objects.equals(old.file(), item.file())) {
            fields.add("file");
        }
        if (old.moduleId() != item.moduleId()) {
            fields.add("module");
        } else if (old.position() != item.position()) {
            fields.add("position");
        }
        if (old.completion() != item.completion() || !Objects.equals(old.minScore(), item.minScore())) {
            fields.add("completion rule");
        }
        if (old.required() != item.required()) {
            fields.add("required");
        }
        if (!Objects.equals(old.release(), item.release())) {
            fields.add("release conditions");
        }
        return fields;
    }

    /** A unified diff of the English and then the Mongolian text, each under a hunk header naming it. */
    private static List<Line> textDiff(LocalizedText before, LocalizedText after) {
        List<Line> lines = new ArrayList<>();
        lines.addAll(textDiff("en", before.en(), after.en()));
        lines.addAll(textDiff("mn", before.mn(), after.mn()));
        return lines;
    }

    private static List<Line> textDiff(String language, String before, String after) {
        if (Objects.equals(before, after)) {
            return List.of();
        }
        List<String> oldLines = lines(before);
        List<String> newLines = lines(after);
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff(language, language, oldLines,
                DiffUtils.diff(oldLines, newLines), 2);
        return unified.stream().skip(2).map(line -> switch (line.isEmpty() ? ' ' : line.charAt(0)) {
            case '+' -> new Line("add", line.substring(1));
            case '-' -> new Line("remove", line.substring(1));
            case '@' -> new Line("hunk", "[" + language + "] " + line);
            default -> new Line("context", line.isEmpty() ? "" : line.substring(1));
        }).toList();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\r?\n", -1));
    }

    private static <T> Map<Long, T> byId(List<T> values, Function<T, Long> id) {
        return values.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
