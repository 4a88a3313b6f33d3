package org.surgalt.xapi.document;

import jakarta.ws.rs.Path;

/**
 * xAPI's State resource: documents an activity keeps for an agent (and a registration), such as
 * where a learner stopped.
 */
@Path("/xapi/activities/state")
public class StateResource extends DocumentResource {

    @Override
    DocumentKind kind() {
        return DocumentKind.STATE;
    }
}
