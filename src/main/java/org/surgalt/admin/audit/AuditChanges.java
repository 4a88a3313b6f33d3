package org.surgalt.admin.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Before → after, readably: when both are JSON objects, only the fields that changed ("points: 7 →
 * 9"); otherwise the whole value on each side. Absent values show as an empty side.
 */
public final class AuditChanges {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Change(String field, String before, String after) {
    }

    private AuditChanges() {
    }

    public static List<Change> of(String before, String after) {
        JsonNode old = parse(before);
        JsonNode now = parse(after);
        List<Change> changes = new ArrayList<>();
        if ((old == null || old.isObject()) && (now == null || now.isObject()) && (old != null || now != null)) {
            Set<String> fields = new LinkedHashSet<>();
            names(old, fields);
            names(now, fields);
            for (String field : fields) {
                JsonNode a = old == null ? null : old.get(field);
                JsonNode b = now == null ? null : now.get(field);
                if (a == null ? b != null : !a.equals(b)) {
                    changes.add(new Change(field, text(a), text(b)));
                }
            }
        } else if (old != null || now != null) {
            changes.add(new Change("", text(old), text(now)));
        }
        return changes;
    }

    private static void names(JsonNode node, Set<String> fields) {
        if (node != null) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                fields.add(names.next());
            }
        }
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    private static JsonNode parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(json);
        }
    }
}
