package org.surgalt.node.client.people;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.surgalt.identity.LoginResource;
import org.surgalt.node.client.NodeClientConfig;

/**
 * On a node, runs before identity's own check of the sign-in form (a higher priority; it never signs
 * anyone in itself, it answers "no opinion"): a national person's first sign-in fetches a verifier
 * through {@link FirstSignIn}, then identity checks the password against it as for everyone, with its
 * throttle and session. When the link is needed and down, the sign-in page is told so by a short-lived
 * cookie, since the form's failure is a redirect to it.
 */
@ApplicationScoped
public class NodeSignInProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final NodeClientConfig config;
    private final FirstSignIn firstSignIn;

    NodeSignInProvider(NodeClientConfig config, FirstSignIn firstSignIn) {
        this.config = config;
        this.firstSignIn = firstSignIn;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** Above identity's provider, which has the default (1001): providers run from the highest priority down. */
    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        if (!config.isNode()) {
            return Uni.createFrom().nullItem();
        }
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String email = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        return context.runBlocking(() -> {
            if (firstSignIn.prepare(email, password) == FirstSignIn.Outcome.LINK_NEEDED && routing != null) {
                routing.response().addCookie(Cookie.cookie(LoginResource.FIRST_SIGN_IN_COOKIE, "link").setPath("/login").setMaxAge(120)
                        .setHttpOnly(true).setSameSite(CookieSameSite.LAX));
            }
            return null;
        });
    }
}
