package org.surgalt.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The canonical definition of each activity for the Activities resource: what statements said
 * about it, merged (language maps joined, so a definition in Mongolian and one in English make
 * one; other properties the latest). Definitions that did not change since this instance last
 * wrote them are not written again, so the usual statement (same activity, same definition)
 * costs no write here.
 */
@ApplicationScoped
class ActivityDefinitions {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> LANGUAGE_MAPS = List.of("name", "description");

    private final ConcurrentHashMap<String, Integer> written = new ConcurrentHashMap<>();
    private final StatementStore store;

    ActivityDefinitions(StatementStore store) {
        this.store = store;
    }

    void record(List<StoredStatement> statements, Instant now) {
        // The request's definitions of each activity merged in order, then written in the order of their
        // keys, so that two requests writing the same activities wait for each other instead of deadlocking.
        java.util.TreeMap<String, ObjectNode> definitions = new java.util.TreeMap<>();
        java.util.Map<String, String> ids = new java.util.HashMap<>();
        for (StoredStatement statement : statements) {
            for (JsonNode activity : activities(statement.statement())) {
                if (activity.get("definition") instanceof ObjectNode definition) {
                    String hex = HexFormat.of().formatHex(StatementKeys.activity(activity.get("id").asText()));
                    ids.put(hex, activity.get("id").asText());
                    merge(definitions.computeIfAbsent(hex, h -> JSON.createObjectNode()), definition);
                }
            }
        }
        definitions.forEach((hex, definition) -> {
            if (Integer.valueOf(definition.hashCode()).equals(written.get(hex))) {
                return;
            }
            String id = ids.get(hex);
            byte[] hash = StatementKeys.activity(id);
            ObjectNode merged = store.activityDefinition(hash).map(XapiStatements::parse)
                    .orElseGet(JSON::createObjectNode);
            merge(merged, definition);
            store.putActivityDefinition(hash, id, merged.toString(), now.toEpochMilli());
            if (written.size() > 100_000) {
                written.clear();
            }
            written.put(hex, definition.hashCode());
        });
    }

    /** Language maps joined, other properties replaced. */
    private static void merge(ObjectNode into, ObjectNode definition) {
        definition.fields().forEachRemaining(field -> {
            if (LANGUAGE_MAPS.contains(field.getKey()) && field.getValue().isObject()
                    && into.path(field.getKey()).isObject()) {
                ((ObjectNode) into.get(field.getKey())).setAll((ObjectNode) field.getValue().deepCopy());
            } else {
                into.set(field.getKey(), field.getValue().deepCopy());
            }
        });
    }

    /** The activity as the Activities resource returns it: its id and canonical definition, if any. */
    ObjectNode activity(String id) {
        ObjectNode activity = JSON.createObjectNode().put("objectType", "Activity").put("id", id);
        Optional<String> definition = store.activityDefinition(StatementKeys.activity(id));
        definition.ifPresent(d -> activity.set("definition", XapiStatements.parse(d)));
        return activity;
    }

    static List<JsonNode> activities(JsonNode statement) {
        List<JsonNode> activities = new ArrayList<>();
        collect(statement, activities);
        JsonNode object = statement.get("object");
        if ("SubStatement".equals(object.path("objectType").asText())) {
            collect(object, activities);
        }
        return activities;
    }

    private static void collect(JsonNode statement, List<JsonNode> into) {
        JsonNode object = statement.get("object");
        if (object != null && object.path("objectType").asText("Activity").equals("Activity")) {
            into.add(object);
        }
        JsonNode lists = statement.path("context").path("contextActivities");
        for (JsonNode list : lists) {
            if (list.isArray()) {
                list.forEach(into::add);
            } else {
                into.add(list);
            }
        }
    }
}
