package org.surgalt.admin.audit;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.surgalt.identity.CurrentUser;
import org.surgalt.web.Language;

/**
 * The audit log as JSON, newest first, 50 events a page; {@code next} is the address of the next
 * page (a cursor on the event id). Read only: no route edits or deletes an event.
 */
@Path("/api/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit log")
public class AuditApiResource {

    private final AuditService service;
    private final CurrentUser currentUser;
    private final AuditActionWords words;
    private final Language language;

    AuditApiResource(AuditService service, CurrentUser currentUser, AuditActionWords words, Language language) {
        this.service = service;
        this.currentUser = currentUser;
        this.words = words;
        this.language = language;
    }

    public record EventView(long id, Instant occurredAt, Long actorId, String actorEmail, String action,
            String actionWords, Long personId, String personEmail, String objectType, String objectId,
            List<AuditChanges.Change> changes, String before, String after, String detail, String address) {
    }

    public record PageView(List<EventView> events, String next) {
    }

    @GET
    @Operation(summary = "Audit events, newest first, filtered: actor and person (email or id), action (or a prefix "
            + "ending in '.' or '*'), objectType, objectId, from and to (dates, UTC), before (the cursor)")
    public PageView page(@BeanParam AuditFilters filters) {
        AuditQuery query = filters.page();
        AuditService.Page page = service.page(currentUser.require(), query);
        Locale locale = language.apiLocale();
        return new PageView(page.events().stream().map(e -> new EventView(e.id(), e.occurredAt(), e.actorId(),
                e.actorEmail(), e.action(), words.of(e.action(), locale), e.personId(), e.personEmail(), e.objectType(),
                e.objectId(), AuditChanges.of(e.before(), e.after()), e.before(), e.after(), e.detail(), e.address()))
                .toList(), page.next() == null ? null : AuditLinks.of("/api/admin/audit", page.next(), true));
    }
}
