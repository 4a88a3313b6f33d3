package org.surgalt.node.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
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
public final class VersionFingerprint {

    private static final ObjectMapper JSON = new ObjectMapper();

    private VersionFingerprint() {
    }

    /**
     * The fingerprint as a SHA-256 in hex, for comparing over the link (the national catalog lists it,
     * a node compares it with its own version's) without sending the content.
     */
    public static String sha256(CourseContent content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(JSON.writeValueAsBytes(of(content))));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("a fingerprint is lists of strings", e);
        }
    }

    public static Object of(CourseContent content) {
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
