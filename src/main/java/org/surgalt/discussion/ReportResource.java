package org.surgalt.discussion;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.web.Layout;

/**
 * The moderators' page of reported posts: each open report with its reason, reporter and an
 * excerpt of the post, and forms to hide the post or dismiss the report, each with a reason. A
 * reason left out re-renders the page with the error at that report's form.
 */
@Path("/discussion/reports")
@Produces(MediaType.TEXT_HTML)
public class ReportResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reports(List<ReportService.OpenReport> reports, long failedReport,
                List<DomainException.FieldError> errors);
    }

    private final ReportService reports;
    private final CurrentUser currentUser;
    private final Layout layout;

    ReportResource(ReportService reports, CurrentUser currentUser, Layout layout) {
        this.reports = reports;
        this.currentUser = currentUser;
        this.layout = layout;
    }

    @GET
    @Operation(summary = "Open reports of posts in the forums one moderates (HTML; empty for others)")
    public Response page() {
        Viewer viewer = currentUser.require();
        return layout.render(Response.Status.OK, Templates.reports(reports.open(viewer), 0, List.of()));
    }

    @POST
    @Path("/{reportId}/dismiss")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Dismiss a report, with a reason; the post stays (form, moderators)")
    public Response dismiss(@PathParam("reportId") long reportId, @FormParam("reason") String reason) {
        return resolve(reportId, viewer -> reports.dismiss(viewer, reportId, reason));
    }

    @POST
    @Path("/{reportId}/hide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Hide the reported post, with a reason; resolves its open reports (form, moderators)")
    public Response hide(@PathParam("reportId") long reportId, @FormParam("reason") String reason) {
        return resolve(reportId, viewer -> reports.hide(viewer, reportId, reason));
    }

    /** Back to the list; a reason left out shows the list again with the error at that report. */
    private Response resolve(long reportId, java.util.function.Function<Viewer, Report> action) {
        Viewer viewer = currentUser.require();
        return DiscussionResource.formOr(() -> action.apply(viewer), r -> "/discussion/reports",
                (status, errors) -> layout.render(status, Templates.reports(reports.open(viewer), reportId, errors)));
    }
}
