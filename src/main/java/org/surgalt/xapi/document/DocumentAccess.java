package org.surgalt.xapi.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.surgalt.xapi.XapiAgents;
import org.surgalt.xapi.XapiCaller;
import org.surgalt.xapi.XapiRejected;

/**
 * Who may touch which documents: the one place the rule lives. A caller works among its
 * institution's documents (a client scoped to an institution), or among the site's own (a
 * site-wide client, Surgalt itself, content Surgalt launched); it reads only with read permission
 * and writes only with write permission. Launched content acts for one learner: it reaches the
 * State and Agent Profile documents of that learner's agent only, writes the Activity Profile
 * of the activity it was launched as only, and never changes cmi5's LMS.LaunchData.
 */
@ApplicationScoped
class DocumentAccess {

    /** cmi5's state document the LMS writes for each launch (cmi5 10.2.1). */
    static final String LAUNCH_DATA = "LMS.LaunchData";

    private final XapiAgents agents;
    private final Event<DocumentRequested> requested;

    DocumentAccess(XapiAgents agents, Event<DocumentRequested> requested) {
        this.agents = agents;
        this.requested = requested;
    }

    /** The key the caller's parameters name, once the caller may read ({@code write} false) or write it. */
    DocumentKey key(XapiCaller caller, boolean write, DocumentKind kind, String activityId, DocumentAgent agent,
            String registration, String documentId) {
        if (caller.isLaunch()) {
            if (kind != DocumentKind.ACTIVITY_PROFILE && agents.userId(agent.agent()) != caller.launch().userId()) {
                throw new XapiRejected(403, "Content launched for a learner may only use that learner's documents");
            }
            if (kind == DocumentKind.ACTIVITY_PROFILE && write && !activityId.equals(caller.launch().activityId())) {
                throw new XapiRejected(403, "Content may only write the profile of the activity it was launched as");
            }
            // cmi5's launch data is the LMS's, written before the launch; the AU only reads it.
            if (kind == DocumentKind.STATE && write && (documentId == null || documentId.equals(LAUNCH_DATA))) {
                throw new XapiRejected(403, "The " + LAUNCH_DATA + " state is the LMS's: content may read it, not change"
                        + " or delete it" + (documentId == null ? " (nor delete every state at once)" : ""));
            }
            // The player that launched it may refuse more (cmi5: learner preferences, ended sessions).
            requested.fire(new DocumentRequested(caller, write, kind.name(), activityId, documentId));
        } else if (write && !caller.write()) {
            throw new XapiRejected(403, "This client may not write to the LRS");
        } else if (!write && !caller.read()) {
            throw new XapiRejected(403, "This client may not read from the LRS");
        }
        return new DocumentKey(caller.isLaunch() ? null : caller.institutionId(), kind, activityId,
                agent == null ? null : agent.ifi(), registration, documentId);
    }
}
