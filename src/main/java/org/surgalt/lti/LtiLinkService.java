package org.surgalt.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.surgalt.course.Course;
import org.surgalt.course.CourseAccess;
import org.surgalt.course.CourseService;
import org.surgalt.course.ItemKind;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * What LTI links brought from elsewhere (a Common Cartridge's basic LTI links, issue 23) need: the
 * registered tool that would launch an address, by the rule launches use ({@link LtiToolService}
 * finds an item's tool by the origin of its target link), and the custom parameters an LTI item
 * keeps and sends at each launch (kept as deep linking keeps them, {@link CustomParameters}).
 */
@ApplicationScoped
public class LtiLinkService {

    /** A name as LTI custom parameters are spelled; the id_token carries names and values as given. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,100}");
    public static final int MAX_VALUE = 1000;
    public static final int MAX_PARAMETERS = 50;

    private final LtiToolService tools;
    private final CustomParameters customs;
    private final CourseService courses;
    private final CourseAccess access;

    LtiLinkService(LtiToolService tools, CustomParameters customs, CourseService courses, CourseAccess access) {
        this.tools = tools;
        this.customs = customs;
        this.courses = courses;
        this.access = access;
    }

    /** An absolute http or https address of at most 2048 characters, as a tool's addresses must be. */
    public static boolean isWebAddress(String value) {
        return value != null && LtiToolService.isWebAddress(value);
    }

    /** The name of the active tool registered at the address's origin (scheme, host, port), if any. */
    @Transactional
    public Optional<String> toolServing(String address) {
        return tools.forTarget(address).map(LtiTool::name);
    }

    /**
     * Gives a draft LTI item of the course its custom parameters (replacing any) for its target link,
     * for the course's editors; launches of that link send them.
     */
    @Transactional
    public void keepCustom(Viewer viewer, long courseId, long itemId, Map<String, String> parameters) {
        Course course = courses.course(courseId);
        access.requireCanEdit(viewer, course);
        String url = courses.content(viewer, course, "draft").item(itemId)
                .filter(item -> item.kind() == ItemKind.LTI).map(item -> item.url())
                .orElseThrow(() -> DomainException.notFound("LTI item", itemId));
        if (parameters.size() > MAX_PARAMETERS || parameters.entrySet().stream().anyMatch(
                e -> !NAME.matcher(e.getKey()).matches() || e.getValue() == null || e.getValue().length() > MAX_VALUE)) {
            throw DomainException.invalid("custom", "give at most 50 parameters, names of letters, digits, '_', '.' "
                    + "or '-' and values of at most 1000 characters");
        }
        customs.keep(itemId, url, parameters);
    }

    /**
     * The custom parameters an LTI item keeps for its address, as given (a cartridge export writes them
     * so that another platform launches the same content); for those who may edit the course.
     */
    @Transactional
    public Map<String, String> customOf(Viewer viewer, Course course, long itemId, String url) {
        access.requireCanEdit(viewer, course);
        return customs.stored(itemId, url);
    }
}
