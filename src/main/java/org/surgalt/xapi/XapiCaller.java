package org.surgalt.xapi;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Who is calling the LRS, resolved from the request's {@code Authorization} header: an LRS client
 * an admin created (key and secret, scoped to an institution or, with a null institution, to the
 * whole site, allowed to read and/or write), content launched by Surgalt (a {@link LaunchScope}),
 * or Surgalt itself writing its own statements ({@link #lms()}).
 * {@code authority} is the agent (or group) stored as each statement's authority.
 */
public record XapiCaller(Long clientId, Long institutionId, boolean read, boolean write, LaunchScope launch,
        ObjectNode authority) {

    public boolean isLaunch() {
        return launch != null;
    }
}
