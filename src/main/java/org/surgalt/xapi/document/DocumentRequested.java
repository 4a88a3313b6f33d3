package org.surgalt.xapi.document;

import org.surgalt.xapi.XapiCaller;

/**
 * Fired (a synchronous CDI event) when content Surgalt launched names a document, after
 * {@link DocumentAccess} let it and before anything is read or written: the player that launched
 * it (cmi5) adds its own rules by throwing {@link org.surgalt.xapi.XapiRejected}, e.g. an AU may not
 * change LMS.LaunchData, nor use the LRS once its session has ended. {@code kind}: STATE,
 * ACTIVITY_PROFILE or AGENT_PROFILE; {@code documentId}: the stateId or profileId, null for a list.
 */
public record DocumentRequested(XapiCaller caller, boolean write, String kind, String activityId, String documentId) {
}
