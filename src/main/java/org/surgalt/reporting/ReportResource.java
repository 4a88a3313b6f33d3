package org.surgalt.reporting;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.reporting.ReportData.CohortRow;
import org.surgalt.web.Language;
import org.surgalt.web.Layout;

/**
 * The coordinator's cohort dashboard: completion by aimag → soum → school → teacher, the course
 * funnels, inactive learners and who has not attended, with CSV and XLSX exports of each table.
 */
@Path("/reports")
public class ReportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cohorts(List<CohortRow> cohorts);

        static native TemplateInstance dashboard(DashboardPage page, TeamFilter teams);
    }

    private final ReportService reports;
    private final CurrentUser currentUser;
    private final Layout layout;
    private final Language language;

    ReportResource(ReportService reports, CurrentUser currentUser, Layout layout, Language language) {
        this.reports = reports;
        this.currentUser = currentUser;
        this.layout = layout;
        this.language = language;
    }

    @GET
    @Path("/cohorts")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The cohorts whose report one may open (HTML)")
    public Response cohorts() {
        return html(Templates.cohorts(reports.cohorts(currentUser.require())));
    }

    @GET
    @Path("/cohorts/{cohortCode}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "A cohort's dashboard (HTML): aimag, soum or school (school=0: none recorded) to drill down, "
            + "course (a course code) to filter, inactiveDays (default 14), team (a team's id) for one team's members")
    public Response dashboard(@PathParam("cohortCode") String code, @QueryParam("aimag") String aimag,
            @QueryParam("soum") String soum, @QueryParam("school") String school, @QueryParam("course") String course,
            @QueryParam("inactiveDays") String inactiveDays, @QueryParam("team") String team) {
        Request request = request(code, aimag, soum, school, course, inactiveDays, team);
        CohortReport report = reports.report(request.cohort(), request.scope(), request.days(), ReportService.LIST_LIMIT);
        return html(Templates.dashboard(DashboardPage.of(report, messages(), language.locale(), request.links(report)),
                new TeamFilter(reports.teams(request.cohort()), request.scope().teamId())));
    }

    /** The team filter's choices (issue 22): the cohort's teams, and the one shown (null: all members). */
    public record TeamFilter(List<org.surgalt.cohort.team.TeamDirectory.TeamView> teams, Long selected) {

        public boolean selects(long teamId) {
            return selected != null && selected == teamId;
        }
    }

    @GET
    @Path("/cohorts/{cohortCode}/export.csv")
    @Operation(summary = "One table of a cohort's dashboard as CSV (UTF-8 with a byte order mark): table = level, "
            + "funnel, inactive or not-attended, with the dashboard's parameters")
    public Response csv(@PathParam("cohortCode") String code, @QueryParam("table") String table,
            @QueryParam("aimag") String aimag, @QueryParam("soum") String soum, @QueryParam("school") String school,
            @QueryParam("course") String course, @QueryParam("inactiveDays") String inactiveDays,
            @QueryParam("team") String team) {
        Request request = request(code, aimag, soum, school, course, inactiveDays, team);
        String name = tableName(table, false);
        ReportTables.Table exported = tables(request).table(name);
        StreamingOutput body = out -> ReportExport.csv(exported, out);
        return download(body, "text/csv; charset=UTF-8", filename(request, name, "csv"));
    }

    @GET
    @Path("/cohorts/{cohortCode}/export.xlsx")
    @Operation(summary = "A cohort's dashboard as an Excel workbook: one table (table = level, funnel, inactive or "
            + "not-attended) or, without table, every table on its own sheet; with the dashboard's parameters")
    public Response xlsx(@PathParam("cohortCode") String code, @QueryParam("table") String table,
            @QueryParam("aimag") String aimag, @QueryParam("soum") String soum, @QueryParam("school") String school,
            @QueryParam("course") String course, @QueryParam("inactiveDays") String inactiveDays,
            @QueryParam("team") String team) {
        Request request = request(code, aimag, soum, school, course, inactiveDays, team);
        String name = tableName(table, true);
        ReportTables tables = tables(request);
        List<ReportTables.Table> exported = (name == null ? ReportTables.NAMES : List.of(name)).stream()
                .map(tables::table).toList();
        StreamingOutput body = out -> ReportExport.xlsx(exported, out);
        return download(body, XLSX, filename(request, name == null ? "report" : name, "xlsx"));
    }

    // The exports declare no @Produces: a browser's link asks for text/html first, and the
    // answer (a file, or the error page) sets its own type.

    /** A request's cohort (allowed to the viewer), place, course and inactivity days. */
    record Request(CohortRow cohort, ReportScope scope, Integer days, String courseCode) {

        ReportLinks links(CohortReport report) {
            return new ReportLinks(cohort.code(), courseCode, report.inactiveDays(), scope.teamId());
        }
    }

    private Request request(String code, String aimag, String soum, String school, String course, String days,
            String team) {
        Viewer viewer = currentUser.require();
        CohortRow cohort = reports.cohortByCode(viewer, code);
        Long courseId = reports.courseOf(cohort, course);
        return new Request(cohort, new ReportScope(aimag, soum, ReportParameters.school(school), courseId,
                reports.teamOf(cohort, team)),
                ReportParameters.days(days), courseId == null ? null : course.strip());
    }

    private ReportTables tables(Request request) {
        CohortReport report = reports.report(request.cohort(), request.scope(), request.days(), null);
        return new ReportTables(report, messages(), language.locale(), request.links(report));
    }

    private static String tableName(String table, boolean optional) {
        if ((table == null || table.isBlank()) && optional) {
            return null;
        }
        if (table == null || !ReportTables.NAMES.contains(table.strip())) {
            throw DomainException.invalid("table", "must be one of " + String.join(", ", ReportTables.NAMES));
        }
        return table.strip();
    }

    /** "spring-2026-level.csv": ASCII, so that every browser keeps it. */
    private static String filename(Request request, String table, String extension) {
        String cohort = request.cohort().code().replaceAll("[^A-Za-z0-9._-]", "_");
        return cohort + "-" + table + "." + extension;
    }

    private static Response download(StreamingOutput body, String type, String filename) {
        return Response.ok(body).type(type).header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header("Cache-Control", "no-store").build();
    }

    private ReportMessages messages() {
        return MessageBundles.get(ReportMessages.class, Localized.Literal.of(language.code()));
    }

    private Response html(TemplateInstance page) {
        return Response.ok(layout.apply(page).render()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}
