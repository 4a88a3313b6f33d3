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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.assignment.AssignmentTime;
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

    public record Page(String code, long itemId, boolean anonymous, String assessUntil, boolean allocated,
            boolean closed, int teacherWeight, int peersWeight, int scoreWeight, int assessingWeight,
            List<PeerBoard.Entry> entries) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(Page page, Typed typed, List<FieldError> errors, Integer finalised,
                boolean overridden);
    }

    private final PeerGradingService grades;
    private final PeerAssessingService assessing;
    private final CourseService courses;
    private final CurrentUser currentUser;
    private final Layout layout;

    PeerGradingResource(PeerGradingService grades, PeerAssessingService assessing, CourseService courses,
            CurrentUser currentUser, Layout layout) {
        this.grades = grades;
        this.assessing = assessing;
        this.courses = courses;
        this.currentUser = currentUser;
        this.layout = layout;
    }

    @GET
    @Operation(summary = "Every submission's peer assessments, the result by the declared rule, override and finalise forms (HTML, graders)")
    public Response page(@PathParam("code") String code, @PathParam("itemId") long itemId,
            @QueryParam("finalised") Integer finalised, @QueryParam("overridden") boolean overridden) {
        return render(200, currentUser.require(), courses.courseByCode(code), itemId, null, List.of(), finalised,
                overridden);
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
            return refused(viewer, course, itemId, null, e);
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
            return Response.seeOther(URI.create(base(code, itemId) + "?overridden=true#assessment-" + assessmentId))
                    .build();
        } catch (DomainException e) {
            return refused(viewer, course, itemId, typed, e);
        }
    }

    private Response refused(Viewer viewer, Course course, long itemId, Typed typed, DomainException e) {
        if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
            throw e;
        }
        return render(e.kind().status, viewer, course, itemId, typed, e.formErrors(), null, false);
    }

    private Response render(int status, Viewer viewer, Course course, long itemId, Typed typed,
            List<FieldError> errors, Integer finalised, boolean overridden) {
        PeerGradingService.Overview o = grades.overview(viewer, course, itemId);
        PeerSettings s = o.settings();
        Instant now = Instant.now();
        Page page = new Page(course.code(), itemId, s.anonymous(),
                s.assessUntil() == null ? "" : AssignmentTime.display(s.assessUntil()),
                s.state() == PeerSettings.State.ALLOCATED, s.assessUntil() != null && now.isAfter(s.assessUntil()),
                s.teacherWeight(), 100 - s.teacherWeight(), 100 - s.assessingWeight(), s.assessingWeight(),
                PeerBoard.of(o, now));
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(layout.apply(Templates.board(page, typed, errors, finalised, overridden)).render()).build();
    }

    private static String base(String code, long itemId) {
        return "/grading/" + code + "/peer/" + itemId;
    }
}
