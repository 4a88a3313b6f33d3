package org.surgalt.xapi.document;

/** The three document resources of xAPI, each with the parameters that name one of its documents. */
public enum DocumentKind {
    /** {@code activities/state}: activityId, agent, registration (optional), stateId. */
    STATE("stateId"),
    /** {@code activities/profile}: activityId, profileId. */
    ACTIVITY_PROFILE("profileId"),
    /** {@code agents/profile}: agent, profileId. */
    AGENT_PROFILE("profileId");

    private final String idParameter;

    DocumentKind(String idParameter) {
        this.idParameter = idParameter;
    }

    /** The query parameter that names one document of this resource. */
    public String idParameter() {
        return idParameter;
    }
}
