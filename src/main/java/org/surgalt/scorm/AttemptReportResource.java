package org.surgalt.scorm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.CurrentUser;
import org.surgalt.web.Language;
import org.surgalt.web.Layout;

/** Everyone's attempts at a package item, for staff and coordinators: a page and a CSV export. */
@Path("/courses/{code}/packages/{itemId}/report")
public class AttemptReportResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(AttemptReportService.Report report);
    }

    private final AttemptReportService reports;
    private final CurrentUser currentUser;
    private final Layout layout;
    private final Language language;

    AttemptReportResource(AttemptReportService reports, CurrentUser currentUser, Layout layout, Language language) {
        this.reports = reports;
        this.currentUser = currentUser;
        this.layout = layout;
        this.language = language;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Everyone's attempts at a SCORM package item: status, score, time (HTML; course staff and "
            + "coordinators)")
    public TemplateInstance report(@PathParam("code") String code, @PathParam("itemId") long itemId) {
        return layout.apply(Templates.report(reports.report(currentUser.require(), code, itemId, language.locale())));
    }

    @GET
    @Path("csv")
    // No @Produces, as the cohort exports: a browser's link asks for text/html first, and the
    // answer (the file, or the error page) sets its own type.
    @Operation(summary = "Everyone's attempts at a SCORM package item with their recorded answers (CSV)")
    public Response csv(@PathParam("code") String code, @PathParam("itemId") long itemId) {
        return Response.ok(reports.csv(currentUser.require(), code, itemId)).type("text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + code + "-item-" + itemId + "-attempts.csv\"")
                .build();
    }
}
