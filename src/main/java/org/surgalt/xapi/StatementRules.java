package org.surgalt.xapi;

import static org.surgalt.xapi.XapiValues.bad;
import static org.surgalt.xapi.XapiValues.iri;
import static org.surgalt.xapi.XapiValues.object;
import static org.surgalt.xapi.XapiValues.only;
import static org.surgalt.xapi.XapiValues.optionalExtensions;
import static org.surgalt.xapi.XapiValues.optionalLanguageMap;
import static org.surgalt.xapi.XapiValues.optionalString;
import static org.surgalt.xapi.XapiValues.optionalTimestamp;
import static org.surgalt.xapi.XapiValues.optionalUuid;
import static org.surgalt.xapi.XapiValues.require;
import static org.surgalt.xapi.XapiValues.string;
import static org.surgalt.xapi.XapiValues.uuid;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The statement format rules of xAPI 1.0.3 (Data, part two) and 2.0 (IEEE 9274.1.1): what a
 * statement must, may and must not contain. A broken rule is a {@link XapiRejected} 400 naming the
 * property and the rule, so content authors can fix what their tool sent. The differences of 2.0
 * are the {@code v2} branches: contextAgents and contextGroups, and statement versions 2.0.x.
 */
final class StatementRules {

    static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";
    private static final Pattern SHA2 = Pattern.compile("[0-9a-fA-F]{56}|[0-9a-fA-F]{64}|[0-9a-fA-F]{96}|[0-9a-fA-F]{128}");
    private static final Pattern DURATION = Pattern.compile("P(?=\\d|T\\d)(\\d+(\\.\\d+)?Y)?(\\d+(\\.\\d+)?M)?"
            + "(\\d+(\\.\\d+)?W)?(\\d+(\\.\\d+)?D)?(T(?=\\d)(\\d+(\\.\\d+)?H)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?S)?)?");
    private static final Set<String> INTERACTIONS = Set.of("true-false", "choice", "fill-in", "long-fill-in",
            "matching", "performance", "sequencing", "likert", "numeric", "other");
    private static final Map<String, Set<String>> COMPONENTS = Map.of("choice", Set.of("choices"),
            "sequencing", Set.of("choices"), "likert", Set.of("scale"), "matching", Set.of("source", "target"),
            "performance", Set.of("steps"));
    private static final Set<String> ALL_COMPONENTS = Set.of("choices", "scale", "source", "target", "steps");

    private final boolean v2;
    private final String version;

    StatementRules(String version) {
        this.version = version;
        this.v2 = XapiVersion.V2.equals(version);
    }

    void statement(JsonNode statement) {
        object(statement, "statement");
        only(statement, "statement", "id", "actor", "verb", "object", "result", "context", "timestamp", "stored",
                "authority", "version", "attachments");
        optionalUuid(statement, "id", "statement");
        require(statement, "statement", "actor", "verb", "object");
        AgentRules.actor(statement.get("actor"), "actor");
        verb(statement.get("verb"));
        statementObject(statement.get("object"), "object", false);
        if (VOIDED.equals(statement.get("verb").path("id").asText())
                && !"StatementRef".equals(statement.get("object").path("objectType").asText())) {
            throw bad("object: a voiding statement (verb " + VOIDED + ") must have a StatementRef as its object");
        }
        optionalResult(statement.get("result"), "result");
        optionalContext(statement.get("context"), "context", statement.get("object"));
        optionalTimestamp(statement.get("timestamp"), "timestamp");
        optionalTimestamp(statement.get("stored"), "stored");
        if (statement.has("authority")) {
            AgentRules.authority(statement.get("authority"));
        }
        if (statement.has("version")) {
            JsonNode v = statement.get("version");
            if (!v.isTextual() || !XapiVersion.statementVersionAllowed(version, v.asText())) {
                throw bad("version: must be " + (v2 ? "1.0.x or 2.0.x" : "1.0.x"));
            }
        }
        optionalAttachments(statement.get("attachments"), "attachments");
    }

    private void subStatement(JsonNode sub, String where) {
        only(sub, where, "objectType", "actor", "verb", "object", "result", "context", "timestamp", "attachments");
        require(sub, where, "actor", "verb", "object");
        AgentRules.actor(sub.get("actor"), where + ".actor");
        verb(sub.get("verb"));
        statementObject(sub.get("object"), where + ".object", true);
        optionalResult(sub.get("result"), where + ".result");
        optionalContext(sub.get("context"), where + ".context", sub.get("object"));
        optionalTimestamp(sub.get("timestamp"), where + ".timestamp");
        optionalAttachments(sub.get("attachments"), where + ".attachments");
    }

    private void verb(JsonNode verb) {
        object(verb, "verb");
        only(verb, "verb", "id", "display");
        require(verb, "verb", "id");
        iri(verb.get("id"), "verb.id");
        optionalLanguageMap(verb.get("display"), "verb.display");
    }

    private void statementObject(JsonNode object, String where, boolean inSubStatement) {
        object(object, where);
        JsonNode type = object.get("objectType");
        String kind = type == null ? "Activity" : type.isTextual() ? type.asText() : "";
        switch (kind) {
            case "Activity" -> activity(object, where);
            case "Agent" -> AgentRules.agent(object, where);
            case "Group" -> AgentRules.group(object, where);
            case "StatementRef" -> statementRef(object, where);
            case "SubStatement" -> {
                if (inSubStatement) {
                    throw bad(where + ": a sub-statement cannot contain another sub-statement");
                }
                subStatement(object, where);
            }
            default -> throw bad(where + ".objectType: must be Activity, Agent, Group, StatementRef or SubStatement");
        }
    }

    private void statementRef(JsonNode ref, String where) {
        only(ref, where, "objectType", "id");
        require(ref, where, "objectType", "id");
        uuid(ref.get("id"), where + ".id");
    }

    void activity(JsonNode activity, String where) {
        object(activity, where);
        only(activity, where, "objectType", "id", "definition");
        require(activity, where, "id");
        if (activity.has("objectType") && !"Activity".equals(activity.get("objectType").asText())) {
            throw bad(where + ".objectType: must be Activity");
        }
        iri(activity.get("id"), where + ".id");
        JsonNode definition = activity.get("definition");
        if (definition == null) {
            return;
        }
        String at = where + ".definition";
        object(definition, at);
        only(definition, at, "name", "description", "type", "moreInfo", "extensions", "interactionType",
                "correctResponsesPattern", "choices", "scale", "source", "target", "steps");
        optionalLanguageMap(definition.get("name"), at + ".name");
        optionalLanguageMap(definition.get("description"), at + ".description");
        if (definition.has("type")) {
            iri(definition.get("type"), at + ".type");
        }
        if (definition.has("moreInfo")) {
            iri(definition.get("moreInfo"), at + ".moreInfo");
        }
        optionalExtensions(definition.get("extensions"), at + ".extensions");
        interaction(definition, at);
    }

    private void interaction(JsonNode definition, String at) {
        JsonNode type = definition.get("interactionType");
        if (type == null) {
            for (String component : ALL_COMPONENTS) {
                if (definition.has(component)) {
                    throw bad(at + "." + component + ": only with an interactionType that has it");
                }
            }
            if (definition.has("correctResponsesPattern")) {
                throw bad(at + ".correctResponsesPattern: only with an interactionType");
            }
            return;
        }
        if (!type.isTextual() || !INTERACTIONS.contains(type.asText())) {
            throw bad(at + ".interactionType: must be one of " + String.join(", ", new java.util.TreeSet<>(INTERACTIONS)));
        }
        JsonNode pattern = definition.get("correctResponsesPattern");
        if (pattern != null) {
            if (!pattern.isArray()) {
                throw bad(at + ".correctResponsesPattern: must be an array of strings");
            }
            for (JsonNode p : pattern) {
                if (!p.isTextual()) {
                    throw bad(at + ".correctResponsesPattern: must be an array of strings");
                }
            }
        }
        Set<String> allowed = COMPONENTS.getOrDefault(type.asText(), Set.of());
        for (String component : ALL_COMPONENTS) {
            if (!definition.has(component)) {
                continue;
            }
            if (!allowed.contains(component)) {
                throw bad(at + "." + component + ": not part of a " + type.asText() + " interaction");
            }
            JsonNode list = definition.get(component);
            if (!list.isArray()) {
                throw bad(at + "." + component + ": must be an array of interaction components");
            }
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                String c = at + "." + component + "[" + i + "]";
                JsonNode item = list.get(i);
                object(item, c);
                only(item, c, "id", "description");
                require(item, c, "id");
                string(item.get("id"), c + ".id");
                if (item.get("id").asText().isEmpty() || item.get("id").asText().chars().anyMatch(Character::isWhitespace)) {
                    throw bad(c + ".id: must not be empty nor contain whitespace");
                }
                if (!ids.add(item.get("id").asText())) {
                    throw bad(c + ".id: ids within " + component + " must be distinct");
                }
                optionalLanguageMap(item.get("description"), c + ".description");
            }
        }
    }

    private void optionalResult(JsonNode result, String where) {
        if (result == null) {
            return;
        }
        object(result, where);
        only(result, where, "score", "success", "completion", "response", "duration", "extensions");
        JsonNode score = result.get("score");
        if (score != null) {
            String at = where + ".score";
            object(score, at);
            only(score, at, "scaled", "raw", "min", "max");
            for (Iterator<Map.Entry<String, JsonNode>> it = score.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!field.getValue().isNumber()) {
                    throw bad(at + "." + field.getKey() + ": must be a number");
                }
            }
            if (score.has("scaled") && (score.get("scaled").asDouble() < -1 || score.get("scaled").asDouble() > 1)) {
                throw bad(at + ".scaled: must be between -1 and 1");
            }
            if (score.has("min") && score.has("max") && score.get("min").asDouble() >= score.get("max").asDouble()) {
                throw bad(at + ".min: must be less than max");
            }
            if (score.has("raw") && score.has("min") && score.get("raw").asDouble() < score.get("min").asDouble()) {
                throw bad(at + ".raw: must not be less than min");
            }
            if (score.has("raw") && score.has("max") && score.get("raw").asDouble() > score.get("max").asDouble()) {
                throw bad(at + ".raw: must not be more than max");
            }
        }
        for (String flag : List.of("success", "completion")) {
            if (result.has(flag) && !result.get(flag).isBoolean()) {
                throw bad(where + "." + flag + ": must be true or false");
            }
        }
        optionalString(result, "response", where);
        if (result.has("duration")) {
            JsonNode d = result.get("duration");
            if (!d.isTextual() || !DURATION.matcher(d.asText()).matches()
                    || d.asText().contains("W") && !d.asText().matches("P\\d+(\\.\\d+)?W")) {
                throw bad(where + ".duration: must be an ISO 8601 duration");
            }
        }
        optionalExtensions(result.get("extensions"), where + ".extensions");
    }

    private void optionalContext(JsonNode context, String where, JsonNode statementObject) {
        if (context == null) {
            return;
        }
        object(context, where);
        if (v2) {
            only(context, where, "registration", "instructor", "team", "contextActivities", "contextAgents",
                    "contextGroups", "revision", "platform", "language", "statement", "extensions");
        } else {
            only(context, where, "registration", "instructor", "team", "contextActivities", "revision", "platform",
                    "language", "statement", "extensions");
        }
        optionalUuid(context, "registration", where);
        if (context.has("instructor")) {
            AgentRules.actor(context.get("instructor"), where + ".instructor");
        }
        if (context.has("team")) {
            JsonNode team = context.get("team");
            object(team, where + ".team");
            if (!"Group".equals(team.path("objectType").asText())) {
                throw bad(where + ".team: must be a Group");
            }
            AgentRules.group(team, where + ".team");
        }
        JsonNode activities = context.get("contextActivities");
        if (activities != null) {
            object(activities, where + ".contextActivities");
            only(activities, where + ".contextActivities", "parent", "grouping", "category", "other");
            for (Iterator<Map.Entry<String, JsonNode>> it = activities.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String at = where + ".contextActivities." + field.getKey();
                if (field.getValue().isArray()) {
                    for (int i = 0; i < field.getValue().size(); i++) {
                        activity(field.getValue().get(i), at + "[" + i + "]");
                    }
                } else {
                    activity(field.getValue(), at);
                }
            }
        }
        if (v2) {
            contextActors(context.get("contextAgents"), where + ".contextAgents", "contextAgent", "agent");
            contextActors(context.get("contextGroups"), where + ".contextGroups", "contextGroup", "group");
        }
        boolean activityObject = statementObject == null || !statementObject.has("objectType")
                || "Activity".equals(statementObject.path("objectType").asText());
        for (String onlyForActivities : List.of("revision", "platform")) {
            if (context.has(onlyForActivities)) {
                optionalString(context, onlyForActivities, where);
                if (!activityObject) {
                    throw bad(where + "." + onlyForActivities + ": only when the statement's object is an activity");
                }
            }
        }
        if (context.has("language")) {
            JsonNode language = context.get("language");
            if (!language.isTextual() || !XapiValues.isLanguageTag(language.asText())) {
                throw bad(where + ".language: must be an RFC 5646 language tag");
            }
        }
        if (context.has("statement")) {
            JsonNode ref = context.get("statement");
            object(ref, where + ".statement");
            if (!"StatementRef".equals(ref.path("objectType").asText())) {
                throw bad(where + ".statement: must be a StatementRef");
            }
            statementRef(ref, where + ".statement");
        }
        optionalExtensions(context.get("extensions"), where + ".extensions");
    }

    private void contextActors(JsonNode list, String where, String objectType, String property) {
        if (list == null) {
            return;
        }
        if (!list.isArray()) {
            throw bad(where + ": must be an array");
        }
        for (int i = 0; i < list.size(); i++) {
            String at = where + "[" + i + "]";
            JsonNode item = list.get(i);
            object(item, at);
            only(item, at, "objectType", property, "relevantTypes");
            require(item, at, "objectType", property);
            if (!objectType.equals(item.get("objectType").asText())) {
                throw bad(at + ".objectType: must be " + objectType);
            }
            if (property.equals("group")) {
                JsonNode g = item.get("group");
                object(g, at + ".group");
                if (!"Group".equals(g.path("objectType").asText())) {
                    throw bad(at + ".group: must be a Group");
                }
                AgentRules.group(g, at + ".group");
            } else {
                AgentRules.agent(item.get("agent"), at + ".agent");
            }
            JsonNode types = item.get("relevantTypes");
            if (types != null) {
                if (!types.isArray() || types.isEmpty()) {
                    throw bad(at + ".relevantTypes: must be a non-empty array of IRIs");
                }
                for (JsonNode t : types) {
                    iri(t, at + ".relevantTypes");
                }
            }
        }
    }

    private void optionalAttachments(JsonNode attachments, String where) {
        if (attachments == null) {
            return;
        }
        if (!attachments.isArray()) {
            throw bad(where + ": must be an array");
        }
        for (int i = 0; i < attachments.size(); i++) {
            String at = where + "[" + i + "]";
            JsonNode a = attachments.get(i);
            object(a, at);
            only(a, at, "usageType", "display", "description", "contentType", "length", "sha2", "fileUrl");
            require(a, at, "usageType", "display", "contentType", "length", "sha2");
            iri(a.get("usageType"), at + ".usageType");
            optionalLanguageMap(a.get("display"), at + ".display");
            optionalLanguageMap(a.get("description"), at + ".description");
            string(a.get("contentType"), at + ".contentType");
            if (!a.get("contentType").asText().matches("[^/\\s]+/\\S+.*")) {
                throw bad(at + ".contentType: must be an Internet media type");
            }
            if (!a.get("length").isIntegralNumber() || a.get("length").asLong() < 0) {
                throw bad(at + ".length: must be a whole number of octets");
            }
            if (!a.get("sha2").isTextual() || !SHA2.matcher(a.get("sha2").asText()).matches()) {
                throw bad(at + ".sha2: must be a SHA-2 hash in hex");
            }
            if (a.has("fileUrl")) {
                iri(a.get("fileUrl"), at + ".fileUrl");
            }
        }
    }
}
