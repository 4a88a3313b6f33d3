package org.surgalt.discussion;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.surgalt.identity.CurrentUser;

/** The moderators' list of reported posts in JSON, and its two resolutions. */
@Path("/api/discussion/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Discussions")
public class ReportApiResource {

    public record Reason(String reason) {
    }

    /** A resolved report: how (hidden, dismissed) and why, beside what the reporter wrote. */
    public record Resolved(long id, long postId, String reason, String resolution, String resolutionReason) {
        static Resolved of(Report r) {
            return new Resolved(r.id(), r.postId(), r.reason(),
                    r.resolution() == null ? null : r.resolution().name().toLowerCase(), r.resolutionReason());
        }
    }

    private final ReportService reports;
    private final CurrentUser currentUser;

    ReportApiResource(ReportService reports, CurrentUser currentUser) {
        this.reports = reports;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "Open reports of posts in the forums the caller moderates, oldest first (empty for others)")
    public List<ReportService.OpenReport> open() {
        return reports.open(currentUser.require());
    }

    @POST
    @Path("/{reportId}/dismiss")
    @Operation(summary = "Dismiss a report with a reason; the post stays (moderators)")
    public Resolved dismiss(@PathParam("reportId") long reportId, Reason input) {
        return Resolved.of(reports.dismiss(currentUser.require(), reportId, input == null ? null : input.reason()));
    }

    @POST
    @Path("/{reportId}/hide")
    @Operation(summary = "Hide the reported post with a reason; resolves every open report of it (moderators)")
    public Resolved hide(@PathParam("reportId") long reportId, Reason input) {
        return Resolved.of(reports.hide(currentUser.require(), reportId, input == null ? null : input.reason()));
    }
}
