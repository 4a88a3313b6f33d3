package org.surgalt.admin;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Institution;
import org.surgalt.identity.InstitutionImport;
import org.surgalt.identity.InstitutionImportService;
import org.surgalt.identity.InstitutionService;
import org.surgalt.identity.InstitutionService.View;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/** Institutions in JSON: the same actions as the pages (site admins; institution admins rename their own). */
@Path("/api/admin/institutions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Institutions")
public class InstitutionApiResource {

    private final InstitutionService service;
    private final InstitutionImportService imports;
    private final CurrentUser currentUser;

    InstitutionApiResource(InstitutionService service, InstitutionImportService imports, CurrentUser currentUser) {
        this.service = service;
        this.imports = imports;
        this.currentUser = currentUser;
    }

    /** {@code into}: the id of the institution that stays. */
    public record Merge(Long into) {
    }

    public record ImportJson(boolean dryRun, boolean applied, String sha256, String fileProblem, String fileMessage,
            InstitutionImport.Totals totals, List<RowJson> rows) {
    }

    public record RowJson(int row, String code, String name, String kind, String aimag, String soum, String outcome,
            String message) {
    }

    @GET
    @Operation(summary = "Institutions matching q (code or name), aimag and kind; retired=true: the retired ones")
    public List<View> list(@QueryParam("q") String q, @QueryParam("aimag") String aimag,
            @QueryParam("kind") String kind, @QueryParam("retired") boolean retired) {
        return service.search(currentUser.require(), InstitutionPages.filter(q, aimag, kind, retired)).stream()
                .map(View::of).toList();
    }

    @POST
    @Operation(summary = "A new institution: code, name, kind (SCHOOL, UNIVERSITY, MINISTRY), aimag, soum, addSoum")
    public RestResponse<View> create(InstitutionService.Input input, UriInfo uri) {
        Institution created = service.create(currentUser.require(), required(input));
        return RestResponse.ResponseBuilder.<View>created(
                uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(View.of(created)).build();
    }

    @GET
    @Path("/{institutionId}")
    @Operation(summary = "One institution")
    public View get(@PathParam("institutionId") long id) {
        return View.of(service.get(currentUser.require(), id));
    }

    @PUT
    @Path("/{institutionId}")
    @Operation(summary = "Change an institution (an institution admin: its name only)")
    public View edit(@PathParam("institutionId") long id, InstitutionService.Input input) {
        return View.of(service.edit(currentUser.require(), id, required(input)));
    }

    @POST
    @Path("/{institutionId}/retire")
    @Operation(summary = "Retire: kept for records and reports, not offered for new people or cohorts")
    public View retire(@PathParam("institutionId") long id) {
        return View.of(service.retire(currentUser.require(), id, true));
    }

    @POST
    @Path("/{institutionId}/unretire")
    @Operation(summary = "Put a retired institution back in use (not one merged into another)")
    public View unretire(@PathParam("institutionId") long id) {
        return View.of(service.retire(currentUser.require(), id, false));
    }

    @POST
    @Path("/{institutionId}/merge")
    @Operation(summary = "Merge this institution into another ({\"into\": id}): everything moves there; this one is retired")
    public View merge(@PathParam("institutionId") long id, Merge merge) {
        if (merge == null || merge.into() == null) {
            throw DomainException.invalid("into", "choose another institution to merge into");
        }
        return View.of(service.merge(currentUser.require(), id, merge.into()));
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import institutions from a CSV body (code,name,kind,aimag,soum; UTF-8): dryRun=true (the "
            + "default) reports each row and writes nothing; dryRun=false writes all rows, or nothing when any row is "
            + "an error (422); addSoums=true adds unknown soums")
    public Response importCsv(InputStream body, @QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
            @QueryParam("addSoums") boolean addSoums) {
        Viewer viewer = currentUser.require();
        InstitutionImport report = imports.run(viewer, body, null, !dryRun, addSoums);
        ImportJson json = new ImportJson(dryRun, report.applied(), report.sha256(),
                report.fileProblem() == null ? null : report.fileProblem().name(), report.fileMessage(),
                report.totals(), report.rows().stream().map(r -> new RowJson(r.row(), r.code(), r.name(), r.kind(),
                        r.aimag(), r.soum(), r.outcome().name(), r.message())).toList());
        // As bulk enrolment answers: a refused file, or errors when applying, are 422 with the report.
        boolean refused = report.refused() || (!dryRun && !report.applied());
        return Response.status(refused ? 422 : 200).entity(json).build();
    }

    private static InstitutionService.Input required(InstitutionService.Input input) {
        if (input == null) {
            throw DomainException.invalid("code", "send the institution as JSON");
        }
        return input;
    }
}
