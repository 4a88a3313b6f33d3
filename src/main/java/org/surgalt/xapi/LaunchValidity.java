package org.surgalt.xapi;

/**
 * A player's say on whether launch credentials it made still hold, beyond their signature and
 * expiry: cmi5's end with the AU session (cmi5 8.2.1, 9.3.8), which may close long before the TTL.
 * {@link LaunchCredentials#resolve} asks every implementation; players without such a rule have none.
 */
public interface LaunchValidity {

    /** False when credentials of this scope must no longer be accepted. */
    boolean stillValid(LaunchScope scope);
}
