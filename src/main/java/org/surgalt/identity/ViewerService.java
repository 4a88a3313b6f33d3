package org.surgalt.identity;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Turns an authenticated identity (local or from an institution's provider) into a {@link Viewer}. */
@ApplicationScoped
public class ViewerService {

    /** Set by the local identity providers: the signed-in user's id. */
    public static final String USER_ID = "surgalt.user-id";

    /** Resolves people signed in through an institution's provider (see identity/sso). */
    public interface ExternalSignIn {
        /** @return the user id and the grants the token carries, or empty if not an external identity */
        Optional<Resolved> resolve(SecurityIdentity identity);
    }

    public record Resolved(long userId, Set<Grant> tokenGrants) {
    }

    private final UserRepository users;
    private final RoleGrantRepository grants;
    private final Instance<ExternalSignIn> external;

    ViewerService(UserRepository users, RoleGrantRepository grants, Instance<ExternalSignIn> external) {
        this.users = users;
        this.grants = grants;
        this.external = external;
    }

    @Transactional
    public Optional<Viewer> viewerOf(SecurityIdentity identity) {
        Long localId = identity.getAttribute(USER_ID);
        Optional<Resolved> resolved = localId != null
                ? Optional.of(new Resolved(localId, Set.of()))
                : external.isResolvable() ? external.get().resolve(identity) : Optional.empty();
        // A disabled person is nobody, however they signed in (a provider's session included).
        return resolved.flatMap(r -> viewer(r.userId(), r.tokenGrants()));
    }

    /** A person as they would be signed in (their grants), for work done on their behalf, as a mail that is for their eyes. */
    @Transactional
    public Optional<Viewer> viewerOf(long userId) {
        return viewer(userId, Set.of());
    }

    private Optional<Viewer> viewer(long userId, Set<Grant> tokenGrants) {
        return users.findByIdOptional(userId).filter(user -> !user.isDisabled()).map(user -> {
            Set<Grant> all = new HashSet<>(grants.grantsOf(user.id()));
            all.addAll(tokenGrants);
            return new Viewer(user.id(), user.email(), user.displayName(), user.locale(),
                    user.institution() == null ? null : user.institution().id(), Set.copyOf(all));
        });
    }
}
