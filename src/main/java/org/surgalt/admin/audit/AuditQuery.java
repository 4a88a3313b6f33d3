package org.surgalt.admin.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.surgalt.platform.DomainException;

/**
 * The audit log's filters as typed: actor and person concerned (an email address or an account
 * id), an action ("submission.grade") or a prefix of one ("submission." or "submission*"), an
 * object (type, and id), dates from and to (both included, UTC), and the cursor: only events older
 * than the event with id {@code before}.
 */
public record AuditQuery(String actor, String person, String action, String objectType, String objectId,
        String from, String to, String before) {

    public static AuditQuery of(String actor, String person, String action, String objectType, String objectId,
            String from, String to, String before) {
        return new AuditQuery(clean(actor), clean(person), clean(action), clean(objectType), clean(objectId),
                clean(from), clean(to), clean(before));
    }

    /** The same filters, for the page after the event with this id. */
    public AuditQuery after(long lastId) {
        return new AuditQuery(actor, person, action, objectType, objectId, from, to, Long.toString(lastId));
    }

    /** Checks what was typed; a mistake is reported under its field. */
    public void validate() {
        List<DomainException.FieldError> errors = new ArrayList<>();
        date("from", from, errors);
        date("to", to, errors);
        if (before != null && !before.matches("\\d{1,18}")) {
            errors.add(new DomainException.FieldError("before", "must be the id of an event"));
        }
        if (objectId != null && objectType == null) {
            errors.add(new DomainException.FieldError("objectType", "give the object's type with its id"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors.get(0).field(), errors.get(0).message());
        }
    }

    public LocalDate fromDate() {
        return from == null ? null : LocalDate.parse(from);
    }

    public LocalDate toDate() {
        return to == null ? null : LocalDate.parse(to);
    }

    public Long beforeId() {
        return before == null ? null : Long.parseLong(before);
    }

    /** "submission." and "submission*" ask for every action of submissions; anything else one action. */
    public boolean actionIsPrefix() {
        return action != null && (action.endsWith(".") || action.endsWith("*"));
    }

    public String actionPrefix() {
        return action.endsWith("*") ? action.substring(0, action.length() - 1) : action;
    }

    private static void date(String field, String value, List<DomainException.FieldError> errors) {
        if (value == null) {
            return;
        }
        try {
            LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new DomainException.FieldError(field, "must be a date like 2026-03-01"));
        }
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
