package org.surgalt.assignment.peer;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.assignment.AssignmentService;
import org.surgalt.assignment.AssignmentTime;
import org.surgalt.assignment.RubricCriterion;
import org.surgalt.course.Course;
import org.surgalt.course.CourseService;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.DomainException.FieldError;
import org.surgalt.web.Layout;

/**
 * The graders' page of an assignment's peer assessment: every submission with its assessors and
 * how far each got, the result by the declared rule, a form to override a peer's score (with a
 * reason) and one to finalise the grades. For the course's graders (grading's own rule, through
 * {@link PeerGradingService}); it names assessors, which graders may know.
 */
@Path("/grading/{code}/peer/{itemId}")
@Produces(MediaType.TEXT_HTML)
public class PeerGradingResource {

    /** What was typed into one override form, kept when it is refused. */
    public record Typed(long assessmentId, String points, String reason) {
    }

    /** What was typed into the teacher's own assessment of one submission, kept when it is refused. */
    public record TeacherTyped(long submissionId, List<Integer> levels, String points, String comment) {
    }

    /** A rubric criterion as the teacher's form offers it: its levels with their points. */
    public record Criterion(int index, String title, List<String> levels) {
    }

    public record Page(String code, long itemId, boolean anonymous, String assessUntil, boolean allocated,
            boolean closed, int teacherWeight, int peersWeight, int scoreWeight, int assessingWeight,
            List<Criterion> rubric, List<PeerBoard.Entry> entries) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(Page page, Typed typed, TeacherTyped teacherTyped,
                List<FieldError> errors, Integer finalised, String done);
    }

    private final PeerGradingService grades;
    private final PeerAssessingService assessing;
    private final AssignmentService assignments;
    private final CourseService courses;
    private final CurrentUser currentUser;
    private final Layout layout;

    PeerGradingResource(PeerGradingService grades, PeerAssessingService assessing, AssignmentService assignments,
            CourseService courses, CurrentUser currentUser, Layout layout) {
        this.assignments = assignments;
        this.grades = grades;
        this.assessing = assessing;
        this.courses = courses;
        this.currentUser = currentUser;
        this.layout = layout;
    }

    @GET
    @Operation(summary = "Every submission's peer assessments, the result by the declared rule, override and finalise forms (HTML, graders)")
    public Response page(@PathParam("code") String code, @PathParam("itemId") long itemId,
            @QueryParam("finalised") Integer finalised, @QueryParam("done") String done) {
        return render(200, currentUser.require(), courses.courseByCode(code), itemId, null, null, List.of(), finalised,
                "overridden".equals(done) || "assessed".equals(done) ? done : null);
    }

    @POST
    @Path("finalise")
    @Operation(summary = "Grade each submission by the declared rule after the assessment deadline (form; again to re-finalise)")
    public Response finalise(@PathParam("code") String code, @PathParam("itemId") long itemId) {
        Viewer viewer = currentUser.require();
        Course course = courses.courseByCode(code);
        try {
            long graded = grades.finalise(viewer, course, itemId).stream().filter(r -> r.finalGrade().isPresent())
                    .count();
            return Response.seeOther(URI.create(base(code, itemId) + "?finalised=" + graded)).build();
        } catch (DomainException e) {
            return refused(viewer, course, itemId, null, null, e);
        }
    }

    @POST
    @Path("assessments/{assessmentId}/override")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Override a peer's score (form: points, reason; the reason is required and audited)")
    public Response override(@PathParam("code") String code, @PathParam("itemId") long itemId,
            @PathParam("assessmentId") long assessmentId, @FormParam("points") String points,
            @FormParam("reason") String reason) {
        Viewer viewer = currentUser.require();
        Course course = courses.courseByCode(code);
        Typed typed = new Typed(assessmentId, points == null ? "" : points.strip(), reason == null ? "" : reason);
        try {
            if (!typed.points().matches("\\d{1,5}")) {
                throw DomainException.invalid("points", "must be a whole number");
            }
            assessing.override(viewer, course, assessmentId, Integer.parseInt(typed.points()), typed.reason());
            return Response.seeOther(URI.create(base(code, itemId) + "?done=overridden#assessment-" + assessmentId))
                    .build();
        } catch (DomainException e) {
            return refused(viewer, course, itemId, typed, null, e);
        }
    }

    @POST
    @Path("submissions/{submissionId}/assess")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "The teacher's own assessment of a submission (form: level0.. or points, comment); the rule weighs it")
    public Response teacherAssess(@PathParam("code") String code, @PathParam("itemId") long itemId,
            @PathParam("submissionId") long submissionId, MultivaluedMap<String, String> form) {
        Viewer viewer = currentUser.require();
        Course course = courses.courseByCode(code);
        List<Integer> levels = new ArrayList<>();
        for (int i = 0; form.containsKey("level" + i); i++) {
            String level = form.getFirst("level" + i);
            levels.add(level != null && level.matches("\\d{1,3}") ? Integer.valueOf(level) : -1);
        }
        String points = form.getFirst("points") == null ? "" : form.getFirst("points").strip();
        String comment = form.getFirst("comment") == null ? "" : form.getFirst("comment");
        TeacherTyped typed = new TeacherTyped(submissionId, levels, points, comment);
        try {
            if (levels.isEmpty() && !points.matches("\\d{1,5}")) {
                throw DomainException.invalid("points", "must be a whole number");
            }
            assessing.teacherAssess(viewer, course, submissionId, new PeerAssessingService.Given(
                    levels.isEmpty() ? null : levels, levels.isEmpty() ? Integer.valueOf(points) : null, comment));
            return Response.seeOther(URI.create(base(code, itemId) + "?done=assessed#submission-" + submissionId))
                    .build();
        } catch (DomainException e) {
            return refused(viewer, course, itemId, null, typed, e);
        }
    }

    private Response refused(Viewer viewer, Course course, long itemId, Typed typed, TeacherTyped teacherTyped,
            DomainException e) {
        if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
            throw e;
        }
        return render(e.kind().status, viewer, course, itemId, typed, teacherTyped, e.formErrors(), null, null);
    }

    private Response render(int status, Viewer viewer, Course course, long itemId, Typed typed,
            TeacherTyped teacherTyped, List<FieldError> errors, Integer finalised, String done) {
        PeerGradingService.Overview o = grades.overview(viewer, course, itemId);
        PeerSettings s = o.settings();
        Instant now = Instant.now();
        List<RubricCriterion> rubric = assignments.settings(course.id(), itemId).rubric();
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < rubric.size(); i++) {
            criteria.add(new Criterion(i, rubric.get(i).title(), rubric.get(i).levels().stream()
                    .map(l -> l.title() + " (" + l.points() + ")").toList()));
        }
        Page page = new Page(course.code(), itemId, s.anonymous(),
                s.assessUntil() == null ? "" : AssignmentTime.display(s.assessUntil()),
                s.state() == PeerSettings.State.ALLOCATED, s.assessUntil() != null && now.isAfter(s.assessUntil()),
                s.teacherWeight(), 100 - s.teacherWeight(), 100 - s.assessingWeight(), s.assessingWeight(), criteria,
                PeerBoard.of(o, rubric, now));
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(layout.apply(Templates.board(page, typed, teacherTyped, errors, finalised, done)).render())
                .build();
    }

    private static String base(String code, long itemId) {
        return "/grading/" + code + "/peer/" + itemId;
    }
}
