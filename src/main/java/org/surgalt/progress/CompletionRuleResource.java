package org.surgalt.progress;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.course.Course;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseService;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.DomainException.FieldError;
import org.surgalt.web.Language;
import org.surgalt.web.Layout;

/** The page where a course's editors say when it counts as complete. */
@Path("/author/courses/{code}/completion")
@Produces(MediaType.TEXT_HTML)
public class CompletionRuleResource {

    public record ItemChoice(long id, String title, String lang, boolean optional) {
    }

    public record ModuleChoice(String title, String lang, List<ItemChoice> items) {
    }

    public record RulePage(String code, String courseTitle, List<ModuleChoice> modules, RuleForm form) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rule(RulePage page, List<FieldError> errors, boolean saved);
    }

    private final CompletionRuleService rules;
    private final CourseService courses;
    private final CurrentUser currentUser;
    private final Layout layout;
    private final Language language;

    CompletionRuleResource(CompletionRuleService rules, CourseService courses, CurrentUser currentUser, Layout layout,
            Language language) {
        this.rules = rules;
        this.courses = courses;
        this.currentUser = currentUser;
        this.layout = layout;
        this.language = language;
    }

    @GET
    @Operation(summary = "The course's completion rule editor, for its editors (HTML)")
    public Response page(@PathParam("code") String code, @QueryParam("saved") boolean saved) {
        Viewer viewer = currentUser.require();
        Course course = courses.courseByCode(code);
        return render(viewer, 200, course, RuleForm.of(rules.view(viewer, course.id())).withBlank(), List.of(), saved);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Save the completion rule (form); a change is applied to every learner in the background")
    public Response save(@PathParam("code") String code, MultivaluedMap<String, String> fields) {
        Viewer viewer = currentUser.require();
        Course course = courses.courseByCode(code);
        RuleForm form = RuleForm.of(fields);
        try {
            rules.save(viewer, course.id(), form.version(), form.allModules(), form.toConditions(), form.hours());
            return Response.seeOther(URI.create("/author/courses/" + code + "/completion?saved=true")).build();
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
                throw e;
            }
            // After a conflict the form carries the stored version: saving again replaces the other change.
            RuleForm kept = e.kind() == DomainException.Kind.CONFLICT
                    ? form.withVersion(rules.view(viewer, course.id()).version()) : form;
            return render(viewer, e.kind().status, course, kept.withBlank(), e.formErrors(), false);
        }
    }

    private Response render(Viewer viewer, int status, Course course, RuleForm form, List<FieldError> errors,
            boolean saved) {
        Locale locale = language.locale();
        CourseContent draft = rules.draft(viewer, course.id());
        List<ModuleChoice> modules = draft.modules().stream()
                .map(module -> new ModuleChoice(module.title().in(locale), module.title().languageIn(locale),
                        module.items().stream().map(item -> new ItemChoice(item.id(), item.title().in(locale),
                                item.title().languageIn(locale), !item.required())).toList()))
                .toList();
        RulePage page = new RulePage(course.code(), course.title().in(locale), modules, form);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(layout.apply(Templates.rule(page, errors, saved)).render()).build();
    }
}
