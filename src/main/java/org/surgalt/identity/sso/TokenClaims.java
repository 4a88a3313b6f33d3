package org.surgalt.identity.sso;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads claims from the payload of a JWT. Only used on tokens Quarkus OIDC has already verified,
 * or (for {@link #issuer}) to choose which provider is to verify it.
 */
final class TokenClaims {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode payload;

    private TokenClaims(JsonNode payload) {
        this.payload = payload;
    }

    static Optional<TokenClaims> of(String jwt) {
        if (jwt == null) {
            return Optional.empty();
        }
        String[] parts = jwt.split("\\.");
        if (parts.length != 3 || parts[1].length() > 64_000) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TokenClaims(JSON.readTree(
                    new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    static Optional<String> issuer(String jwt) {
        return of(jwt).map(claims -> claims.text("iss")).filter(iss -> !iss.isEmpty());
    }

    String text(String name) {
        JsonNode node = payload.get(name);
        return node == null || !node.isValueNode() ? "" : node.asText();
    }

    /** The strings at a path like "realm_access/roles"; group paths lose their leading "/". */
    Set<String> strings(String path) {
        JsonNode node = payload;
        for (String part : path.split("/")) {
            node = node == null ? null : node.get(part);
        }
        Set<String> values = new LinkedHashSet<>();
        if (node != null && node.isArray()) {
            node.forEach(value -> values.add(strip(value.asText())));
        } else if (node != null && node.isValueNode()) {
            values.add(strip(node.asText()));
        }
        return values;
    }

    private static String strip(String value) {
        return value.startsWith("/") ? value.substring(1) : value;
    }
}
