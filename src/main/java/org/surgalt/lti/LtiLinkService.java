package org.surgalt.lti;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
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
 * keeps and sends at each launch.
 */
@ApplicationScoped
public class LtiLinkService {

    /** A name as LTI custom parameters are spelled; the id_token carries names and values as given. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,100}");
    public static final int MAX_VALUE = 1000;
    public static final int MAX_PARAMETERS = 50;

    private final LtiToolService tools;
    private final LtiItemCustomRepository customs;
    private final CourseService courses;
    private final CourseAccess access;
    private final ObjectMapper json;

    LtiLinkService(LtiToolService tools, LtiItemCustomRepository customs, CourseService courses, CourseAccess access,
            ObjectMapper json) {
        this.tools = tools;
        this.customs = customs;
        this.courses = courses;
        this.access = access;
        this.json = json;
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

    /** Gives a draft LTI item of the course its custom parameters (replacing any), for the course's editors. */
    @Transactional
    public void keepCustom(Viewer viewer, long courseId, long itemId, Map<String, String> parameters) {
        Course course = courses.course(courseId);
        access.requireCanEdit(viewer, course);
        boolean isLti = courses.content(viewer, course, "draft").item(itemId)
                .map(item -> item.kind() == ItemKind.LTI).orElse(false);
        if (!isLti) {
            throw DomainException.notFound("LTI item", itemId);
        }
        if (parameters.size() > MAX_PARAMETERS || parameters.entrySet().stream().anyMatch(
                e -> !NAME.matcher(e.getKey()).matches() || e.getValue() == null || e.getValue().length() > MAX_VALUE)) {
            throw DomainException.invalid("custom", "give at most 50 parameters, names of letters, digits, '_', '.' "
                    + "or '-' and values of at most 1000 characters");
        }
        String value = write(parameters);
        customs.findByIdOptional(itemId).ifPresentOrElse(found -> found.replace(value),
                () -> customs.persist(new LtiItemCustom(itemId, value)));
    }

    /** The item's custom parameters, in the order they were given; empty when it has none. */
    @Transactional
    public Map<String, String> custom(long itemId) {
        return customs.findByIdOptional(itemId).map(found -> read(found.parameters())).orElse(Map.of());
    }

    private String write(Map<String, String> parameters) {
        try {
            return json.writeValueAsString(parameters);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> read(String parameters) {
        try {
            return json.readValue(parameters, new TypeReference<LinkedHashMap<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
