package org.surgalt.course;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;

/**
 * Where a lesson's relative addresses point: {@code ![](diagram.png)} to the course's lesson file
 * of that name, {@code [slides](slides.pptx)} to the item whose file has that name — within the
 * same version, so a draft preview shows the draft's files and learners the published ones.
 */
public final class LessonLinks {

    // Thread-safe once built; only links and images matter here, so no extensions.
    private static final Parser PARSER = Parser.builder().build();

    private LessonLinks() {
    }

    /** Whether the item's lesson text (in either language) links to or shows the file of that name. */
    static boolean refersTo(CourseContent.ItemContent item, String filename) {
        return refersTo(item.body().en(), filename) || refersTo(item.body().mn(), filename);
    }

    private static boolean refersTo(String markdown, String filename) {
        if (markdown == null || markdown.isBlank()) {
            return false;
        }
        boolean[] found = {false};
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                found[0] |= names(link.getDestination(), filename);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                found[0] |= names(image.getDestination(), filename);
                visitChildren(image);
            }
        });
        return found[0];
    }

    /** As {@link #of} resolves a relative address: decoded, and only when it is a bare name. */
    private static boolean names(String destination, String filename) {
        if (destination == null || destination.isEmpty() || destination.contains(":")) {
            return false;
        }
        try {
            return filename.equals(URLDecoder.decode(destination, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            return filename.equals(destination);
        }
    }

    public static UnaryOperator<String> of(CourseContent content) {
        String query = content.isDraft() ? "?version=draft" : "";
        String base = "/courses/" + content.code();
        return destination -> {
            String name = URLDecoder.decode(destination, StandardCharsets.UTF_8);
            if (content.assets().containsKey(name)) {
                return base + "/files/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20") + query;
            }
            return content.items()
                    .filter(item -> item.file() != null && name.equals(item.file().filename()))
                    .findFirst()
                    .map(item -> base + "/items/" + item.id() + "/file" + query)
                    .orElse(null);
        };
    }
}
