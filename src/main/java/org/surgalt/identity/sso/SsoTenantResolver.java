package org.surgalt.identity.sso;

import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TenantConfigResolver;
import io.quarkus.oidc.runtime.OidcTenantConfig.ApplicationType;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses, per request, which institution's provider (OIDC tenant) handles it, from the
 * database, so that a provider an admin adds works on the next request without a restart:
 * <ul>
 * <li>{@code /sso/{code}...}: that provider (starting or finishing a sign-in);</li>
 * <li>a bearer token: the provider whose issuer the token names (an unknown issuer gets none,
 * so the token is not accepted);</li>
 * <li>an OIDC session cookie ({@code q_session_<tenant>}): the provider that made it.</li>
 * </ul>
 * Anything else gets no tenant: local sign-in (form authentication) handles it.
 */
@ApplicationScoped
public class SsoTenantResolver implements TenantConfigResolver {

    static final String SESSION_COOKIE = "q_session_";
    // Set for the way back from the provider's end-session page; Quarkus checks and clears it.
    static final String POST_LOGOUT_COOKIE = "q_post_logout_";
    public static final String LOGOUT_PATH = "/sso/logout";

    private final SsoProviderRepository providers;
    private final String sessionKey;

    SsoTenantResolver(SsoProviderRepository providers,
            @ConfigProperty(name = "surgalt.session.key") String sessionKey) {
        this.providers = providers;
        this.sessionKey = sessionKey;
    }

    @Override
    public Uni<OidcTenantConfig> resolve(RoutingContext context, OidcRequestContext<OidcTenantConfig> requestContext) {
        Selector selector = selector(context);
        if (selector == null) {
            return Uni.createFrom().nullItem();
        }
        return requestContext.runBlocking(() -> config(selector));
    }

    private record Selector(String code, String issuer, String tenantId) {
    }

    private static Selector selector(RoutingContext context) {
        String path = context.normalizedPath();
        if (path.startsWith("/sso/") && !path.equals(LOGOUT_PATH)) {
            String rest = path.substring("/sso/".length());
            int slash = rest.indexOf('/');
            return new Selector(slash < 0 ? rest : rest.substring(0, slash), null, null);
        }
        String authorization = context.request().getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return TokenClaims.issuer(authorization.substring(7).strip())
                    .map(issuer -> new Selector(null, issuer, null))
                    .orElse(new Selector(null, "", null));
        }
        for (Cookie cookie : context.request().cookies()) {
            String name = cookie.getName();
            String prefix = name.startsWith(SESSION_COOKIE) ? SESSION_COOKIE
                    : name.startsWith(POST_LOGOUT_COOKIE) ? POST_LOGOUT_COOKIE : null;
            if (prefix != null) {
                String tenantId = name.substring(prefix.length()).replaceFirst("_chunk_\\d+$", "");
                int version = tenantId.lastIndexOf("-v");
                if (version > 0) {
                    return new Selector(tenantId.substring(0, version), null, tenantId);
                }
            }
        }
        return null;
    }

    @ActivateRequestContext
    OidcTenantConfig config(Selector selector) {
        Optional<SsoProvider> provider = selector.issuer() != null
                ? providers.findEnabledByIssuer(selector.issuer())
                : providers.findByCode(selector.code()).filter(SsoProvider::enabled);
        // A bearer token from an issuer nobody configured: no tenant accepts it.
        return provider.map(found -> config(found, sessionKey))
                .orElseGet(() -> OidcTenantConfig.builder().tenantId("unknown").tenantEnabled(false).build());
    }

    /**
     * The provider's tenant. Its session cookie (the tokens, encrypted) is encrypted with a key
     * derived from the session key that every instance shares: left to itself, Quarkus would use the
     * client secret, or for a public client (no secret) a random key of this instance, which no
     * other instance could read, so a person signed in through one would be signed out on the next.
     */
    static OidcTenantConfig config(SsoProvider provider, String sessionKey) {
        var builder = OidcTenantConfig.builder()
                .tenantId(provider.tenantId())
                .authServerUrl(provider.issuer())
                .clientId(provider.clientId())
                .applicationType(ApplicationType.HYBRID)
                .connectionTimeout(Duration.ofSeconds(5))
                .authentication()
                    .scopes("openid", "email", "profile")
                    .restorePathAfterRedirect(true)
                    .removeRedirectParameters(true)
                    .userInfoRequired(false)
                    .end()
                .logout()
                    .path(LOGOUT_PATH)
                    .postLogoutPath("/")
                    .end()
                .tokenStateManager()
                    .encryptionSecret(tokenStateSecret(sessionKey, provider.tenantId()))
                    .end();
        if (provider.clientSecret() != null) {
            builder.credentials(provider.clientSecret());
        }
        return builder.build();
    }

    /** HMAC-SHA256(session key, tenant): the same on every instance, another for every provider. */
    static String tokenStateSecret(String sessionKey, String tenantId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sessionKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] secret = mac.doFinal(("surgalt-sso-token-state/" + tenantId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
