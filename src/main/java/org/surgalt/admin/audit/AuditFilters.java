package org.surgalt.admin.audit;

import jakarta.ws.rs.QueryParam;

/**
 * The audit log's filters as the page, the API and the exports take them from the query string:
 * actor and person (email or id), action (or a prefix ending in '.' or '*'), objectType, objectId,
 * from and to (dates, UTC), before (the cursor; the exports ignore it).
 */
public class AuditFilters {

    @QueryParam("actor")
    String actor;
    @QueryParam("person")
    String person;
    @QueryParam("action")
    String action;
    @QueryParam("objectType")
    String objectType;
    @QueryParam("objectId")
    String objectId;
    @QueryParam("from")
    String from;
    @QueryParam("to")
    String to;
    @QueryParam("before")
    String before;

    AuditQuery page() {
        return AuditQuery.of(actor, person, action, objectType, objectId, from, to, before);
    }

    /** An export starts at the newest event whatever cursor the page was at. */
    AuditQuery export() {
        return AuditQuery.of(actor, person, action, objectType, objectId, from, to, null);
    }
}
