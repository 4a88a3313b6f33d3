package org.surgalt.xapi.document;

import jakarta.ws.rs.Path;

/** xAPI's Agent Profile resource: documents about an agent, whatever the activity. */
@Path("/xapi/agents/profile")
public class AgentProfileResource extends DocumentResource {

    @Override
    DocumentKind kind() {
        return DocumentKind.AGENT_PROFILE;
    }
}
