package org.surgalt.h5p;

import jakarta.enterprise.context.ApplicationScoped;
import org.surgalt.xapi.XapiAgents;

/**
 * The xAPI activity an H5P item is: the address of the item's page on the site (stable while the
 * site and the course keep their addresses). H5P names a question nested inside the activity
 * (a Game Map's stages) by this IRI with {@code ?subContentId=…}, so those are told apart from the
 * activity itself by exact comparison.
 */
@ApplicationScoped
public class H5pActivities {

    private final XapiAgents agents;

    H5pActivities(XapiAgents agents) {
        this.agents = agents;
    }

    public String iri(String courseCode, long itemId) {
        return agents.homePage() + "/courses/" + courseCode + "/items/" + itemId;
    }
}
