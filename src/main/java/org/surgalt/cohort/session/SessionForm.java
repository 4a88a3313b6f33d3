package org.surgalt.cohort.session;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import org.surgalt.platform.DomainException;

/** The scheduling form as typed (Ulaanbaatar date and times, the facilitator's e-mail), kept for re-rendering. */
public record SessionForm(String course, String item, String cohort, String title, String date, String start,
        String end, String place, String capacity, String facilitator) {

    static SessionForm blank(String course, long item, Long cohort, String facilitator) {
        return new SessionForm(course, Long.toString(item), cohort == null ? "" : cohort.toString(), "", "", "", "",
                "", "20", facilitator);
    }

    static SessionForm of(FaceToFaceSession session, String course, String facilitator) {
        return new SessionForm(course, Long.toString(session.itemId()),
                session.cohortId() == null ? "" : session.cohortId().toString(),
                session.title() == null ? "" : session.title(), SessionTime.date(session.startsAt()),
                SessionTime.time(session.startsAt()), SessionTime.time(session.endsAt()), session.place(),
                Integer.toString(session.capacity()), facilitator);
    }

    static SessionForm of(MultivaluedMap<String, String> form) {
        return new SessionForm(value(form, "course"), value(form, "item"), value(form, "cohort"),
                value(form, "title"), value(form, "date"), value(form, "start"), value(form, "end"),
                value(form, "place"), value(form, "capacity"), value(form, "facilitator"));
    }

    /** {@code facilitatorId}: the user the e-mail names (the resource looks it up). */
    SessionService.Schedule toSchedule(long courseId, Long facilitatorId) {
        if (date.isBlank()) {
            throw DomainException.invalid("date", "is required");
        }
        if (start.isBlank()) {
            throw DomainException.invalid("start", "is required");
        }
        if (end.isBlank()) {
            throw DomainException.invalid("end", "is required");
        }
        Instant startsAt = SessionTime.parse("date", date, "start", start);
        Instant endsAt = SessionTime.parse("date", date, "end", end);
        return new SessionService.Schedule(courseId, number("item", item), cohortId(), title, startsAt, endsAt, place,
                (int) Math.min(Integer.MAX_VALUE, number("capacity", capacity)), facilitatorId);
    }

    Long cohortId() {
        return cohort.isBlank() ? null : number("cohort", cohort);
    }

    private static long number(String field, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(field, "must be a whole number");
        }
    }

    private static String value(MultivaluedMap<String, String> form, String key) {
        String value = form.getFirst(key);
        return value == null ? "" : value;
    }
}
