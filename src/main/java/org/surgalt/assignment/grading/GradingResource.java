package org.surgalt.assignment.grading;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.assignment.AssignmentService;
import org.surgalt.assignment.AssignmentTime;
import org.surgalt.assignment.Extension;
import org.surgalt.assignment.peer.PeerService;
import org.surgalt.content.AssetStore;
import org.surgalt.course.Course;
import org.surgalt.course.CourseService;
import org.surgalt.course.ItemFileResource;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.DomainException.FieldError;
import org.surgalt.web.Language;
import org.surgalt.web.Layout;

/** The graders' pages of a course: the queue, one submission to grade, releasing grades, extensions. */
@Path("/grading/{code}")
@Produces(MediaType.TEXT_HTML)
public class GradingResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(GradingView.QueuePage page, String peerLink);

        static native TemplateInstance submission(GradingView.SubmissionPage page, List<FieldError> errors,
                String notice, String peerLink);
    }

    private final GradingService grading;
    private final AssignmentService assignments;
    private final CourseService courses;
    private final CurrentUser currentUser;
    private final Layout layout;
    private final Language language;
    private final AssetStore store;
    private final PeerService peer;

    GradingResource(GradingService grading, AssignmentService assignments, CourseService courses,
            CurrentUser currentUser, Layout layout, Language language, AssetStore store, PeerService peer) {
        this.peer = peer;
        this.grading = grading;
        this.assignments = assignments;
        this.courses = courses;
        this.currentUser = currentUser;
        this.layout = layout;
        this.language = language;
        this.store = store;
    }

    @GET
    @Operation(summary = "The grading queue of a course (filters: module, item, status submitted|graded, late true|false) (HTML)")
    public Response queue(@PathParam("code") String code, @QueryParam("module") String module,
            @QueryParam("item") String item, @QueryParam("status") String status, @QueryParam("late") String late,
            @QueryParam("released") Integer released) {
        Viewer viewer = currentUser.require();
        Course course = courses.courseByCode(code);
        GradingService.Filter filter = new GradingService.Filter(id("module", module), id("item", item),
                GradingApiResource.state(status),
                late == null || late.isBlank() ? null : Boolean.valueOf(late), null);
        GradingService.Queue queue = grading.queue(viewer, course, filter);
        return html(200, Templates.queue(GradingView.queue(code, queue, filter, status, late, released,
                language.locale()), peerLink(code, filter.itemId())));
    }

    @POST
    @Path("release")
    @Operation(summary = "Release every graded, unreleased grade of the course (form)")
    public Response releaseAll(@PathParam("code") String code) {
        int released = grading.releaseAll(currentUser.require(), courses.courseByCode(code), null);
        return Response.seeOther(URI.create("/grading/" + code + "?released=" + released)).build();
    }

    @GET
    @Path("submissions/{submissionId}")
    @Operation(summary = "One submission with its grading form (HTML)")
    public Response submission(@PathParam("code") String code, @PathParam("submissionId") long submissionId,
            @QueryParam("done") String done) {
        Viewer viewer = currentUser.require();
        Course course = courses.courseByCode(code);
        String notice = "graded".equals(done) || "released".equals(done) || "extended".equals(done)
                || "file".equals(done) ? done : null;
        return render(200, viewer, course, submissionId, null, List.of(), notice);
    }

    @POST
    @Path("submissions/{submissionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Grade a submission (form: version, level0.. or points, feedback; 409 when another grader was first)")
    public Response grade(@PathParam("code") String code, @PathParam("submissionId") long submissionId,
            MultivaluedMap<String, String> form) {
        Viewer viewer = currentUser.require();
        Course course = courses.courseByCode(code);
        List<Integer> levels = new ArrayList<>();
        for (int i = 0; form.containsKey("level" + i); i++) {
            levels.add(level(form.getFirst("level" + i)));
        }
        String points = form.getFirst("points");
        String feedback = form.getFirst("feedback");
        GradingView.Typed typed = new GradingView.Typed(levels, points == null ? "" : points,
                feedback == null ? "" : feedback);
        try {
            long version = Long.parseLong(String.valueOf(form.getFirst("version")).strip());
            grading.grade(viewer, course, submissionId, new GradingService.Grade(version, levels,
                    points == null || points.isBlank() ? null : number("points", points), feedback));
            return seeOther(code, submissionId, "graded");
        } catch (NumberFormatException e) {
            return refused(viewer, course, submissionId, typed, DomainException.invalid("version", "is missing"));
        } catch (DomainException e) {
            return refused(viewer, course, submissionId, typed, e);
        }
    }

    @POST
    @Path("submissions/{submissionId}/release")
    @Operation(summary = "Release a submission's grade to its learner (form)")
    public Response release(@PathParam("code") String code, @PathParam("submissionId") long submissionId) {
        Viewer viewer = currentUser.require();
        Course course = courses.courseByCode(code);
        try {
            grading.release(viewer, course, submissionId);
            return seeOther(code, submissionId, "released");
        } catch (DomainException e) {
            return refused(viewer, course, submissionId, null, e);
        }
    }

    @POST
    @Path("submissions/{submissionId}/feedback-files")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Add one of the grader's uploads as a feedback file (form)")
    public Response addFeedbackFile(@PathParam("code") String code, @PathParam("submissionId") long submissionId,
            @FormParam("upload") String upload) {
        Viewer viewer = currentUser.require();
        Course course = courses.courseByCode(code);
        try {
            grading.addFeedbackFile(viewer, course, submissionId, upload);
            return seeOther(code, submissionId, "file");
        } catch (DomainException e) {
            return refused(viewer, course, submissionId, null, e);
        }
    }

    @POST
    @Path("submissions/{submissionId}/extension")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Give the submission's learner a later deadline (form: until, Ulaanbaatar time)")
    public Response extend(@PathParam("code") String code, @PathParam("submissionId") long submissionId,
            @FormParam("until") String until) {
        Viewer viewer = currentUser.require();
        Course course = courses.courseByCode(code);
        try {
            GradingService.Graded graded = grading.submission(viewer, course, submissionId);
            assignments.extend(viewer, course, graded.submission().itemId(), graded.submission().learnerId(),
                    AssignmentTime.parseInput("until", until));
            return seeOther(code, submissionId, "extended");
        } catch (DomainException e) {
            return refused(viewer, course, submissionId, null, e);
        }
    }

    @GET
    @Path("submissions/{submissionId}/files/{fileId}")
    @Operation(summary = "Download a file of a submission (the learner's or feedback), for graders")
    public Response download(@PathParam("code") String code, @PathParam("submissionId") long submissionId,
            @PathParam("fileId") long fileId, @HeaderParam("Range") String range,
            @HeaderParam("If-None-Match") String ifNoneMatch) throws IOException {
        return ItemFileResource.serve(store,
                grading.file(currentUser.require(), courses.courseByCode(code), submissionId, fileId), range,
                ifNoneMatch);
    }

    private Response refused(Viewer viewer, Course course, long submissionId, GradingView.Typed typed,
            DomainException e) {
        if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
            throw e;
        }
        List<FieldError> errors = e.formErrors();
        return render(e.kind().status, viewer, course, submissionId, typed, errors, null);
    }

    private Response render(int status, Viewer viewer, Course course, long submissionId, GradingView.Typed typed,
            List<FieldError> errors, String notice) {
        GradingService.Graded graded = grading.submission(viewer, course, submissionId);
        String extended = assignments.extension(graded.submission().itemId(), graded.submission().learnerId())
                .map(Extension::until).map(AssignmentTime::display).orElse(null);
        // A conflict shows what is saved now (the other grader's grade), with the grader's own typing kept in the form.
        return html(status, Templates.submission(GradingView.submission(course.code(), graded, typed, extended,
                language.locale()), errors, notice, peerLink(course.code(), graded.submission().itemId())));
    }

    /** The peer assessment page of an assignment with a peer phase: for the same graders as this page. */
    private String peerLink(String code, Long itemId) {
        return itemId != null && peer.isOn(itemId) ? "/grading/" + code + "/peer/" + itemId : null;
    }

    private Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(layout.apply(page).render()).build();
    }

    private static Response seeOther(String code, long submissionId, String done) {
        return Response.seeOther(URI.create("/grading/" + code + "/submissions/" + submissionId + "?done=" + done))
                .build();
    }

    private static Long id(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(field, "must be a number");
        }
    }

    /** A level the form did not offer (blank, or not a number) is -1, which grading refuses. */
    private static Integer level(String value) {
        try {
            return value == null || value.isBlank() ? -1 : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int number(String field, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(field, "must be a whole number");
        }
    }
}
