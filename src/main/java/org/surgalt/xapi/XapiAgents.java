package org.surgalt.xapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The xAPI agent of a Surgalt user: an account on the site ({@code homePage}) named by the user's
 * id, never the email address, which people change and which statements would spread to every
 * reader of the LRS.
 */
@ApplicationScoped
public class XapiAgents {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String homePage;

    XapiAgents(XapiConfig config, @ConfigProperty(name = "surgalt.notification.base-url") String baseUrl) {
        String page = config.homePage().orElse(baseUrl).strip();
        this.homePage = page.endsWith("/") ? page.substring(0, page.length() - 1) : page;
    }

    public String homePage() {
        return homePage;
    }

    /** The activity IRI of a course: its outline's address on the site. */
    public String courseActivity(String courseCode) {
        return homePage + "/courses/" + courseCode;
    }

    /**
     * The activity IRI of a course's item: its page's address on the site (stable while the site and
     * the course keep their addresses). H5P content and Surgalt's own statements both name items so.
     */
    public String itemActivity(String courseCode, long itemId) {
        return courseActivity(courseCode) + "/items/" + itemId;
    }

    /** {"objectType":"Agent","name":…,"account":{"homePage":…,"name":"<user id>"}}; name left out when null. */
    public ObjectNode learner(long userId, String displayName) {
        ObjectNode agent = JSON.createObjectNode().put("objectType", "Agent");
        if (displayName != null) {
            agent.put("name", displayName);
        }
        agent.putObject("account").put("homePage", homePage).put("name", Long.toString(userId));
        return agent;
    }

    /** The user id of an agent made by {@link #learner}, or -1 when the agent is not one of ours. */
    public long userId(com.fasterxml.jackson.databind.JsonNode agent) {
        com.fasterxml.jackson.databind.JsonNode account = agent == null ? null : agent.get("account");
        if (account == null || !homePage.equals(account.path("homePage").asText(null))) {
            return -1;
        }
        try {
            return Long.parseLong(account.path("name").asText(""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
