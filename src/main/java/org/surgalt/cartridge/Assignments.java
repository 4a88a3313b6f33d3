package org.surgalt.cartridge;

import static org.surgalt.content.ManifestXml.attribute;
import static org.surgalt.content.ManifestXml.child;
import static org.surgalt.content.ManifestXml.children;
import static org.surgalt.content.ManifestXml.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.surgalt.assignment.Assignment;
import org.w3c.dom.Element;

/**
 * An assignment of a cartridge: Common Cartridge's assignment extension ({@code assignment_xmlv1p0},
 * with Canvas' settings inside it) or Canvas' older form (an HTML page with
 * {@code assignment_settings.xml}); its rubric from Canvas' {@code course_settings/rubrics.xml}.
 * A rubric Surgalt cannot hold (no criteria, a criterion without levels, worth nothing or more than
 * an assignment may be) is left out and said so.
 */
final class Assignments {

    private static final String RUBRICS = "course_settings/rubrics.xml";
    private static final int MAX_POINTS = 10_000;
    private static final int MAX_LEVELS = 10;

    private final CartridgeArchive archive;

    Assignments(CartridgeArchive archive) {
        this.archive = archive;
    }

    record Read(String title, String body, Integer points, List<Assignment.NewCriterion> rubric,
            boolean rubricLeftOut) {
    }

    Read read(Cartridge.Resource resource, PageHtml html) throws IOException {
        Element settings;
        String body;
        String title;
        if (resource.type().startsWith("associatedcontent")) {
            String settingsPath = resource.files().stream().filter(f -> f.endsWith("/assignment_settings.xml"))
                    .findFirst().orElseThrow();
            settings = Planner.xml(archive, settingsPath);
            String page = archive.text(resource.href()).orElse("");
            body = Planner.isHtml(resource.href()) ? html.convert(page, resource.href()).body() : "";
            title = text(child(settings, "title"));
        } else {
            Element root = Planner.xml(archive, resource.href());
            settings = child(child(root, "extensions"), "assignment");
            body = html.convert(text(child(root, "text")), resource.href()).body();
            title = text(child(root, "title"));
            if (settings == null) {
                settings = root;
            }
            String gradable = attribute(child(root, "gradable"), "points_possible");
            if (text(child(settings, "points_possible")).isEmpty() && !gradable.isEmpty()) {
                return withRubric(title, body, points(gradable), "");
            }
        }
        return withRubric(title, body, points(text(child(settings, "points_possible"))),
                text(child(settings, "rubric_identifierref")));
    }

    private Read withRubric(String title, String body, Integer points, String rubricId) throws IOException {
        if (rubricId.isEmpty()) {
            return new Read(title, body, points, List.of(), false);
        }
        List<Assignment.NewCriterion> rubric = rubric(rubricId);
        return new Read(title, body, points, rubric, rubric.isEmpty());
    }

    private List<Assignment.NewCriterion> rubric(String id) throws IOException {
        if (!archive.contains(RUBRICS)) {
            return List.of();
        }
        Element rubric = children(Planner.xml(archive, RUBRICS), "rubric").stream()
                .filter(r -> id.equals(attribute(r, "identifier"))).findFirst().orElse(null);
        List<Assignment.NewCriterion> criteria = new ArrayList<>();
        int total = 0;
        for (Element criterion : children(child(rubric, "criteria"), "criterion")) {
            List<Assignment.NewLevel> levels = new ArrayList<>();
            int best = 0;
            for (Element rating : children(child(criterion, "ratings"), "rating")) {
                Integer points = points(text(child(rating, "points")));
                String name = text(child(rating, "description"));
                levels.add(new Assignment.NewLevel(cut(name.isEmpty() ? String.valueOf(points) : name, 200),
                        points == null ? 0 : points));
                best = Math.max(best, points == null ? 0 : points);
            }
            String name = text(child(criterion, "description"));
            if (levels.size() < 2 || levels.size() > MAX_LEVELS || name.isEmpty()) {
                return List.of();
            }
            total += best;
            criteria.add(new Assignment.NewCriterion(cut(name, 200), cut(text(child(criterion, "long_description")),
                    1000), levels));
        }
        return total < 1 || total > MAX_POINTS ? List.of() : criteria;
    }

    /** Whole points from Canvas' decimals ("5.0"); null when none or out of range. */
    private static Integer points(String value) {
        try {
            long points = Math.round(Double.parseDouble(value.strip()));
            return points >= 0 && points <= MAX_POINTS ? (int) points : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
