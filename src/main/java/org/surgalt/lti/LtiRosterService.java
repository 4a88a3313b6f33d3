package org.surgalt.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.surgalt.course.CourseRoster;
import org.surgalt.course.CourseRoster.Part;
import org.surgalt.lti.LtiContexts.ToolContext;
import org.surgalt.platform.DomainException;

/**
 * Names and Role Provisioning Services 2.0: a tool allowed to read rosters gets the members of a
 * course that uses it (the launch's context is the course, so the roster is the course's, whatever
 * cohort the launching person is in): the same opaque user_id as in launches, LIS roles, status,
 * and name and email only as far as the tool's registration allows (PersonalData, as launches).
 */
@ApplicationScoped
public class LtiRosterService {

    static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership";
    static final String LEARNER = MEMBERSHIP + "#Learner";
    static final String INSTRUCTOR = MEMBERSHIP + "#Instructor";
    static final String TEACHING_ASSISTANT = MEMBERSHIP + "/Instructor#TeachingAssistant";

    private final LtiContexts contexts;
    private final LtiToolRepository tools;
    private final CourseRoster roster;

    LtiRosterService(LtiContexts contexts, LtiToolRepository tools, CourseRoster roster) {
        this.contexts = contexts;
        this.tools = tools;
        this.roster = roster;
    }

    /** One page of members; {@code found}: how many came of the paging's probe. */
    record Page(Map<String, Object> context, List<Map<String, Object>> members, int found) {
    }

    @Transactional
    Page members(long toolId, String code, String role, LtiPaging paging) {
        ToolContext context = contexts.of(toolId, code);
        LtiTool tool = tools.findByIdOptional(toolId).filter(LtiTool::roster)
                .orElseThrow(() -> DomainException.forbidden("This tool may not read rosters."));
        boolean filtered = role != null && !role.isBlank();
        Optional<Part> only = filtered ? Optional.ofNullable(part(role)) : Optional.empty();
        List<CourseRoster.Member> found = filtered && only.isEmpty() ? List.of()
                : roster.members(context.course().id(), only, paging.offset(), paging.probe());
        List<Map<String, Object>> members = found.stream().limit(paging.limit()).map(member -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("status", member.active() ? "Active" : "Inactive");
            view.put("user_id", Long.toString(member.userId()));
            view.put("roles", member.parts().stream().map(LtiRosterService::role).toList());
            view.putAll(tool.shares().claims(member.displayName(), member.email()));
            return view;
        }).toList();
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("id", Long.toString(context.course().id()));
        about.put("label", context.course().code());
        about.put("title", context.content().title().in(Locale.forLanguageTag(
                context.content().language() == null ? "mn" : context.content().language())));
        return new Page(about, members, found.size());
    }

    /** The LIS role a part in a course is to tools; launches say the same of the people launching. */
    static String role(Part part) {
        return switch (part) {
            case LEARNER -> LEARNER;
            case AUTHOR -> INSTRUCTOR;
            case GRADER -> TEACHING_ASSISTANT;
        };
    }

    /** The NRPS role filter: a full LIS role or its short name; a role no one here has matches no one. */
    private static Part part(String role) {
        String name = role.contains("#") ? role.substring(role.lastIndexOf('#') + 1) : role;
        return switch (name) {
            case "Learner" -> Part.LEARNER;
            case "Instructor" -> Part.AUTHOR;
            case "TeachingAssistant" -> Part.GRADER;
            default -> null;
        };
    }
}
