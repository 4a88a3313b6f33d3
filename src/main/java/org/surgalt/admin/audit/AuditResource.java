package org.surgalt.admin.audit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.web.Language;
import org.surgalt.web.Layout;

/** The audit log page (filters, newest first, a cursor to older events) and its CSV and JSON-lines exports. */
@Path("/admin/audit")
public class AuditResource {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(AuditQuery query, List<Row> events, String next, String csv, String jsonl,
                List<DomainException.FieldError> errors);
    }

    public record Row(long id, String when, String actor, String action, String actionWords, String person,
            String object, List<AuditChanges.Change> changes, String detail, String address) {
    }

    private final AuditService service;
    private final CurrentUser currentUser;
    private final AuditActionWords words;
    private final Language language;
    private final Layout layout;

    AuditResource(AuditService service, CurrentUser currentUser, AuditActionWords words, Language language,
            Layout layout) {
        this.service = service;
        this.currentUser = currentUser;
        this.words = words;
        this.language = language;
        this.layout = layout;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The audit log page (HTML), with the filters of /api/admin/audit")
    public Response page(@BeanParam AuditFilters filters) {
        Viewer viewer = currentUser.require();
        AuditQuery query = filters.page();
        try {
            AuditService.Page page = service.page(viewer, query);
            Locale locale = language.locale();
            List<Row> rows = page.events().stream().map(e -> row(e, locale)).toList();
            return html(Response.Status.OK, Templates.audit(query, rows,
                    page.next() == null ? null : AuditLinks.of("/admin/audit", page.next(), true),
                    AuditLinks.of("/admin/audit/export.csv", query, false),
                    AuditLinks.of("/admin/audit/export.jsonl", query, false), List.of()));
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            return html(Response.Status.BAD_REQUEST, Templates.audit(query, List.of(), null, null, null,
                    e.formErrors()));
        }
    }

    // The exports declare no @Produces: a browser's link asks for text/html first, and the answer
    // (a file, or the error page) sets its own type.

    @GET
    @Path("/export.csv")
    @Operation(summary = "The filtered audit events as CSV (UTF-8 with a byte order mark), streamed, newest first")
    public Response csv(@BeanParam AuditFilters filters) {
        return export(filters.export(), AuditExport::csv,
                "text/csv; charset=UTF-8", "csv");
    }

    @GET
    @Path("/export.jsonl")
    @Operation(summary = "The filtered audit events as JSON lines (one event a line), streamed, newest first")
    public Response jsonLines(@BeanParam AuditFilters filters) {
        return export(filters.export(),
                AuditExport::jsonLines, "application/jsonl; charset=UTF-8", "jsonl");
    }

    private interface Format {
        StreamingOutput write(AuditQuery query, AuditExport.Batches batches, Function<String, String> words);
    }

    /** Checks the caller and the filters first (an error page, not a broken file), then streams. */
    private Response export(AuditQuery query, Format format, String type, String extension) {
        AuditScope scope = service.exportScope(currentUser.require(), query);
        Locale locale = language.locale();
        StreamingOutput body = format.write(query, q -> service.batch(scope, q), a -> words.of(a, locale));
        return Response.ok(body).type(type)
                .header("Content-Disposition", "attachment; filename=\"audit-events." + extension + "\"")
                .header("Cache-Control", "no-store").build();
    }

    private Row row(AuditEvent e, Locale locale) {
        return new Row(e.id(), WHEN.format(e.occurredAt()), who(e.actorId(), e.actorName(), e.actorEmail()),
                e.action(), words.of(e.action(), locale), who(e.personId(), e.personName(), e.personEmail()),
                e.objectType() == null ? "" : e.objectType() + (e.objectId() == null ? "" : " " + e.objectId()),
                AuditChanges.of(e.before(), e.after()), e.detail() == null ? "" : e.detail(),
                e.address() == null ? "" : e.address());
    }

    /** "Name <email>", "#12" for an account gone; null for nobody (the page says Surgalt for an actor). */
    private static String who(Long id, String name, String email) {
        if (id == null) {
            return null;
        }
        if (name == null) {
            return "#" + id;
        }
        return name + " <" + email + ">";
    }

    private Response html(Response.Status status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(layout.apply(page).render()).build();
    }
}
