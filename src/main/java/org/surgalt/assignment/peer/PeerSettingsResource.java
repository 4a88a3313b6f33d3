package org.surgalt.assignment.peer;

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
import org.surgalt.assignment.AssignmentService;
import org.surgalt.assignment.AssignmentTime;
import org.surgalt.course.Course;
import org.surgalt.course.CourseService;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.DomainException.FieldError;
import org.surgalt.web.Language;
import org.surgalt.web.Layout;

/** The authors' page of an assignment's peer assessment phase, with its grading rule in words. */
@Path("/author/courses/{code}/assignments/{itemId}/peer")
@Produces(MediaType.TEXT_HTML)
public class PeerSettingsResource {

    /** The form as typed (numbers kept as text, so nothing typed is lost when it is refused). */
    public record Form(long version, boolean enabled, String peers, boolean otherSchool, boolean anonymous,
            String assessUntil, String teacherWeightText, String assessingWeightText) {

        static Form of(PeerSettings s) {
            return new Form(s.version(), s.enabled(), Integer.toString(s.peers()),
                    s.allocation() == PeerSettings.Allocation.OTHER_SCHOOL, s.anonymous(),
                    AssignmentTime.input(s.assessUntil()), Integer.toString(s.teacherWeight()),
                    Integer.toString(s.assessingWeight()));
        }

        static Form of(MultivaluedMap<String, String> fields) {
            String version = fields.getFirst("version");
            return new Form(version == null || !version.matches("\\d{1,18}") ? 0 : Long.parseLong(version),
                    "true".equals(fields.getFirst("enabled")), text(fields, "peers"),
                    "other_school".equals(fields.getFirst("allocation")), "true".equals(fields.getFirst("anonymous")),
                    text(fields, "assessUntil"), text(fields, "teacherWeight"), text(fields, "assessingWeight"));
        }

        PeerSettings.Change toChange() {
            return new PeerSettings.Change(version, enabled, number("peers", peers),
                    otherSchool ? PeerSettings.Allocation.OTHER_SCHOOL : PeerSettings.Allocation.RANDOM, anonymous,
                    AssignmentTime.parseInput("assessUntil", assessUntil), number("teacherWeight", teacherWeightText),
                    number("assessingWeight", assessingWeightText));
        }

        /** For the rule shown on the page; what was typed when it is not a percentage. */
        public int teacherWeight() {
            return percent(teacherWeightText);
        }

        public int peersWeight() {
            return 100 - teacherWeight();
        }

        public int assessingWeight() {
            return percent(assessingWeightText);
        }

        public int scoreWeight() {
            return 100 - assessingWeight();
        }

        private static int percent(String text) {
            return text.matches("\\d{1,3}") ? Math.min(100, Integer.parseInt(text)) : 0;
        }

        private static int number(String field, String text) {
            if (!text.matches("\\d{1,3}")) {
                throw DomainException.invalid(field, "must be a whole number");
            }
            return Integer.parseInt(text);
        }

        private static String text(MultivaluedMap<String, String> fields, String name) {
            String value = fields.getFirst(name);
            return value == null ? "" : value.strip();
        }
    }

    public record Page(String code, long itemId, String title, Form form, String allocatedAt) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(Page page, List<FieldError> errors, boolean saved);
    }

    private final PeerService peers;
    private final AssignmentService assignments;
    private final CourseService courses;
    private final CurrentUser currentUser;
    private final Layout layout;
    private final Language language;

    PeerSettingsResource(PeerService peers, AssignmentService assignments, CourseService courses,
            CurrentUser currentUser, Layout layout, Language language) {
        this.peers = peers;
        this.assignments = assignments;
        this.courses = courses;
        this.currentUser = currentUser;
        this.layout = layout;
        this.language = language;
    }

    @GET
    @Operation(summary = "An assignment's peer assessment settings and grading rule, for its course's authors (HTML)")
    public Response page(@PathParam("code") String code, @PathParam("itemId") long itemId,
            @QueryParam("saved") boolean saved) {
        Viewer viewer = currentUser.require();
        Course course = courses.courseByCode(code);
        PeerSettings settings = peers.settings(viewer, course, itemId);
        return render(200, viewer, course, itemId, Form.of(settings), settings, List.of(), saved);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Save an assignment's peer assessment settings (form)")
    public Response save(@PathParam("code") String code, @PathParam("itemId") long itemId,
            MultivaluedMap<String, String> fields) {
        Viewer viewer = currentUser.require();
        Course course = courses.courseByCode(code);
        PeerSettings current = peers.settings(viewer, course, itemId);
        Form form = Form.of(fields);
        try {
            peers.change(viewer, course, itemId, form.toChange());
            return Response.seeOther(URI.create("/author/courses/" + code + "/assignments/" + itemId
                    + "/peer?saved=true")).build();
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
                throw e;
            }
            return render(e.kind().status, viewer, course, itemId, form, current, e.formErrors(), false);
        }
    }

    private Response render(int status, Viewer viewer, Course course, long itemId, Form form, PeerSettings settings,
            List<FieldError> errors, boolean saved) {
        Locale locale = language.locale();
        String title = assignments.draft(viewer, course, itemId).item().title().in(locale);
        Page page = new Page(course.code(), itemId, title, form,
                settings.allocatedAt() == null ? null : AssignmentTime.display(settings.allocatedAt()));
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(layout.apply(Templates.settings(page, errors, saved)).render()).build();
    }
}
