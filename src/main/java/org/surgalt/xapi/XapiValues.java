package org.surgalt.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The value types of xAPI (Data 4: IRIs, UUIDs, timestamps, language maps, extensions) and the
 * shape checks every statement rule uses, each refusing with a 400 that names the property.
 */
final class XapiValues {

    static final Pattern UUID_FORMAT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    static final Pattern IRI = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2}|[+-]\\d{4}|[+-]\\d{2})?");
    // RFC 5646 language tags, as the registry's shapes (not its contents).
    private static final Pattern LANGUAGE = Pattern.compile("(?i)([a-z]{2,3}(-[a-z]{3}){0,3}|[a-z]{4,8})"
            + "(-[a-z]{4})?(-([a-z]{2}|\\d{3}))?(-([a-z\\d]{5,8}|\\d[a-z\\d]{3}))*(-[a-wyz\\d](-[a-z\\d]{2,8})+)*"
            + "(-x(-[a-z\\d]{1,8})+)?|x(-[a-z\\d]{1,8})+|i-[a-z]+");

    private XapiValues() {
    }

    static boolean isLanguageTag(String tag) {
        return LANGUAGE.matcher(tag).matches();
    }

    static void optionalLanguageMap(JsonNode map, String where) {
        if (map == null) {
            return;
        }
        object(map, where);
        for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!LANGUAGE.matcher(entry.getKey()).matches()) {
                throw bad(where + ": \"" + entry.getKey() + "\" is not an RFC 5646 language tag");
            }
            if (!entry.getValue().isTextual()) {
                throw bad(where + "." + entry.getKey() + ": must be a string");
            }
        }
    }

    static void optionalExtensions(JsonNode extensions, String where) {
        if (extensions == null) {
            return;
        }
        object(extensions, where);
        for (Iterator<String> it = extensions.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!IRI.matcher(key).matches()) {
                throw bad(where + ": \"" + key + "\" is not an IRI");
            }
        }
    }

    static void optionalTimestamp(JsonNode value, String where) {
        if (value != null) {
            if (!value.isTextual()) {
                throw bad(where + ": must be an ISO 8601 timestamp");
            }
            timestamp(value.asText(), where);
        }
    }

    /** The instant of an ISO 8601 timestamp as xAPI allows it (no "-00:00" offset); no zone means UTC. */
    static Instant timestamp(String text, String where) {
        if (!TIMESTAMP.matcher(text).matches() || text.endsWith("-00:00") || text.endsWith("-0000")
                || text.endsWith("-00")) {
            throw bad(where + ": must be an ISO 8601 timestamp (and not with a -00:00 offset)");
        }
        String normal = text;
        if (normal.matches(".*[+-]\\d{4}$")) {
            normal = normal.substring(0, normal.length() - 2) + ":" + normal.substring(normal.length() - 2);
        } else if (normal.matches(".*T.*[+-]\\d{2}$")) {
            normal = normal + ":00";
        } else if (!normal.endsWith("Z") && !normal.matches(".*[+-]\\d{2}:\\d{2}$")) {
            normal = normal + "Z";
        }
        try {
            return OffsetDateTime.parse(normal).toInstant();
        } catch (DateTimeParseException e) {
            throw bad(where + ": must be an ISO 8601 timestamp");
        }
    }

    static void optionalUuid(JsonNode node, String field, String where) {
        if (node.has(field)) {
            uuid(node.get(field), where + "." + field);
        }
    }

    static void uuid(JsonNode value, String where) {
        if (value == null || !value.isTextual() || !UUID_FORMAT.matcher(value.asText()).matches()) {
            throw bad(where + ": must be a UUID");
        }
    }

    static void iri(JsonNode value, String where) {
        if (value == null || !value.isTextual() || !IRI.matcher(value.asText()).matches()) {
            throw bad(where + ": must be an absolute IRI");
        }
    }

    static void string(JsonNode value, String where) {
        if (value == null || !value.isTextual()) {
            throw bad(where + ": must be a string");
        }
    }

    static void optionalString(JsonNode node, String field, String where) {
        if (node.has(field)) {
            string(node.get(field), where + "." + field);
        }
    }

    static void object(JsonNode node, String where) {
        if (node == null || !node.isObject()) {
            throw bad(where + ": must be a JSON object");
        }
    }

    static void require(JsonNode node, String where, String... fields) {
        for (String field : fields) {
            if (!node.has(field)) {
                throw bad(where + "." + field + ": is required");
            }
        }
    }

    static void only(JsonNode node, String where, String... fields) {
        Set<String> allowed = Set.of(fields);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!allowed.contains(field.getKey())) {
                throw bad(where + "." + field.getKey() + ": is not a property xAPI allows here");
            }
            if (field.getValue().isNull()) {
                throw bad(where + "." + field.getKey() + ": must not be null");
            }
        }
    }

    static XapiRejected bad(String message) {
        return new XapiRejected(400, message);
    }

    static boolean isObject(JsonNode node) {
        return node instanceof ObjectNode;
    }
}
