package org.surgalt.xapi.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Pattern;
import org.surgalt.xapi.XapiRejected;

/**
 * The {@code agent} parameter of the State and Agent Profile resources: an Agent object (in xAPI
 * 2.0 also an identified Group) with exactly one inverse functional identifier. Documents are
 * keyed by that identifier alone, as canonical JSON, so the same agent with or without its name
 * reaches the same documents.
 */
public record DocumentAgent(JsonNode agent, String ifi) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> IFIS = Set.of("mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> OTHERS = Set.of("objectType", "name", "member");
    private static final Pattern SHA1 = Pattern.compile("[0-9a-fA-F]{40}");
    private static final Pattern IRI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*");

    /** The agent in a query parameter, as sent; 400 for anything but one valid agent. */
    public static DocumentAgent parse(String parameter, boolean groups) {
        if (parameter == null || parameter.isBlank()) {
            throw new XapiRejected(400, "The agent parameter is required");
        }
        JsonNode node;
        try {
            node = JSON.readTree(parameter);
        } catch (JsonProcessingException e) {
            throw new XapiRejected(400, "The agent parameter is not JSON");
        }
        return of(node, groups);
    }

    public static DocumentAgent of(JsonNode node, boolean groups) {
        if (node == null || !node.isObject()) {
            throw new XapiRejected(400, "The agent parameter must be an Agent object");
        }
        String type = node.has("objectType") ? node.get("objectType").asText(null) : "Agent";
        if (!"Agent".equals(type) && !(groups && "Group".equals(type))) {
            throw new XapiRejected(400, "The agent parameter must have the objectType Agent" + (groups ? " or Group" : ""));
        }
        ObjectNode ifi = JSON.createObjectNode();
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            JsonNode value = node.get(name);
            if (IFIS.contains(name)) {
                ifi.set(name, identifier(name, value));
            } else if (!OTHERS.contains(name) || name.equals("member") && !"Group".equals(type)) {
                throw new XapiRejected(400, "The agent has a property xAPI does not define: " + name);
            } else if (name.equals("name") && !value.isTextual()) {
                throw new XapiRejected(400, "The agent's name must be a string");
            }
        }
        if (ifi.size() != 1) {
            throw new XapiRejected(400, "The agent must have exactly one inverse functional identifier"
                    + " (mbox, mbox_sha1sum, openid or account); it has " + ifi.size());
        }
        return new DocumentAgent(node, ifi.toString());
    }

    private static JsonNode identifier(String name, JsonNode value) {
        switch (name) {
            case "mbox" -> {
                if (!value.isTextual() || !value.asText().startsWith("mailto:") || value.asText().length() < 10
                        || !value.asText().contains("@")) {
                    throw new XapiRejected(400, "The agent's mbox must be a mailto: IRI");
                }
                return value;
            }
            case "mbox_sha1sum" -> {
                if (!value.isTextual() || !SHA1.matcher(value.asText()).matches()) {
                    throw new XapiRejected(400, "The agent's mbox_sha1sum must be a SHA-1 in hex");
                }
                return JSON.getNodeFactory().textNode(value.asText().toLowerCase(java.util.Locale.ROOT));
            }
            case "openid" -> {
                if (!value.isTextual() || !IRI.matcher(value.asText()).matches()) {
                    throw new XapiRejected(400, "The agent's openid must be a URI");
                }
                return value;
            }
            default -> {
                if (!value.isObject() || !value.path("homePage").isTextual() || !value.path("name").isTextual()
                        || value.size() != 2 || !IRI.matcher(value.get("homePage").asText()).matches()) {
                    throw new XapiRejected(400,
                            "The agent's account must have exactly a homePage (an IRL) and a name (a string)");
                }
                // Canonical order, whatever the client sent.
                ObjectNode account = JSON.createObjectNode();
                account.set("homePage", value.get("homePage"));
                account.set("name", value.get("name"));
                return account;
            }
        }
    }
}
