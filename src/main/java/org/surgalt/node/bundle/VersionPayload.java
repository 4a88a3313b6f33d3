package org.surgalt.node.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashSet;
import java.util.Objects;
import org.surgalt.course.CourseContent;
import org.surgalt.course.Item;

/**
 * One published version as it travels over a node's link ({@code GET /api/node/courses/{code}/versions/{n}}):
 * its content as a bundle carries it, with the source's ids, and its items' quiz and assignment settings.
 */
public record VersionPayload(CourseContent content, CourseExtras extras) {

    /** The JSON both sides read and write it with: a bundle's. */
    public static ObjectMapper mapper(ObjectMapper base) {
        return BundleFile.mapper(base);
    }

    /** The files a version uses: its items' and its lessons', each once. */
    public static LinkedHashSet<Item.AttachedFile> files(CourseContent content) {
        LinkedHashSet<Item.AttachedFile> files = new LinkedHashSet<>();
        content.items().map(CourseContent.ItemContent::file).filter(Objects::nonNull).forEach(files::add);
        files.addAll(content.assets().values());
        return files;
    }
}
