package org.surgalt.assignment.peer;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.assignment.AssignmentTime;
import org.surgalt.assignment.RubricCriterion;
import org.surgalt.course.Course;
import org.surgalt.course.CourseService;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.DomainException.FieldError;
import org.surgalt.web.Layout;

/** The learner's pages: what they are to assess, one allocated submission with its form, and their peers' feedback. */
@Path("/courses/{code}/peer")
@Produces(MediaType.TEXT_HTML)
public class PeerResource {

    public record Row(long id, int number, boolean done) {
    }

    public record Overview(String code, long itemId, List<Row> toAssess, List<PeerGradingService.Feedback> feedback) {
    }

    /** One criterion's choice on the form: its levels and the chosen index (-1 for none). */
    public record Choice(int index, String criterion, List<String> levels, int chosen) {
    }

    public record Work(String code, long courseId, long id, long itemId, String body, List<Long> fileIds,
            List<String> fileNames, boolean open, String closes, List<Choice> choices, String points, String comment) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Overview page);

        static native TemplateInstance work(Work page, List<FieldError> errors);
    }

    private final PeerAssessingService assessing;
    private final PeerGradingService grades;
    private final CourseService courses;
    private final CurrentUser currentUser;
    private final Layout layout;

    PeerResource(PeerAssessingService assessing, PeerGradingService grades, CourseService courses,
            CurrentUser currentUser, Layout layout) {
        this.assessing = assessing;
        this.grades = grades;
        this.courses = courses;
        this.currentUser = currentUser;
        this.layout = layout;
    }

    @GET
    @Path("assignments/{itemId}")
    @Operation(summary = "The caller's submissions to assess and their peers' feedback once released (HTML)")
    public Response overview(@PathParam("code") String code, @PathParam("itemId") long itemId) {
        Viewer viewer = currentUser.require();
        Course course = courses.courseByCode(code);
        List<PeerGradingService.Feedback> feedback = grades.received(viewer, course, itemId);
        List<PeerAssessment> mine = assessing.mine(viewer, course, itemId);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < mine.size(); i++) {
            rows.add(new Row(mine.get(i).id(), i + 1, mine.get(i).done()));
        }
        return html(200, Templates.overview(new Overview(code, itemId, rows, feedback)));
    }

    @GET
    @Path("assessments/{assessmentId}")
    @Operation(summary = "A submission allocated to the caller, never naming its author, with the assessment form (HTML)")
    public Response work(@PathParam("code") String code, @PathParam("assessmentId") long assessmentId) {
        Course course = courses.courseByCode(code);
        PeerAssessingService.ToAssess work = assessing.toAssess(currentUser.require(), course, assessmentId);
        PeerAssessment a = work.assessment();
        List<Integer> chosen = PeerBoard.levels(work.assignment().rubric(), a);
        return html(200, Templates.work(page(code, course, work, chosen,
                a.points() == null ? "" : a.points().toString(), a.comment() == null ? "" : a.comment()), List.of()));
    }

    @POST
    @Path("assessments/{assessmentId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Save an assessment of an allocated submission (form), until the assessment deadline")
    public Response assess(@PathParam("code") String code, @PathParam("assessmentId") long assessmentId,
            MultivaluedMap<String, String> fields) {
        Viewer viewer = currentUser.require();
        Course course = courses.courseByCode(code);
        PeerAssessingService.ToAssess work = assessing.toAssess(viewer, course, assessmentId);
        List<Integer> levels = new ArrayList<>();
        for (int i = 0; i < work.assignment().rubric().size(); i++) {
            String level = fields.getFirst("level" + i);
            levels.add(level != null && level.matches("\\d{1,3}") ? Integer.valueOf(level) : null);
        }
        String points = fields.getFirst("points") == null ? "" : fields.getFirst("points").strip();
        String comment = fields.getFirst("comment") == null ? "" : fields.getFirst("comment");
        try {
            assessing.assess(viewer, course, assessmentId, new PeerAssessingService.Given(levels,
                    points.matches("\\d{1,5}") ? Integer.valueOf(points) : null, comment));
            return Response.seeOther(URI.create("/courses/" + code + "/peer/assessments/" + assessmentId)).build();
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
                throw e;
            }
            List<Integer> chosen = levels.stream().map(l -> l == null ? -1 : l).toList();
            return html(e.kind().status, Templates.work(page(code, course, work, chosen, points, comment),
                    e.formErrors()));
        }
    }

    private static Work page(String code, Course course, PeerAssessingService.ToAssess work, List<Integer> chosen,
            String points, String comment) {
        List<Choice> choices = new ArrayList<>();
        List<RubricCriterion> rubric = work.assignment().rubric();
        for (int i = 0; i < rubric.size(); i++) {
            choices.add(new Choice(i, rubric.get(i).title(),
                    rubric.get(i).levels().stream().map(l -> l.title() + " (" + l.points() + ")").toList(),
                    chosen.get(i)));
        }
        return new Work(code, course.id(), work.assessment().id(), work.assessment().itemId(), work.body(),
                work.files().stream().map(f -> f.id()).toList(), work.files().stream().map(f -> f.filename()).toList(),
                work.open(), AssignmentTime.display(work.closesAt()), choices, points, comment);
    }

    private Response html(int status, TemplateInstance template) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(layout.apply(template).render()).build();
    }
}
