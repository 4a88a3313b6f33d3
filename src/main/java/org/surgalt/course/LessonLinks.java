package org.surgalt.course;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * Where a lesson's relative addresses point: {@code ![](diagram.png)} to the course's lesson file
 * of that name, {@code [slides](slides.pptx)} to the item whose file has that name — within the
 * same version, so a draft preview shows the draft's files and learners the published ones.
 */
public final class LessonLinks {

    private LessonLinks() {
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
