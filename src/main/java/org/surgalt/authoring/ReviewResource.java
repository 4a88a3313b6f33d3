package org.surgalt.authoring;

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

import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.course.Course;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseService;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.web.Layout;

/** Review and publishing from the draft page, and the changes between two versions. */
@Path("/author/courses/{code}/review")
@Produces(MediaType.TEXT_HTML)
public class ReviewResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance diff(DiffPage page);
    }

    private final AuthoringResource authoring;
    private final PublishingService publishing;
    private final CourseService courses;
    private final CurrentUser currentUser;
    private final Layout layout;

    ReviewResource(AuthoringResource authoring, PublishingService publishing, CourseService courses,
            CurrentUser currentUser, Layout layout) {
        this.authoring = authoring;
        this.publishing = publishing;
        this.courses = courses;
        this.currentUser = currentUser;
        this.layout = layout;
    }

    @POST
    @Operation(summary = "Send the draft to review; it cannot change until the review ends (form)")
    public Response submit(@PathParam("code") String code) {
        return authoring.change(code, id -> publishing.submit(currentUser.require(), id));
    }

    @POST
    @Path("approve")
    @Operation(summary = "Approve the draft in review (form; reviewers other than the submitter)")
    public Response approve(@PathParam("code") String code) {
        return authoring.change(code, id -> publishing.approve(currentUser.require(), id));
    }

    @POST
    @Path("changes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Ask for changes: closes the review with a reason and opens the draft again (form)")
    public Response requestChanges(@PathParam("code") String code, @FormParam("reason") String reason) {
        return authoring.change(code, id -> publishing.requestChanges(currentUser.require(), id, reason));
    }

    @POST
    @Path("withdraw")
    @Operation(summary = "Withdraw the draft from review (form)")
    public Response withdraw(@PathParam("code") String code) {
        return authoring.change(code, id -> publishing.withdraw(currentUser.require(), id));
    }

    @POST
    @Path("comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Comment on the draft in review, or on one of its items (form)")
    public Response comment(@PathParam("code") String code, @FormParam("item") String item,
            @FormParam("body") String body) {
        return authoring.change(code, id -> publishing.comment(currentUser.require(), id,
                AuthoringResource.parseId("item", item), body));
    }

    @POST
    @Path("publish")
    @Operation(summary = "Publish the approved draft as a new version learners read (form)")
    public Response publish(@PathParam("code") String code) {
        return authoring.change(code, id -> publishing.publish(currentUser.require(), id));
    }

    @POST
    @Path("reviewers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Invite someone to review this course's drafts (form)")
    public Response invite(@PathParam("code") String code, @FormParam("email") String email) {
        return authoring.change(code, id -> publishing.inviteReviewer(currentUser.require(), id, email));
    }

    @GET
    @Path("diff")
    @Operation(summary = "What changed between two versions (numbers, or draft) (HTML)")
    public TemplateInstance diff(@PathParam("code") String code, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Viewer viewer = currentUser.require();
        Course course = courses.courseByCode(code);
        CourseContent before = courses.content(viewer, course, from == null ? "1" : from);
        CourseContent after = courses.content(viewer, course, to == null ? "draft" : to);
        Locale locale = viewer.locale();
        List<ChangeRow> rows = VersionDiff.between(before, after).changes().stream()
                .map(change -> new ChangeRow(change.type().name().toLowerCase(Locale.ROOT), change.what(),
                        change.title().in(locale), String.join(", ", change.fields()), change.lines()))
                .toList();
        return layout.apply(Templates.diff(new DiffPage(course.code(), after.title().in(locale),
                before.version(), after.version(), rows)));
    }

    /** {@code from}/{@code to}: version numbers, null for the draft. */
    public record DiffPage(String code, String title, Integer from, Integer to, List<ChangeRow> changes) {
    }

    public record ChangeRow(String type, String what, String title, String fields, List<VersionDiff.Line> lines) {
    }
}
