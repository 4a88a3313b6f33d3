package org.surgalt.node.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.surgalt.course.CourseContent;
import org.surgalt.course.Item;
import org.surgalt.platform.LocalizedText;

/**
 * A version's content without the ids each instance gives its own rows (course, modules, items):
 * two instances hold "the same version" when their fingerprints are equal. Prerequisites are named
 * by the module's place in the course, which both sides share.
 */
final class VersionFingerprint {

    private VersionFingerprint() {
    }

    static Object of(CourseContent content) {
        Map<Long, Integer> modulePlace = new HashMap<>();
        for (int i = 0; i < content.modules().size(); i++) {
            modulePlace.put(content.modules().get(i).id(), i);
        }
        List<Object> modules = new ArrayList<>();
        for (CourseContent.ModuleContent module : content.modules()) {
            List<Object> items = new ArrayList<>();
            for (CourseContent.ItemContent item : module.items()) {
                items.add(List.of(item.kind().name(), text(item.title()), text(item.body()), String.valueOf(item.url()),
                        file(item.file()), item.completion().name(), String.valueOf(item.minScore()),
                        item.required()));
            }
            modules.add(List.of(text(module.title()),
                    String.valueOf(module.prerequisiteId() == null ? null : modulePlace.get(module.prerequisiteId())),
                    items));
        }
        Map<String, Object> assets = new TreeMap<>();
        content.assets().forEach((name, file) -> assets.put(name, file(file)));
        return List.of(content.language(), text(content.title()), text(content.description()),
                String.valueOf(content.attribution()), modules, assets);
    }

    private static List<String> text(LocalizedText text) {
        return text == null ? List.of("", "") : List.of(String.valueOf(text.en()), String.valueOf(text.mn()));
    }

    private static List<String> file(Item.AttachedFile file) {
        return file == null ? List.of() : List.of(file.sha256(), file.filename(), file.mediaType());
    }
}
