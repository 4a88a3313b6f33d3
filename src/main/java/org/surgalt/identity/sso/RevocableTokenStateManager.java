package org.surgalt.identity.sso;

import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TokenStateManager;
import io.quarkus.oidc.runtime.DefaultTokenStateManager;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.jboss.logging.Logger;
import org.surgalt.identity.session.SignInSessions;

/**
 * Makes sessions from an institution's provider revocable like local ones. Quarkus keeps the
 * provider's tokens in an encrypted cookie that stays valid until the tokens expire, whatever
 * happens here; this puts a session token of ours in front of that cookie's value and refuses
 * the cookie once the session is ended (signing out, "sign out everywhere", a reset, disabling
 * the person), on every instance. The tokens stay in the cookie, encrypted by Quarkus as before.
 * <p>
 * The tokens reach this class encrypted, so it does not read whose they are: {@link SsoSignIn},
 * which runs before {@link #createTokenState} on the request that completes the code flow, leaves
 * the (issuer, subject) in the request; on later requests it checks that the session this class
 * found in the cookie is that very person's.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class RevocableTokenStateManager implements TokenStateManager {

    /** The (issuer, subject) the request's tokens are for, set by {@link SsoSignIn}. */
    static final String OWNER = "surgalt.sso.owner";
    /** The session token found in the request's cookie, checked again by {@link SsoSignIn}. */
    static final String SESSION = "surgalt.sso.session";

    private static final Logger LOG = Logger.getLogger(RevocableTokenStateManager.class);
    /** Not in base64url, nor in Quarkus' token state. */
    private static final char SEPARATOR = '~';

    private final DefaultTokenStateManager cookie;
    private final SignInSessions sessions;

    RevocableTokenStateManager(DefaultTokenStateManager cookie, SignInSessions sessions) {
        this.cookie = cookie;
        this.sessions = sessions;
    }

    record Owner(String issuer, String subject) {
    }

    @Override
    public Uni<String> createTokenState(RoutingContext context, OidcTenantConfig config, AuthorizationCodeTokens tokens,
            OidcRequestContext<String> request) {
        if (context.get(SESSION) instanceof String session) {
            // Tokens refreshed within a session that getTokens found alive: the same session goes on.
            return cookie.createTokenState(context, config, tokens, request).map(state -> session + SEPARATOR + state);
        }
        if (!(context.get(OWNER) instanceof Owner owner)) {
            LOG.warn("A provider's tokens to keep, but nobody signed in through a provider on this request");
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        return request.runBlocking(() -> sessions.startExternal(owner.issuer(), owner.subject()))
                .flatMap(session -> cookie.createTokenState(context, config, tokens, request)
                        .map(state -> session + SEPARATOR + state));
    }

    @Override
    public Uni<AuthorizationCodeTokens> getTokens(RoutingContext context, OidcTenantConfig config, String state,
            OidcRequestContext<AuthorizationCodeTokens> request) {
        int at = state == null ? -1 : state.indexOf(SEPARATOR);
        if (at <= 0) {
            // A cookie from before provider sessions were revocable.
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        String session = state.substring(0, at);
        return request.runBlocking(() -> {
            if (!sessions.externalAlive(session, null, null)) {
                throw new AuthenticationFailedException();
            }
            context.put(SESSION, session);
            return null;
        }).flatMap(alive -> cookie.getTokens(context, config, state.substring(at + 1), request));
    }

    @Override
    public Uni<Void> deleteTokens(RoutingContext context, OidcTenantConfig config, String state,
            OidcRequestContext<Void> request) {
        int at = state == null ? -1 : state.indexOf(SEPARATOR);
        if (at <= 0) {
            return cookie.deleteTokens(context, config, state, request);
        }
        String session = state.substring(0, at);
        return request.runBlocking(() -> {
            sessions.end(session);
            return null;
        }).flatMap(ignored -> cookie.deleteTokens(context, config, state.substring(at + 1), request));
    }
}
