package org.surgalt.xapi.document;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.surgalt.xapi.XapiRejected;

/** The document resources' query parameters, checked as xAPI defines them (400 for anything else). */
final class DocumentParameters {

    private static final Pattern IRI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+");
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** The longest activity IRI and document id kept (the columns' width). */
    static final int MAX_LENGTH = 2048;

    private DocumentParameters() {
    }

    static String activityId(String value) {
        if (value == null || value.isEmpty()) {
            throw new XapiRejected(400, "The activityId parameter is required");
        }
        if (value.length() > MAX_LENGTH || !IRI.matcher(value).matches()) {
            throw new XapiRejected(400, "The activityId parameter must be an IRI of at most " + MAX_LENGTH
                    + " characters");
        }
        return value;
    }

    /** The registration as a lower-case UUID, or null when none is given. */
    static String registration(String value) {
        if (value == null) {
            return null;
        }
        if (!UUID_TEXT.matcher(value).matches()) {
            throw new XapiRejected(400, "The registration parameter must be a UUID");
        }
        return UUID.fromString(value).toString();
    }

    static String documentId(String name, String value) {
        if (value == null || value.isEmpty()) {
            throw new XapiRejected(400, "The " + name + " parameter is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw new XapiRejected(400, "The " + name + " parameter may have at most " + MAX_LENGTH + " characters");
        }
        return value;
    }

    /** An ISO 8601 timestamp; one without an offset is taken as UTC. Null when none is given. */
    static Instant since(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip().toUpperCase(Locale.ROOT);
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                throw new XapiRejected(400, "The since parameter must be a timestamp (ISO 8601)");
            }
        }
    }
}
