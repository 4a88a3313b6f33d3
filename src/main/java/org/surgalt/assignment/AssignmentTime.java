package org.surgalt.assignment;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.surgalt.platform.DomainException;

/**
 * Dates as people in Mongolia read and type them: Ulaanbaatar time on the pages, UTC in the
 * database and the API.
 */
public final class AssignmentTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ulaanbaatar");
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private AssignmentTime() {
    }

    /** "2025-03-01 17:00" in Ulaanbaatar time; empty for none. */
    public static String display(Instant instant) {
        return instant == null ? "" : DISPLAY.format(instant.atZone(ZONE));
    }

    /** The value of a datetime-local input. */
    public static String input(Instant instant) {
        return instant == null ? "" : INPUT.format(instant.atZone(ZONE));
    }

    /** A datetime-local value typed in Ulaanbaatar time; null when blank. */
    public static Instant parseInput(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).truncatedTo(ChronoUnit.MINUTES).atZone(ZONE).toInstant();
        } catch (DateTimeException e) {
            throw DomainException.invalid(field, "must be a date and time like 2025-03-01T17:00");
        }
    }
}
