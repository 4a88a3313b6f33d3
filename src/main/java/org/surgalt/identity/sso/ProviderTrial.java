package org.surgalt.identity.sso;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * "Try to sign in" with a provider, for its admin: an OpenID Connect code flow of its own, outside
 * Quarkus' tenants, that ends on the admin page with what arrived. It makes no session, no account
 * and no link, and sets no cookie, so the admin stays signed in as themselves whoever signs in at the
 * provider; the provider is asked to show its login form (prompt=login), so the admin may sign in
 * there as a test person. The state carries the provider, the admin and an expiry under an HMAC of
 * the session key every instance shares, so any instance finishes what another began; the code is
 * exchanged directly with the provider's token endpoint over the back channel, which is why the id
 * token's issuer, audience and nonce are checked but not its signature (OpenID Connect Core 3.1.3.7).
 */
@ApplicationScoped
public class ProviderTrial {

    public static final String CALLBACK = "/admin/identity-providers/test-result";
    private static final Duration VALID_FOR = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(ProviderTrial.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(4))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** How a trial ended: {@code problem} is null when it worked, else what failed ("unreachable", "refused", ...). */
    public record Result(long providerId, String problem, String detail, Map<String, String> claims, List<String> roles) {
        public boolean worked() {
            return problem == null;
        }
    }

    private final SsoService sso;
    private final String key;

    ProviderTrial(SsoService sso, @ConfigProperty(name = "surgalt.session.key") String key) {
        this.sso = sso;
        this.key = key;
    }

    /**
     * Where to send the admin's browser: the provider's authorization endpoint. No transaction here
     * or in {@link #finish}: no connection is held while the provider is called.
     */
    public URI start(Viewer viewer, long providerId, URI base) {
        SsoProvider provider = sso.get(viewer, providerId);
        JsonNode discovery = discovery(provider);
        if (discovery == null) {
            throw DomainException.conflict("The identity provider does not answer: check its issuer URL.");
        }
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String payload = provider.id() + "." + viewer.userId() + "." + Instant.now().plus(VALID_FOR).getEpochSecond()
                + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String state = payload + "." + sign(payload);
        return URI.create(discovery.path("authorization_endpoint").asText() + "?response_type=code"
                + "&client_id=" + encode(provider.clientId()) + "&redirect_uri=" + encode(callback(base))
                + "&scope=" + encode("openid email profile") + "&prompt=login&state=" + encode(state)
                + "&nonce=" + encode(sign("nonce/" + state)));
    }

    /** The way back from the provider: exchanges the code and says what arrived. */
    public Result finish(Viewer viewer, String state, String code, String error, URI base) {
        String[] parts = state == null ? new String[0] : state.split("\\.");
        if (parts.length != 5 || !MessageDigest.isEqual(sign(String.join(".", parts[0], parts[1], parts[2], parts[3]))
                .getBytes(StandardCharsets.UTF_8), parts[4].getBytes(StandardCharsets.UTF_8))
                || Long.parseLong(parts[1]) != viewer.userId()
                || Instant.now().getEpochSecond() > Long.parseLong(parts[2])) {
            throw DomainException.invalid("state", "is not a trial sign-in of yours that is still running");
        }
        SsoProvider provider = sso.get(viewer, Long.parseLong(parts[0]));
        if (error != null && !error.isBlank()) {
            return failed(provider, "refused", error);
        }
        JsonNode discovery = discovery(provider);
        if (discovery == null) {
            return failed(provider, "unreachable", provider.issuer());
        }
        JsonNode tokens = exchange(provider, discovery.path("token_endpoint").asText(), code, callback(base));
        if (tokens == null || !tokens.hasNonNull("id_token")) {
            return failed(provider, "token", tokens == null ? "" : tokens.path("error").asText());
        }
        TokenClaims id = TokenClaims.of(tokens.path("id_token").asText()).orElse(null);
        if (id == null || !provider.issuer().equals(id.text("iss").replaceAll("/$", ""))
                || !id.strings("aud").contains(provider.clientId()) || !sign("nonce/" + state).equals(id.text("nonce"))) {
            return failed(provider, "claims", "iss, aud or nonce");
        }
        Set<String> rolesAndGroups = new HashSet<>();
        List<TokenClaims> all = new ArrayList<>(List.of(id));
        TokenClaims.of(tokens.path("access_token").asText(null)).ifPresent(all::add);
        for (TokenClaims claims : all) {
            rolesAndGroups.addAll(claims.strings(provider.rolesClaim()));
            rolesAndGroups.addAll(claims.strings(provider.groupsClaim()));
        }
        Map<String, String> shown = new LinkedHashMap<>();
        for (String name : List.of("sub", "preferred_username", "email", "email_verified", "name", "locale")) {
            if (!id.text(name).isEmpty()) {
                shown.put(name, id.text(name));
            }
        }
        shown.put(provider.rolesClaim() + " + " + provider.groupsClaim(), String.join(", ", new java.util.TreeSet<>(rolesAndGroups)));
        List<String> roles = provider.grantsFor(rolesAndGroups).stream().map(g -> g.role().id()).sorted().toList();
        return new Result(provider.id(), null, null, shown, roles);
    }

    private static Result failed(SsoProvider provider, String problem, String detail) {
        LOG.infof("Trial sign-in through %s failed: %s %s", provider.code(), problem, detail);
        return new Result(provider.id(), problem, detail, Map.of(), List.of());
    }

    private static JsonNode discovery(SsoProvider provider) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create(provider.issuer() + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static JsonNode exchange(SsoProvider provider, String endpoint, String code, String redirect) {
        String form = "grant_type=authorization_code&code=" + encode(code == null ? "" : code) + "&redirect_uri="
                + encode(redirect) + "&client_id=" + encode(provider.clientId())
                + (provider.clientSecret() == null ? "" : "&client_secret=" + encode(provider.clientSecret()));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body());
        } catch (Exception e) {
            return null;
        }
    }

    private static String callback(URI base) {
        return base.resolve(CALLBACK).toString();
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal(("surgalt-provider-trial/" + text).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
