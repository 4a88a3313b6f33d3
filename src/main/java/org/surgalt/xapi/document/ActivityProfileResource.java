package org.surgalt.xapi.document;

import jakarta.ws.rs.Path;

/** xAPI's Activity Profile resource: documents about an activity, for every learner. */
@Path("/xapi/activities/profile")
public class ActivityProfileResource extends DocumentResource {

    @Override
    DocumentKind kind() {
        return DocumentKind.ACTIVITY_PROFILE;
    }
}
