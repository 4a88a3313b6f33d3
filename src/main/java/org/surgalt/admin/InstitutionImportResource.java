package org.surgalt.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.InstitutionAccess;
import org.surgalt.identity.InstitutionImport;
import org.surgalt.identity.InstitutionImportService;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.CsvFile;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.DomainException.FieldError;

/**
 * Institutions from a CSV file, as cohort enrolment does it: check the file (a dry run, each row's
 * outcome), then apply the same file (its SHA-256 must match the one checked), all or nothing.
 */
@Path("/admin/institutions/import")
@Produces(MediaType.TEXT_HTML)
public class InstitutionImportResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance institutionImport(ImportPage page, List<FieldError> errors);
    }

    /** {@code applied}: the totals of the file just applied (after the redirect), else null. */
    public record ImportPage(ImportView report, boolean addSoums, boolean differentFile, boolean applying,
            InstitutionImport.Totals applied, int maxRows, int maxMegabytes, String header) {
    }

    private final InstitutionImportService imports;
    private final InstitutionAccess access;
    private final CurrentUser currentUser;
    private final AdminPages pages;

    InstitutionImportResource(InstitutionImportService imports, InstitutionAccess access, CurrentUser currentUser,
            AdminPages pages) {
        this.imports = imports;
        this.access = access;
        this.currentUser = currentUser;
        this.pages = pages;
    }

    @GET
    @Operation(summary = "Import institutions from CSV: the form and the file's format (HTML)")
    public Response form(@QueryParam("created") Integer created, @QueryParam("updated") Integer updated,
            @QueryParam("unchanged") Integer unchanged) {
        access.requireManage(currentUser.require());
        InstitutionImport.Totals applied = created == null ? null
                : new InstitutionImport.Totals(0, created, updated == null ? 0 : updated,
                        unchanged == null ? 0 : unchanged, 0);
        return html(200, page(null, false, false, false, applied));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Check a CSV file (multipart 'file', 'addSoums'): each row's outcome; nothing is written (HTML)")
    public Response check(@RestForm("file") FileUpload file, @RestForm("addSoums") String addSoums) {
        Viewer viewer = currentUser.require();
        InstitutionImport report = run(viewer, file, false, addSoums != null);
        return html(report.refused() ? 422 : 200, page(report, addSoums != null, false, false, null));
    }

    @POST
    @Path("/apply")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Apply the checked CSV file (multipart 'file', its 'sha256', 'addSoums'), all or nothing")
    public Response apply(@RestForm("file") FileUpload file, @RestForm("sha256") String sha256,
            @RestForm("addSoums") String addSoums) {
        Viewer viewer = currentUser.require();
        boolean add = addSoums != null;
        // Only what the admin saw checked is written: another file gets its own check first.
        InstitutionImport checked = run(viewer, file, false, add);
        if (checked.refused() || !checked.sha256().equals(sha256)) {
            return html(checked.refused() ? 422 : 409, page(checked, add, !checked.refused(), false, null));
        }
        InstitutionImport report = run(viewer, file, true, add);
        if (!report.applied()) {
            return html(422, page(report, add, false, true, null));
        }
        InstitutionImport.Totals totals = report.totals();
        return Response.seeOther(URI.create("/admin/institutions/import?created=" + totals.created() + "&updated="
                + totals.updated() + "&unchanged=" + totals.unchanged())).build();
    }

    private InstitutionImport run(Viewer viewer, FileUpload file, boolean apply, boolean addSoums) {
        access.requireManage(viewer);
        if (file == null || file.uploadedFile() == null) {
            throw DomainException.invalid("file", "choose a CSV file");
        }
        if (file.size() > InstitutionImportService.MAX_BYTES) {
            return InstitutionImport.refusedFile(CsvFile.FileProblem.TOO_LARGE,
                    Long.toString(InstitutionImportService.MAX_BYTES), file.fileName());
        }
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            return imports.run(viewer, in, file.fileName(), apply, addSoums);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TemplateInstance page(InstitutionImport report, boolean addSoums, boolean differentFile,
            boolean applying, InstitutionImport.Totals applied) {
        AdminMessages text = pages.text();
        return Templates.institutionImport(new ImportPage(report == null ? null : ImportView.of(report, text),
                addSoums, differentFile, applying, applied, InstitutionImportService.MAX_ROWS,
                (int) (InstitutionImportService.MAX_BYTES / 1_000_000), InstitutionImport.HEADER), List.of());
    }

    private Response html(int status, TemplateInstance page) {
        return pages.html(status, page);
    }
}
