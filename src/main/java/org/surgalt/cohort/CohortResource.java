package org.surgalt.cohort;

import org.surgalt.platform.CsvFile;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.surgalt.course.Course;
import org.surgalt.course.CourseService;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.DomainException.FieldError;
import org.surgalt.web.Language;
import org.surgalt.web.Layout;

/** The coordinator's cohort pages: the list, a cohort with its courses and members, and CSV enrolment. */
@Path("/cohorts")
@Produces(MediaType.TEXT_HTML)
public class CohortResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cohorts(List<CohortRow> cohorts, NewCohort form, List<FieldError> errors);

        static native TemplateInstance cohort(CohortPage page, List<FieldError> errors);

        static native TemplateInstance enrol(ImportPage page, List<FieldError> errors);
    }

    private final CohortService cohorts;
    private final EnrolmentImportService imports;
    private final CourseService courses;
    private final CohortImportRepository importRecords;
    private final CohortConfig config;
    private final CurrentUser currentUser;
    private final Layout layout;
    private final Language language;
    private final CohortMessages english;
    private final CohortMessages mongolian;

    CohortResource(CohortService cohorts, EnrolmentImportService imports, CourseService courses,
            CohortImportRepository importRecords, CohortConfig config, CurrentUser currentUser, Layout layout,
            Language language, CohortMessages english, @Localized("mn") CohortMessages mongolian) {
        this.cohorts = cohorts;
        this.imports = imports;
        this.courses = courses;
        this.importRecords = importRecords;
        this.config = config;
        this.currentUser = currentUser;
        this.layout = layout;
        this.language = language;
        this.english = english;
        this.mongolian = mongolian;
    }

    @GET
    @Operation(summary = "The cohorts the viewer manages, with a form for a new one (HTML)")
    public Response list() {
        return html(200, Templates.cohorts(rows(currentUser.require()), new NewCohort("", "", "", "", ""), List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Create a cohort (form)")
    public Response create(@FormParam("code") String code, @FormParam("name") String name,
            @FormParam("description") String description, @FormParam("startsOn") String startsOn,
            @FormParam("endsOn") String endsOn) {
        Viewer viewer = currentUser.require();
        NewCohort form = new NewCohort(code, name, description, startsOn, endsOn);
        try {
            Cohort cohort = cohorts.create(viewer, form);
            return seeOther("/cohorts/" + cohort.code());
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
                throw e;
            }
            return html(e.kind().status, Templates.cohorts(rows(viewer), form, e.formErrors()));
        }
    }

    @GET
    @Path("{cohortCode}")
    @Operation(summary = "A cohort: its courses and members, a page at a time (HTML)")
    public Response cohort(@PathParam("cohortCode") String code, @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("imported") Integer imported, @QueryParam("added") Integer added) {
        Viewer viewer = currentUser.require();
        return html(200, Templates.cohort(page(viewer, code, page, imported, added), List.of()));
    }

    @POST
    @Path("{cohortCode}/courses")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Add a published course to a cohort, enrolling its members (form)")
    public Response addCourse(@PathParam("cohortCode") String code, @FormParam("course") String course) {
        Viewer viewer = currentUser.require();
        Cohort cohort = cohorts.manageable(viewer, code);
        try {
            int enrolled = cohorts.addCourse(viewer, cohort.id(), course);
            return seeOther("/cohorts/" + code + "?added=" + enrolled);
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            return html(400, Templates.cohort(page(viewer, code, 1, null, null), e.formErrors()));
        }
    }

    @POST
    @Path("{cohortCode}/courses/{courseId}/remove")
    @Operation(summary = "Remove a course from a cohort; its members stay enrolled (form)")
    public Response removeCourse(@PathParam("cohortCode") String code, @PathParam("courseId") long courseId) {
        Viewer viewer = currentUser.require();
        cohorts.removeCourse(viewer, cohorts.manageable(viewer, code).id(), courseId);
        return seeOther("/cohorts/" + code);
    }

    @GET
    @Path("{cohortCode}/import")
    @Operation(summary = "Enrol people from a CSV file: the form and the file's format (HTML)")
    public Response importForm(@PathParam("cohortCode") String code) {
        Cohort cohort = cohorts.manageable(currentUser.require(), code);
        return html(200, Templates.enrol(importPage(cohort, null, false, false), List.of()));
    }

    @POST
    @Path("{cohortCode}/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Check a CSV file (multipart 'file'): what each row would do; nothing is written (HTML)")
    public Response dryRun(@PathParam("cohortCode") String code, @RestForm("file") FileUpload file) {
        Viewer viewer = currentUser.require();
        Cohort cohort = cohorts.manageable(viewer, code);
        ImportReport report = run(viewer, cohort, file, false);
        return html(report.refused() ? 422 : 200, Templates.enrol(importPage(cohort, report, false, false), List.of()));
    }

    @POST
    @Path("{cohortCode}/import/commit")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Enrol everyone in the checked CSV file (multipart 'file' and its 'sha256'), all or nothing")
    public Response commit(@PathParam("cohortCode") String code, @RestForm("file") FileUpload file,
            @RestForm("sha256") String sha256) {
        Viewer viewer = currentUser.require();
        Cohort cohort = cohorts.manageable(viewer, code);
        // Only what the coordinator saw checked is written: another file gets its own check first.
        ImportReport checked = run(viewer, cohort, file, false);
        if (checked.refused() || !checked.sha256().equals(sha256)) {
            return html(checked.refused() ? 422 : 409, Templates.enrol(importPage(cohort, checked,
                    !checked.refused(), false), List.of()));
        }
        ImportReport report = run(viewer, cohort, file, true);
        if (!report.committed()) {
            return html(422, Templates.enrol(importPage(cohort, report, false, true), List.of()));
        }
        return seeOther("/cohorts/" + code + "?imported=" + report.totals().rows()
                + "&added=" + (report.totals().newUsers() + report.totals().matched()));
    }

    private ImportReport run(Viewer viewer, Cohort cohort, FileUpload file, boolean commit) {
        if (file == null || file.uploadedFile() == null) {
            throw DomainException.invalid("file", "choose a CSV file");
        }
        if (file.size() > config.importing().maxBytes()) {
            // Refused before reading a byte of it.
            return ImportReport.refusedFile(CsvFile.FileProblem.TOO_LARGE,
                    Long.toString(config.importing().maxBytes()), file.fileName());
        }
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            return imports.run(viewer, cohort.id(), in, file.fileName(), commit, CohortMember.Source.CSV);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<CohortRow> rows(Viewer viewer) {
        return cohorts.manageable(viewer).stream().map(CohortRow::of).toList();
    }

    private CohortPage page(Viewer viewer, String code, int page, Integer imported, Integer added) {
        Cohort cohort = cohorts.manageable(viewer, code);
        Locale locale = language.locale();
        List<Course> own = cohorts.courses(cohort);
        List<CourseRow> courseRows = own.stream().map(c -> new CourseRow(c.id(), c.code(), c.title().in(locale),
                c.title().languageIn(locale))).toList();
        List<CourseRow> addable = courses.catalogue().stream().filter(c -> !cohort.courseIds().contains(c.id()))
                .map(c -> new CourseRow(c.id(), c.code(), c.title().in(locale), c.title().languageIn(locale)))
                .toList();
        CohortService.MembersPage members = cohorts.members(cohort, page, config.membersPerPage());
        return new CohortPage(CohortRow.of(cohort), cohort.description(), courseRows, addable, members.members(),
                (int) members.total(), members.page(), members.pages(), imported,
                added);
    }

    private ImportPage importPage(Cohort cohort, ImportReport report, boolean differentFile, boolean committing) {
        CohortMessages messages = "mn".equals(language.code()) ? mongolian : english;
        return new ImportPage(CohortRow.of(cohort), config.importing().maxRows(),
                (int) (config.importing().maxBytes() / 1_000_000), EnrolmentCsv.EXPECTED_HEADER,
                report == null ? null : ReportView.of(report, messages), differentFile, committing);
    }

    private Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(layout.apply(page).render()).build();
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    /** The dates are shown in the page's language ({@code {cohort.startsOn.date}}, web/Formats). */
    public record CohortRow(String code, String name, java.time.LocalDate startsOn, java.time.LocalDate endsOn) {
        static CohortRow of(Cohort cohort) {
            return new CohortRow(cohort.code(), cohort.name(), cohort.startsOn(), cohort.endsOn());
        }
    }

    public record CourseRow(long id, String code, String title, String lang) {
    }

    public record CohortPage(CohortRow cohort, String description, List<CourseRow> courses, List<CourseRow> addable,
            List<CohortMemberRepository.MemberRow> members, int memberCount, int page, int pages, Integer imported,
            Integer added) {

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }

        public int previous() {
            return page - 1;
        }

        public int next() {
            return page + 1;
        }
    }

    public record ImportPage(CohortRow cohort, int maxRows, int maxMegabytes, String header, ReportView report,
            boolean differentFile, boolean committing) {

        /** A data row under the header in the format's example (data, not words to translate). */
        public String example() {
            return "bold@school.mn,Батбаярын Болд,khovd-buyant-school,mn";
        }
    }
}
