package org.surgalt.cohort.session;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.surgalt.platform.DomainException;
import org.surgalt.web.Formats;
import java.util.Locale;

/** Session dates as people in Mongolia read and type them: Ulaanbaatar time on the pages, UTC stored. */
final class SessionTime {

    static final ZoneId ZONE = ZoneId.of("Asia/Ulaanbaatar");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private SessionTime() {
    }

    static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ZONE));
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(ZONE));
    }

    /** "5 Mar 2026, 10:00–16:00", in the reader's language (the end's date too when it is another day). */
    static String span(Instant start, Instant end, Locale locale) {
        String endText = date(start).equals(date(end)) ? Formats.time(end) : Formats.when(end, locale);
        return Formats.when(start, locale) + "–" + endText;
    }

    /** A day and a time of day typed in Ulaanbaatar time. */
    static Instant parse(String dateField, String date, String timeField, String time) {
        LocalDate day;
        try {
            day = LocalDate.parse(date == null ? "" : date.strip());
        } catch (DateTimeException e) {
            throw DomainException.invalid(dateField, "must be a date like 2026-03-05");
        }
        try {
            return day.atTime(LocalTime.parse(time == null ? "" : time.strip())).atZone(ZONE).toInstant();
        } catch (DateTimeException e) {
            throw DomainException.invalid(timeField, "must be a time like 10:00");
        }
    }
}
