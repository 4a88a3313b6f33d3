package org.surgalt.identity.local;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.surgalt.identity.Viewer;
import org.surgalt.identity.ViewerAugmentor;
import org.surgalt.identity.ViewerService;
import org.surgalt.identity.session.SignInSessions;

/**
 * Restores a signed-in local user from Quarkus' encrypted session cookie on every later
 * request. The cookie names a session (its token): a session that was ended (signing out, a
 * password change or reset, "sign out everywhere"), or whose person was disabled or deleted, is
 * signed out, on every instance.
 */
@ApplicationScoped
public class LocalSessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final SignInSessions sessions;

    LocalSessionIdentityProvider(SignInSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> find(request.getPrincipal()));
    }

    /** The viewer comes with the session (one query), so {@link ViewerAugmentor} has nothing left to do. */
    SecurityIdentity find(String token) {
        return sessions.localViewer(token)
                .map(viewer -> {
                    QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                            .setPrincipal(new QuarkusPrincipal(token))
                            .addAttribute(ViewerService.USER_ID, viewer.userId())
                            .addAttribute(Viewer.ATTRIBUTE, viewer);
                    ViewerAugmentor.addRoles(builder, viewer);
                    return (SecurityIdentity) builder.build();
                })
                .orElseThrow(AuthenticationFailedException::new);
    }
}
