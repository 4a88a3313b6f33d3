package org.surgalt.lti;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.surgalt.course.Course;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseService;
import org.surgalt.course.ItemKind;
import org.surgalt.platform.DomainException;

/**
 * Which courses a tool's token reaches: a token names a tool, not a course, so a service call for
 * a course (its roster, its line items) is allowed only where the course's published version has
 * an LTI item of that tool, the context the tool was launched from.
 */
@ApplicationScoped
class LtiContexts {

    private final CourseService courses;
    private final LtiToolService tools;

    LtiContexts(CourseService courses, LtiToolService tools) {
        this.courses = courses;
        this.tools = tools;
    }

    /** A course as one tool sees it: the published version and the tool's own items in it. */
    record ToolContext(Course course, CourseContent content, long toolId, List<ItemContent> items) {

        ItemContent item(long itemId) {
            return items.stream().filter(item -> item.id() == itemId).findFirst().orElseThrow(
                    () -> DomainException.forbidden("A tool reaches its own items' line items only."));
        }
    }

    /** 404 for no such course, 403 for a course that does not use the tool. */
    ToolContext of(long toolId, String code) {
        Course course = courses.courseByCode(code);
        CourseContent content = courses.published(code);
        List<ItemContent> items = content.items().filter(item -> item.kind() == ItemKind.LTI)
                .filter(item -> tools.forTarget(item.url()).map(tool -> tool.id() == toolId).orElse(false)).toList();
        if (items.isEmpty()) {
            throw DomainException.forbidden("This course does not use the tool.");
        }
        return new ToolContext(course, content, toolId, items);
    }

    boolean isEnrolled(long userId, ToolContext context) {
        return courses.isEnrolled(userId, context.course().id());
    }
}
