package org.surgalt.assignment;

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
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.assignment.peer.PeerService;
import org.surgalt.content.AssetStore;
import org.surgalt.content.FileKind;
import org.surgalt.content.UploadService;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.surgalt.course.Course;
import org.surgalt.course.CourseService;
import org.surgalt.course.ItemFileResource;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.DomainException.FieldError;
import org.surgalt.web.Language;
import org.surgalt.web.Layout;

/**
 * The learner's assignment page: the instructions, the dates, the rubric, their work (a draft,
 * then submitted) and, once released, their grade and feedback. Others who may read the course
 * see the assignment without the form.
 */
@Path("/courses/{code}/assignments/{itemId}")
@Produces(MediaType.TEXT_HTML)
public class AssignmentResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance assignment(AssignmentView.Page page, List<FieldError> errors, String notice,
                String peerLink);
    }

    private final SubmissionService submissions;
    private final AssignmentView views;
    private final CourseService courses;
    private final CurrentUser currentUser;
    private final Layout layout;
    private final Language language;
    private final AssetStore store;
    private final UploadService uploads;
    private final PeerService peer;

    AssignmentResource(SubmissionService submissions, AssignmentView views, CourseService courses,
            CurrentUser currentUser, Layout layout, Language language, AssetStore store, UploadService uploads,
            PeerService peer) {
        this.uploads = uploads;
        this.peer = peer;
        this.submissions = submissions;
        this.views = views;
        this.courses = courses;
        this.currentUser = currentUser;
        this.layout = layout;
        this.language = language;
        this.store = store;
    }

    @GET
    @Operation(summary = "An assignment: instructions, dates (Ulaanbaatar time), rubric, the learner's work and released grade (HTML)")
    public Response page(@PathParam("code") String code, @PathParam("itemId") long itemId,
            @QueryParam("done") String done) {
        Viewer viewer = currentUser.require();
        String notice = "saved".equals(done) || "submitted".equals(done) || "file".equals(done) ? done : null;
        return render(200, viewer, courses.courseByCode(code), itemId, null, List.of(), notice);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Save the learner's text as a draft (action=save) or submit it (action=submit) (form)")
    public Response save(@PathParam("code") String code, @PathParam("itemId") long itemId,
            @FormParam("body") String body, @FormParam("action") String action) {
        Viewer viewer = currentUser.require();
        Course course = courses.courseByCode(code);
        boolean submit = "submit".equals(action);
        try {
            if (submit) {
                submissions.submit(viewer, course, itemId, body);
            } else {
                submissions.saveDraft(viewer, course, itemId, body);
            }
            return seeOther(code, itemId, submit ? "submitted" : "saved");
        } catch (DomainException e) {
            return refused(viewer, course, itemId, body, e);
        }
    }

    @POST
    @Path("files")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Add one of the learner's uploads to their submission; a refused upload is shown with the reason (form)")
    public Response addFile(@PathParam("code") String code, @PathParam("itemId") long itemId,
            @FormParam("upload") String upload) {
        Viewer viewer = currentUser.require();
        Course course = courses.courseByCode(code);
        try {
            submissions.addFile(viewer, course, itemId, upload);
            return seeOther(code, itemId, "file");
        } catch (DomainException e) {
            return refused(viewer, course, itemId, null, e);
        }
    }

    /**
     * The same as {@link #addFile} for a browser without JavaScript: the file comes in the form
     * itself and then goes the way of every upload (limits, storage, inspection, see
     * {@link UploadService#receive}). Who may add a file is asked before a byte is kept.
     */
    @POST
    @Path("files/plain")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Add a file to the learner's submission from a plain form, without JavaScript (multipart form, field 'file')")
    public Response addPlainFile(@PathParam("code") String code, @PathParam("itemId") long itemId,
            @RestForm("file") FileUpload file) {
        Viewer viewer = currentUser.require();
        Course course = courses.courseByCode(code);
        try {
            submissions.requireChangeable(viewer, course, itemId);
            String upload = uploads.receiveForm(viewer, file, FileKind.FILE);
            submissions.addFile(viewer, course, itemId, upload);
            return seeOther(code, itemId, "file");
        } catch (DomainException e) {
            return refused(viewer, course, itemId, null, e);
        }
    }

    @POST
    @Path("files/{fileId}/delete")
    @Operation(summary = "Remove a file from the learner's submission (form)")
    public Response removeFile(@PathParam("code") String code, @PathParam("itemId") long itemId,
            @PathParam("fileId") long fileId) {
        Viewer viewer = currentUser.require();
        Course course = courses.courseByCode(code);
        try {
            submissions.removeFile(viewer, course, itemId, fileId);
            return seeOther(code, itemId, "saved");
        } catch (DomainException e) {
            return refused(viewer, course, itemId, null, e);
        }
    }

    @GET
    @Path("files/{fileId}")
    @Operation(summary = "Download a file of the learner's own submission, or a feedback file once released")
    public Response download(@PathParam("code") String code, @PathParam("itemId") long itemId,
            @PathParam("fileId") long fileId, @HeaderParam("Range") String range,
            @HeaderParam("If-None-Match") String ifNoneMatch) throws IOException {
        return ItemFileResource.serve(store,
                submissions.file(currentUser.require(), courses.courseByCode(code), itemId, fileId), range,
                ifNoneMatch);
    }

    private Response refused(Viewer viewer, Course course, long itemId, String typed, DomainException e) {
        if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
            throw e;
        }
        List<FieldError> errors = e.formErrors();
        return render(e.kind().status, viewer, course, itemId, typed, errors, null);
    }

    private Response render(int status, Viewer viewer, Course course, long itemId, String typed,
            List<FieldError> errors, String notice) {
        AssignmentView.Page page = views.page(submissions.mine(viewer, course, itemId), language.locale(), typed);
        // The peer page is for whoever reads this one, once the assignment has a peer phase.
        String peerLink = peer.isOn(itemId) ? "/courses/" + course.code() + "/peer/assignments/" + itemId : null;
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(layout.apply(Templates.assignment(page, errors, notice, peerLink)).render()).build();
    }

    private static Response seeOther(String code, long itemId, String done) {
        return Response.seeOther(URI.create("/courses/" + code + "/assignments/" + itemId + "?done=" + done)).build();
    }
}
