package org.surgalt.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a statement sent again is the one already stored (xAPI 2.0 Statement Comparison
 * Requirements; 1.0.3 "Statement immutability"): the properties the LRS assigns (id, stored,
 * authority, version, a timestamp the sender left out) are ignored, and so are differences that
 * do not change the meaning: order of properties, case of UUIDs and language tags, an explicit
 * "objectType": "Activity", the same instant written differently, a single context activity
 * instead of an array of one. Offline sync relies on this to send statements again safely.
 */
final class StatementComparison {

    private StatementComparison() {
    }

    static boolean same(ObjectNode stored, ObjectNode sent) {
        ObjectNode a = stored.deepCopy();
        ObjectNode b = sent.deepCopy();
        for (ObjectNode s : List.of(a, b)) {
            s.remove(List.of("id", "stored", "authority", "version"));
        }
        if (!b.has("timestamp")) {
            a.remove("timestamp");
        }
        return normal(a).equals(normal(b));
    }

    private static JsonNode normal(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = field.getKey();
                JsonNode value = field.getValue();
                if (key.equals("objectType") && value.asText().equals("Activity")) {
                    continue;
                }
                if ((key.equals("timestamp") || key.equals("stored")) && value.isTextual()) {
                    try {
                        out.put(key, XapiValues.timestamp(value.asText(), key).toString());
                        continue;
                    } catch (XapiRejected e) {
                        // compare as written
                    }
                }
                if (key.equals("duration") && value.isTextual()) {
                    // Durations are compared to a hundredth of a second (xAPI 2.0, 4.2.7).
                    out.put(key, value.asText().replaceAll("(\\d+)\\.(\\d{1,2})\\d*S", "$1.$2S")
                            .replaceAll("(\\d+)\\.(\\d)S", "$1.$20S").replaceAll("(\\d+)\\.00S", "$1S")
                            .replaceAll("(\\d+)\\.0*S", "$1S"));
                    continue;
                }
                if (isLanguageMapKey(key)) {
                    out.set(key, lowerKeys(value));
                    continue;
                }
                if (value.isTextual() && XapiValues.UUID_FORMAT.matcher(value.asText()).matches()) {
                    out.put(key, value.asText().toLowerCase(Locale.ROOT));
                    continue;
                }
                if (key.equals("contextActivities") && value.isObject()) {
                    ObjectNode lists = JsonNodeFactory.instance.objectNode();
                    value.fields().forEachRemaining(list -> {
                        ArrayNode array = JsonNodeFactory.instance.arrayNode();
                        if (list.getValue().isArray()) {
                            list.getValue().forEach(a -> array.add(normal(a)));
                        } else {
                            array.add(normal(list.getValue()));
                        }
                        lists.set(list.getKey(), array);
                    });
                    out.set(key, lists);
                    continue;
                }
                out.set(key, normal(value));
            }
            return out;
        }
        if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            node.forEach(item -> items.add(normal(item)));
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            items.forEach(out::add);
            return out;
        }
        return node;
    }

    private static boolean isLanguageMapKey(String key) {
        return key.equals("display") || key.equals("name") || key.equals("description");
    }

    private static JsonNode lowerKeys(JsonNode map) {
        if (!map.isObject()) {
            return map;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        map.fields().forEachRemaining(e -> out.set(e.getKey().toLowerCase(Locale.ROOT),
                e.getValue().isTextual() ? TextNode.valueOf(e.getValue().asText()) : e.getValue()));
        return out;
    }
}
