package org.surgalt.xapi;

import static org.surgalt.xapi.XapiValues.bad;
import static org.surgalt.xapi.XapiValues.iri;
import static org.surgalt.xapi.XapiValues.object;
import static org.surgalt.xapi.XapiValues.only;
import static org.surgalt.xapi.XapiValues.optionalString;
import static org.surgalt.xapi.XapiValues.require;
import static org.surgalt.xapi.XapiValues.string;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/**
 * Agents and groups (xAPI 1.0.3 Data 2.4.2, the same in 2.0): exactly one inverse functional
 * identifier for an agent, at most one for a group, members that are agents, an anonymous group
 * that lists its members, and an authority group that is an OAuth pair.
 */
final class AgentRules {

    private static final Pattern MAILTO = Pattern.compile("mailto:[^@\\s:]+@[^@\\s]+");
    private static final Pattern SHA1 = Pattern.compile("[0-9a-fA-F]{40}");

    private AgentRules() {
    }

    static void authority(JsonNode authority) {
        actor(authority, "authority");
        if ("Group".equals(authority.path("objectType").asText())) {
            JsonNode member = authority.get("member");
            if (member == null || member.size() != 2 || ifiCount(authority, "authority") != 0) {
                throw bad("authority: a group as authority is an anonymous group of exactly two agents (an OAuth"
                        + " consumer and a user)");
            }
        }
    }

    static void actor(JsonNode actor, String where) {
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

    static void agent(JsonNode agent, String where) {
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

    static void group(JsonNode group, String where) {
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

    private static int ifiCount(JsonNode agent, String where) {
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
}
