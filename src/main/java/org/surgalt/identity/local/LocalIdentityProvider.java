package org.surgalt.identity.local;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.surgalt.identity.ViewerService;
import org.surgalt.identity.session.SignInSessions;

/** Checks the email and password posted by the sign-in form (Quarkus form authentication). */
@ApplicationScoped
public class LocalIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final LocalAccountService accounts;
    private final SignInSessions sessions;

    LocalIdentityProvider(LocalAccountService accounts, SignInSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String address = clientAddress(HttpSecurityUtils.getRoutingContextAttribute(request));
        String email = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        return context.runBlocking(() -> accounts.authenticate(email, password, address)
                // The principal's name is what Quarkus writes into the session cookie: a new session's
                // token (see SignInSessions), not the email, so that the session can be ended.
                .map(userId -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(sessions.startLocal(userId)))
                        .addAttribute(ViewerService.USER_ID, userId)
                        .build())
                .orElseThrow(AuthenticationFailedException::new));
    }

    private static String clientAddress(RoutingContext context) {
        if (context == null || context.request().remoteAddress() == null) {
            return "unknown";
        }
        return context.request().remoteAddress().hostAddress();
    }
}
