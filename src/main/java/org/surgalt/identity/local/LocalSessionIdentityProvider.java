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
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.surgalt.identity.UserRepository;
import org.surgalt.identity.ViewerService;

/**
 * Restores a signed-in local user from Quarkus' encrypted session cookie on every later
 * request. A person deleted since is signed out.
 */
@ApplicationScoped
public class LocalSessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final UserRepository users;

    LocalSessionIdentityProvider(UserRepository users) {
        this.users = users;
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

    @ActivateRequestContext
    SecurityIdentity find(String email) {
        return users.findByEmail(email)
                .map(user -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(user.email()))
                        .addAttribute(ViewerService.USER_ID, user.id())
                        .build())
                .orElseThrow(AuthenticationFailedException::new);
    }
}
