package org.surgalt.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The 16-byte keys statements are found by (see V023's xapi_statement_key): an agent's or
 * identified group's inverse functional identifier, a verb, an activity, a registration; each
 * direct (the plain filter finds it) or related (only related_agents / related_activities do).
 */
final class StatementKeys {

    record Key(byte[] hash, boolean direct) {
    }

    private final Map<String, Key> keys = new LinkedHashMap<>();

    private StatementKeys() {
    }

    static Collection<Key> of(JsonNode statement) {
        StatementKeys keys = new StatementKeys();
        keys.actor(statement.get("actor"), true);
        keys.add(verb(statement.path("verb").path("id").asText()), true);
        JsonNode object = statement.get("object");
        String type = object.path("objectType").asText("Activity");
        switch (type) {
            case "Activity" -> keys.add(activity(object.path("id").asText()), true);
            case "Agent", "Group" -> keys.actor(object, true);
            case "SubStatement" -> {
                keys.actor(object.get("actor"), false);
                JsonNode inner = object.get("object");
                String innerType = inner.path("objectType").asText("Activity");
                if (innerType.equals("Activity")) {
                    keys.add(activity(inner.path("id").asText()), false);
                } else if (innerType.equals("Agent") || innerType.equals("Group")) {
                    keys.actor(inner, false);
                }
                keys.context(object.get("context"), false);
            }
            default -> {
            }
        }
        keys.actor(statement.get("authority"), false);
        keys.context(statement.get("context"), true);
        return keys.keys.values();
    }

    private void context(JsonNode context, boolean outer) {
        if (context == null) {
            return;
        }
        if (outer && context.hasNonNull("registration")) {
            add(registration(context.get("registration").asText()), true);
        }
        actor(context.get("instructor"), false);
        actor(context.get("team"), false);
        for (JsonNode contextAgent : context.path("contextAgents")) {
            actor(contextAgent.get("agent"), false);
        }
        for (JsonNode contextGroup : context.path("contextGroups")) {
            actor(contextGroup.get("group"), false);
        }
        JsonNode activities = context.get("contextActivities");
        if (activities != null) {
            for (JsonNode list : activities) {
                if (list.isArray()) {
                    list.forEach(a -> add(activity(a.path("id").asText()), false));
                } else {
                    add(activity(list.path("id").asText()), false);
                }
            }
        }
    }

    private void actor(JsonNode actor, boolean direct) {
        if (actor == null || !actor.isObject()) {
            return;
        }
        ifi(actor).ifPresent(ifi -> add(hash("agent", ifi), direct));
        for (JsonNode member : actor.path("member")) {
            ifi(member).ifPresent(ifi -> add(hash("agent", ifi), false));
        }
    }

    private void add(byte[] hash, boolean direct) {
        String hex = HexFormat.of().formatHex(hash);
        Key known = keys.get(hex);
        if (known == null || direct && !known.direct()) {
            keys.put(hex, new Key(hash, direct));
        }
    }

    /** The agent's or group's identifier as a key string, or empty for an anonymous group. */
    static Optional<String> ifi(JsonNode agent) {
        if (agent.hasNonNull("mbox")) {
            return Optional.of("mbox|" + agent.get("mbox").asText().toLowerCase(Locale.ROOT));
        }
        if (agent.hasNonNull("mbox_sha1sum")) {
            return Optional.of("mbox_sha1sum|" + agent.get("mbox_sha1sum").asText().toLowerCase(Locale.ROOT));
        }
        if (agent.hasNonNull("openid")) {
            return Optional.of("openid|" + agent.get("openid").asText());
        }
        if (agent.hasNonNull("account")) {
            return Optional.of("account|" + agent.get("account").path("homePage").asText() + "|"
                    + agent.get("account").path("name").asText());
        }
        return Optional.empty();
    }

    static byte[] verb(String id) {
        return hash("verb", id);
    }

    static byte[] activity(String id) {
        return hash("activity", id);
    }

    static byte[] registration(String uuid) {
        return hash("registration", uuid.toLowerCase(Locale.ROOT));
    }

    static byte[] agent(String ifi) {
        return hash("agent", ifi);
    }

    static byte[] hash(String kind, String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((kind + "|" + value).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
