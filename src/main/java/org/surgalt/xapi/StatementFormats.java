package org.surgalt.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The formats of GET statements: exact (as stored), ids (identifiers only) and canonical (one language). */
final class StatementFormats {

    private static final Set<String> LANGUAGE_MAPS = Set.of("display", "name", "description");

    private StatementFormats() {
    }

    static ObjectNode apply(ObjectNode statement, String format, List<String> languages) {
        return switch (format) {
            case "ids" -> ids(statement);
            case "canonical" -> canonical(statement, languages);
            default -> statement;
        };
    }

    private static ObjectNode ids(ObjectNode statement) {
        ObjectNode out = statement.deepCopy();
        idsOfStatement(out);
        return out;
    }

    private static void idsOfStatement(ObjectNode s) {
        actor(s.get("actor"));
        actor(s.get("authority"));
        if (s.get("verb") instanceof ObjectNode verb) {
            verb.remove("display");
        }
        JsonNode object = s.get("object");
        if (object instanceof ObjectNode o) {
            String type = o.path("objectType").asText("Activity");
            switch (type) {
                case "Activity" -> {
                    o.remove("definition");
                    o.remove("objectType");
                }
                case "Agent", "Group" -> actor(o);
                case "SubStatement" -> idsOfStatement(o);
                default -> {
                }
            }
        }
        if (s.get("context") instanceof ObjectNode context) {
            actor(context.get("instructor"));
            actor(context.get("team"));
            for (JsonNode list : context.path("contextActivities")) {
                if (list.isArray()) {
                    list.forEach(a -> ((ObjectNode) a).remove("definition"));
                } else if (list instanceof ObjectNode a) {
                    a.remove("definition");
                }
            }
            context.path("contextAgents").forEach(ca -> actor(ca.get("agent")));
            context.path("contextGroups").forEach(cg -> actor(cg.get("group")));
        }
    }

    private static void actor(JsonNode node) {
        if (!(node instanceof ObjectNode actor)) {
            return;
        }
        boolean identified = StatementKeys.ifi(actor).isPresent();
        actor.remove("name");
        if (identified) {
            actor.remove("member");
        } else {
            actor.path("member").forEach(StatementFormats::actor);
        }
    }

    private static ObjectNode canonical(ObjectNode statement, List<String> languages) {
        ObjectNode out = statement.deepCopy();
        reduce(out, languages);
        return out;
    }

    private static void reduce(JsonNode node, List<String> languages) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().equals("extensions")) {
                    continue;
                }
                if (LANGUAGE_MAPS.contains(field.getKey()) && field.getValue() instanceof ObjectNode map && map.size() > 1) {
                    String chosen = choose(map, languages);
                    JsonNode value = map.get(chosen);
                    map.removeAll();
                    map.set(chosen, value);
                } else {
                    reduce(field.getValue(), languages);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(item -> reduce(item, languages));
        }
    }

    /** The map's key that best matches the caller's languages: exact, then the same language, then the first. */
    private static String choose(ObjectNode map, List<String> languages) {
        for (String wanted : languages) {
            for (Iterator<String> keys = map.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (key.equalsIgnoreCase(wanted)) {
                    return key;
                }
            }
            String primary = wanted.split("-")[0].toLowerCase(Locale.ROOT);
            for (Iterator<String> keys = map.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (key.toLowerCase(Locale.ROOT).split("-")[0].equals(primary)) {
                    return key;
                }
            }
        }
        return map.fieldNames().next();
    }
}
