package org.surgalt.badge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.surgalt.platform.DomainException;

/**
 * Checks a credential someone pastes or posts: a VC-JWT, the credential JSON with its proof, or
 * the baked SVG. Valid only when Surgalt's published key verifies the signature, the JSON (if
 * given) is exactly what was signed, the validity period holds, and the status list says it is
 * not revoked.
 */
@ApplicationScoped
public class BadgeVerifier {

    /** What the reader is told. */
    public enum Outcome {
        VALID, REVOKED, TAMPERED, NOT_YET_VALID, EXPIRED
    }

    public record Result(Outcome outcome, String name, String issuer, String validFrom) {

        static Result of(Outcome outcome) {
            return new Result(outcome, null, null, null);
        }
    }

    static final int MAX_CHARS = 200_000;
    private static final Pattern COMPACT_JWS = Pattern.compile("[A-Za-z0-9_=-]+\\.[A-Za-z0-9_=-]*\\.[A-Za-z0-9_=-]*");
    private static final List<String> JWT_CLAIMS = List.of("iss", "jti", "nbf", "exp", "iat", "sub");

    private final VcJwt vcJwt;
    private final StatusLists statusLists;
    private final BadgeUrls urls;
    private final ObjectMapper json;

    BadgeVerifier(VcJwt vcJwt, StatusLists statusLists, BadgeUrls urls, ObjectMapper json) {
        this.vcJwt = vcJwt;
        this.statusLists = statusLists;
        this.urls = urls;
        this.json = json;
    }

    /** Refuses (400, field "credential") text that is neither a compact JWS, nor JSON, nor a baked SVG. */
    public Result verify(String text) {
        String input = text == null ? "" : text.strip();
        if (input.isEmpty()) {
            throw DomainException.invalid("credential", "must be a credential: its JSON, its JWT or its SVG image");
        }
        if (input.length() > MAX_CHARS) {
            throw DomainException.invalid("credential", "is too long to be a credential");
        }
        if (input.startsWith("{")) {
            return verifyJson(input);
        }
        if (input.startsWith("<")) {
            return verifyToken(BakedSvg.credential(input).orElseThrow(() -> DomainException.invalid("credential",
                    "is an image without a baked credential")), null);
        }
        if (!COMPACT_JWS.matcher(input).matches()) {
            throw DomainException.invalid("credential", "must be a credential: its JSON, its JWT or its SVG image");
        }
        return verifyToken(input, null);
    }

    private Result verifyJson(String input) {
        JsonNode credential;
        try {
            credential = json.readTree(input);
        } catch (JsonProcessingException e) {
            throw DomainException.invalid("credential", "is not valid JSON");
        }
        if (!(credential instanceof ObjectNode object)) {
            throw DomainException.invalid("credential", "must be a credential: its JSON, its JWT or its SVG image");
        }
        JsonNode proof = object.path("proof").isArray() ? object.path("proof").path(0) : object.path("proof");
        String token = proof.path("jwt").asText("");
        if (token.isEmpty() || !COMPACT_JWS.matcher(token).matches()) {
            return Result.of(Outcome.TAMPERED); // unsigned: nothing vouches for it
        }
        return verifyToken(token, object);
    }

    private Result verifyToken(String token, ObjectNode givenJson) {
        Optional<ObjectNode> verified = vcJwt.verified(token);
        if (verified.isEmpty()) {
            return Result.of(Outcome.TAMPERED);
        }
        ObjectNode payload = verified.get();
        if (!payload.path("type").toString().contains("\"OpenBadgeCredential\"")) {
            return Result.of(Outcome.TAMPERED); // signed here, but not a credential (a status list)
        }
        ObjectNode signed = payload.deepCopy();
        signed.remove(JWT_CLAIMS);
        if (givenJson != null) {
            ObjectNode given = givenJson.deepCopy();
            given.remove("proof");
            if (!given.equals(signed)) {
                return Result.of(Outcome.TAMPERED);
            }
        }
        Result facts = new Result(Outcome.VALID, signed.path("name").asText(null),
                signed.path("issuer").path("name").asText(null), signed.path("validFrom").asText(null));
        Instant now = Instant.now();
        try {
            if (signed.hasNonNull("validFrom") && Instant.parse(signed.get("validFrom").asText()).isAfter(now)) {
                return with(facts, Outcome.NOT_YET_VALID);
            }
            if (signed.hasNonNull("validUntil") && Instant.parse(signed.get("validUntil").asText()).isBefore(now)) {
                return with(facts, Outcome.EXPIRED);
            }
        } catch (DateTimeParseException e) {
            return Result.of(Outcome.TAMPERED);
        }
        return with(facts, revoked(signed.path("credentialStatus")) ? Outcome.REVOKED : Outcome.VALID);
    }

    /** Through the signed status list, as any verifier reads it; a list that cannot be read counts as revoked. */
    private boolean revoked(JsonNode status) {
        long list = urls.statusListNumber(status.path("statusListCredential").asText(null));
        long index;
        try {
            index = Long.parseLong(status.path("statusListIndex").asText(""));
        } catch (NumberFormatException e) {
            return true;
        }
        if (list < 0 || !"revocation".equals(status.path("statusPurpose").asText())) {
            return true;
        }
        return vcJwt.verified(statusLists.signedList(list)).flatMap(payload -> StatusLists.bit(payload, index))
                .orElse(true);
    }

    private static Result with(Result facts, Outcome outcome) {
        return new Result(outcome, facts.name(), facts.issuer(), facts.validFrom());
    }
}
