package org.surgalt.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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
    static final Pattern UUID_FORMAT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern IRI = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+");
    private static final Pattern MAILTO = Pattern.compile("mailto:[^@\\s:]+@[^@\\s]+");
    private static final Pattern SHA1 = Pattern.compile("[0-9a-fA-F]{40}");
    private static final Pattern SHA2 = Pattern.compile("[0-9a-fA-F]{56}|[0-9a-fA-F]{64}|[0-9a-fA-F]{96}|[0-9a-fA-F]{128}");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2}|[+-]\\d{4}|[+-]\\d{2})?");
    private static final Pattern DURATION = Pattern.compile("P(?=\\d|T\\d)(\\d+(\\.\\d+)?Y)?(\\d+(\\.\\d+)?M)?"
            + "(\\d+(\\.\\d+)?W)?(\\d+(\\.\\d+)?D)?(T(?=\\d)(\\d+(\\.\\d+)?H)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?S)?)?");
    // RFC 5646 language tags, as the registry's shapes (not its contents).
    private static final Pattern LANGUAGE = Pattern.compile("(?i)([a-z]{2,3}(-[a-z]{3}){0,3}|[a-z]{4,8})"
            + "(-[a-z]{4})?(-([a-z]{2}|\\d{3}))?(-([a-z\\d]{5,8}|\\d[a-z\\d]{3}))*(-[a-wyz\\d](-[a-z\\d]{2,8})+)*"
            + "(-x(-[a-z\\d]{1,8})+)?|x(-[a-z\\d]{1,8})+|i-[a-z]+");
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
        actor(statement.get("actor"), "actor");
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
            authority(statement.get("authority"));
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
        actor(sub.get("actor"), where + ".actor");
        verb(sub.get("verb"));
        statementObject(sub.get("object"), where + ".object", true);
        optionalResult(sub.get("result"), where + ".result");
        optionalContext(sub.get("context"), where + ".context", sub.get("object"));
        optionalTimestamp(sub.get("timestamp"), where + ".timestamp");
        optionalAttachments(sub.get("attachments"), where + ".attachments");
    }

    private void authority(JsonNode authority) {
        actor(authority, "authority");
        if ("Group".equals(authority.path("objectType").asText())) {
            JsonNode member = authority.get("member");
            if (member == null || member.size() != 2 || ifiCount(authority, "authority") != 0) {
                throw bad("authority: a group as authority is an anonymous group of exactly two agents (an OAuth"
                        + " consumer and a user)");
            }
        }
    }

    void actor(JsonNode actor, String where) {
        object(actor, where);
        JsonNode type = actor.get("objectType");
        if (type != null && !(type.isTextual() && (type.asText().equals("Agent") || type.asText().equals("Group")))) {
            throw bad(where + ".objectType: must be Agent or Group");
        }
        if (type != null && type.asText().equals("Group")) {
            group(actor, where);
        } else {
            agent(actor, where);
        }
    }

    void agent(JsonNode agent, String where) {
        object(agent, where);
        only(agent, where, "objectType", "name", "mbox", "mbox_sha1sum", "openid", "account");
        if (agent.has("objectType") && !"Agent".equals(agent.get("objectType").asText())) {
            throw bad(where + ".objectType: must be Agent");
        }
        optionalString(agent, "name", where);
        if (ifiCount(agent, where) != 1) {
            throw bad(where + ": an agent has exactly one of mbox, mbox_sha1sum, openid and account");
        }
    }

    private void group(JsonNode group, String where) {
        only(group, where, "objectType", "name", "member", "mbox", "mbox_sha1sum", "openid", "account");
        optionalString(group, "name", where);
        int ifis = ifiCount(group, where);
        if (ifis > 1) {
            throw bad(where + ": a group has at most one of mbox, mbox_sha1sum, openid and account");
        }
        JsonNode member = group.get("member");
        if (member != null) {
            if (!member.isArray()) {
                throw bad(where + ".member: must be an array of agents");
            }
            for (int i = 0; i < member.size(); i++) {
                JsonNode m = member.get(i);
                if (m.isObject() && "Group".equals(m.path("objectType").asText())) {
                    throw bad(where + ".member[" + i + "]: a group's members are agents, not groups");
                }
                agent(m, where + ".member[" + i + "]");
            }
        }
        if (ifis == 0 && (member == null || member.isEmpty())) {
            throw bad(where + ": an anonymous group (without mbox, mbox_sha1sum, openid or account) lists its members");
        }
    }

    private int ifiCount(JsonNode agent, String where) {
        int count = 0;
        if (agent.has("mbox")) {
            JsonNode mbox = agent.get("mbox");
            if (!mbox.isTextual() || !MAILTO.matcher(mbox.asText()).matches()) {
                throw bad(where + ".mbox: must be mailto:address");
            }
            count++;
        }
        if (agent.has("mbox_sha1sum")) {
            JsonNode sum = agent.get("mbox_sha1sum");
            if (!sum.isTextual() || !SHA1.matcher(sum.asText()).matches()) {
                throw bad(where + ".mbox_sha1sum: must be the SHA-1 of a mailto IRI in hex");
            }
            count++;
        }
        if (agent.has("openid")) {
            iri(agent.get("openid"), where + ".openid");
            count++;
        }
        if (agent.has("account")) {
            JsonNode account = agent.get("account");
            object(account, where + ".account");
            only(account, where + ".account", "homePage", "name");
            require(account, where + ".account", "homePage", "name");
            iri(account.get("homePage"), where + ".account.homePage");
            string(account.get("name"), where + ".account.name");
            count++;
        }
        return count;
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
            case "Agent" -> agent(object, where);
            case "Group" -> group(object, where);
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
            actor(context.get("instructor"), where + ".instructor");
        }
        if (context.has("team")) {
            JsonNode team = context.get("team");
            object(team, where + ".team");
            if (!"Group".equals(team.path("objectType").asText())) {
                throw bad(where + ".team: must be a Group");
            }
            group(team, where + ".team");
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
            if (!language.isTextual() || !LANGUAGE.matcher(language.asText()).matches()) {
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
                group(g, at + ".group");
            } else {
                agent(item.get("agent"), at + ".agent");
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

    void optionalLanguageMap(JsonNode map, String where) {
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

    private void optionalExtensions(JsonNode extensions, String where) {
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

    private void optionalTimestamp(JsonNode value, String where) {
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

    private static void optionalUuid(JsonNode node, String field, String where) {
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

    private static void string(JsonNode value, String where) {
        if (value == null || !value.isTextual()) {
            throw bad(where + ": must be a string");
        }
    }

    private static void optionalString(JsonNode node, String field, String where) {
        if (node.has(field)) {
            string(node.get(field), where + "." + field);
        }
    }

    private static void object(JsonNode node, String where) {
        if (node == null || !node.isObject()) {
            throw bad(where + ": must be a JSON object");
        }
    }

    private static void require(JsonNode node, String where, String... fields) {
        for (String field : fields) {
            if (!node.has(field)) {
                throw bad(where + "." + field + ": is required");
            }
        }
    }

    private static void only(JsonNode node, String where, String... fields) {
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
