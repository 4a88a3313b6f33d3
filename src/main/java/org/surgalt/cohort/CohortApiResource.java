package org.surgalt.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.surgalt.course.Course;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.web.Problem;

/** Cohorts over the API: create, read, add courses, enrol people from a CSV body. */
@Path("/api/cohorts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cohorts")
public class CohortApiResource {

    private final CohortService cohorts;
    private final EnrolmentImportService imports;
    private final CurrentUser currentUser;

    CohortApiResource(CohortService cohorts, EnrolmentImportService imports, CurrentUser currentUser) {
        this.cohorts = cohorts;
        this.imports = imports;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "The cohorts the caller manages, newest first")
    public List<Summary> list() {
        return cohorts.manageable(currentUser.require()).stream().map(Summary::of).toList();
    }

    @POST
    @Operation(summary = "Create a cohort (code, name, optional description and dates yyyy-mm-dd)")
    public Response create(@NotNull @Valid Input input, UriInfo uri) {
        Viewer viewer = currentUser.require();
        Cohort cohort = cohorts.create(viewer, new NewCohort(input.code(), input.name(), input.description(),
                input.startsOn(), input.endsOn()));
        return Response.created(uri.getBaseUriBuilder().path("api/cohorts/{id}").build(cohort.id()))
                .entity(detail(viewer, cohort.id())).build();
    }

    @GET
    @Path("/{cohortId}")
    @Operation(summary = "A cohort with its courses and its number of members")
    public Detail get(@PathParam("cohortId") long cohortId) {
        return detail(currentUser.require(), cohortId);
    }

    @POST
    @Path("/{cohortId}/courses")
    @Operation(summary = "Add a published course (by code) to a cohort, enrolling every member in it")
    public Detail addCourse(@PathParam("cohortId") long cohortId, @NotNull @Valid CourseInput input) {
        Viewer viewer = currentUser.require();
        cohorts.addCourse(viewer, cohortId, input.course());
        return detail(viewer, cohortId);
    }

    @POST
    @Path("/{cohortId}/members/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Enrol people from a CSV body (email,name,institution_code[,locale][,team or group]; UTF-8): "
            + "?dryRun=true (the default) reports each row's outcome and writes nothing; dryRun=false writes "
            + "all rows or, when any row is an error, nothing (422)")
    public Response importMembers(@PathParam("cohortId") long cohortId,
            @QueryParam("dryRun") @DefaultValue("true") boolean dryRun, InputStream body) {
        ImportReport report = imports.run(currentUser.require(), cohortId, body, null, !dryRun,
                CohortMember.Source.API);
        ReportJson json = ReportJson.of(report, dryRun);
        if (report.refused() || (!dryRun && !report.committed())) {
            String detail = report.refused() ? report.fileMessage()
                    : report.totals().errors() + " rows are errors; nothing was written.";
            return Response.status(422).type(Problem.MEDIA_TYPE).entity(new ImportProblem("about:blank",
                    "Unprocessable Content", 422, detail, json.rows().stream().filter(r -> r.error() != null).toList(),
                    json.totals())).build();
        }
        return Response.ok(json).build();
    }

    private Detail detail(Viewer viewer, long cohortId) {
        Cohort cohort = cohorts.manageable(viewer, cohortId);
        return Detail.of(cohort, cohorts.courses(cohort), cohorts.memberCount(cohort));
    }

    public record Input(@NotNull String code, @NotNull String name, String description, String startsOn,
            String endsOn) {
    }

    public record CourseInput(@NotNull String course) {
    }

    public record Summary(long id, String code, String name, LocalDate startsOn, LocalDate endsOn) {
        static Summary of(Cohort cohort) {
            return new Summary(cohort.id(), cohort.code(), cohort.name(), cohort.startsOn(), cohort.endsOn());
        }
    }

    public record CourseRef(long id, String code) {
    }

    public record Detail(long id, String code, String name, String description, LocalDate startsOn, LocalDate endsOn,
            List<CourseRef> courses, long members) {
        static Detail of(Cohort cohort, List<Course> courses, long members) {
            return new Detail(cohort.id(), cohort.code(), cohort.name(), cohort.description(), cohort.startsOn(),
                    cohort.endsOn(), courses.stream().map(c -> new CourseRef(c.id(), c.code())).toList(), members);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RowJson(int row, String email, String name, String institution, String outcome, String error,
            String note, String team, Boolean newTeam) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReportJson(boolean dryRun, boolean committed, String sha256, String fileError,
            ImportReport.Totals totals, List<RowJson> rows) {

        static ReportJson of(ImportReport report, boolean dryRun) {
            List<RowJson> rows = report.rows().stream().map(row -> new RowJson(row.row(), row.email(), row.name(),
                    row.institutionCode(), row.outcome().name().toLowerCase(java.util.Locale.ROOT),
                    row.problem() == null ? null : row.message(), row.problem() == null ? row.message() : null,
                    row.team().isEmpty() ? null : row.team(), row.team().isEmpty() ? null : row.newTeam()))
                    .toList();
            return new ReportJson(dryRun, report.committed(), report.sha256(), report.fileMessage(), report.totals(),
                    rows);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ImportProblem(String type, String title, int status, String detail, List<RowJson> errors,
            ImportReport.Totals totals) {
    }
}
