package org.surgalt.identity;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.surgalt.platform.DomainException;

/** Who is calling: the viewer the security layer attached to this request, if anyone signed in. */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;

    CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Optional<Viewer> viewer() {
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        return Optional.ofNullable(identity.getAttribute(Viewer.ATTRIBUTE));
    }

    /** The viewer, or 401 (the login page, for a browser). */
    public Viewer require() {
        return viewer().orElseThrow(DomainException::unauthenticated);
    }
}
