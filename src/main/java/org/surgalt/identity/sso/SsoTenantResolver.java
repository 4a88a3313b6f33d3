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
import java.time.Duration;
import java.util.Optional;

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

    SsoTenantResolver(SsoProviderRepository providers) {
        this.providers = providers;
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
        return provider.map(SsoTenantResolver::config)
                .orElseGet(() -> OidcTenantConfig.builder().tenantId("unknown").tenantEnabled(false).build());
    }

    static OidcTenantConfig config(SsoProvider provider) {
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
                    .end();
        if (provider.clientSecret() != null) {
            builder.credentials(provider.clientSecret());
        }
        return builder.build();
    }
}
