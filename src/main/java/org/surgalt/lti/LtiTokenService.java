package org.surgalt.lti;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.surgalt.identity.SecretTokens;
import org.surgalt.platform.DomainException;

/**
 * The OAuth 2 token endpoint of LTI Advantage: a tool gets an access token with a client assertion
 * it signs (client credentials), for the services' scopes it asks for and may have; its calls
 * bring the token back. A token names the tool, never a course: each service checks that the
 * course is one the tool is used in (LtiContexts).
 */
@ApplicationScoped
public class LtiTokenService {

    static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/scope/";
    static final String SCOPE_SCORE = AGS + "score";
    static final String SCOPE_LINEITEM = AGS + "lineitem";
    static final String SCOPE_LINEITEM_READ = AGS + "lineitem.readonly";
    static final String SCOPE_RESULT_READ = AGS + "result.readonly";
    static final String SCOPE_ROSTER = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    static final List<String> AGS_SCOPES = List.of(SCOPE_SCORE, SCOPE_LINEITEM, SCOPE_LINEITEM_READ, SCOPE_RESULT_READ);
    static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

    private final LtiToolService tools;
    private final LtiLaunchRepository launches;
    private final EntityManager em;

    LtiTokenService(LtiToolService tools, LtiLaunchRepository launches, EntityManager em) {
        this.tools = tools;
        this.launches = launches;
        this.em = em;
    }

    public record Token(String accessToken, String scope) {
    }

    /** {@code tokenUrl} is the address the assertion must be meant for. */
    @Transactional
    public Token token(String grantType, String assertionType, String assertion, String scope, String tokenUrl) {
        if (!"client_credentials".equals(grantType)
                || !"urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(assertionType)) {
            throw DomainException.invalid("grant_type", "must be client_credentials with a JWT assertion");
        }
        SignedJWT signed;
        JWTClaimsSet unverified;
        try {
            signed = SignedJWT.parse(assertion == null ? "" : assertion);
            unverified = signed.getJWTClaimsSet();
        } catch (ParseException e) {
            throw DomainException.invalid("client_assertion", "must be a signed JWT");
        }
        LtiTool tool = tools.byClientId(unverified.getIssuer() == null ? "" : unverified.getIssuer())
                .orElseThrow(() -> DomainException.invalid("client_assertion", "is not from a registered tool"));
        JWTClaimsSet claims = ToolSignatures.verify(signed, tool, tokenUrl, "client_assertion");
        if (!tool.clientId().equals(claims.getSubject()) || claims.getJWTID() == null
                || !launches.firstUseOfNonce(tool.id(), "jti:" + claims.getJWTID())) {
            throw DomainException.invalid("client_assertion", "must name the tool and be used once");
        }
        List<String> granted = new ArrayList<>();
        for (String asked : scope == null ? new String[0] : scope.split(" ")) {
            if (!granted.contains(asked) && (AGS_SCOPES.contains(asked) || asked.equals(SCOPE_ROSTER) && tool.roster())) {
                granted.add(asked);
            }
        }
        if (granted.isEmpty()) {
            throw DomainException.invalid("scope", "must ask for a service scope the tool may have");
        }
        String token = SecretTokens.newToken();
        em.createNativeQuery("DELETE FROM lti_access_token WHERE expires < ?1")
                .setParameter(1, Timestamp.from(Instant.now())).executeUpdate();
        em.createNativeQuery("INSERT INTO lti_access_token (token_sha256, tool_id, scopes, expires) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, SecretTokens.hash(token)).setParameter(2, tool.id())
                .setParameter(3, String.join(" ", granted))
                .setParameter(4, Timestamp.from(Instant.now().plus(TOKEN_LIFETIME))).executeUpdate();
        return new Token(token, String.join(" ", granted));
    }

    /**
     * The tool a live bearer token was given to; empty when there is none (the caller answers 401:
     * a tool is not sent to sign in). A token without any of {@code scopes} is refused (403).
     */
    @Transactional
    public OptionalLong toolOf(String bearer, String... scopes) {
        if (bearer == null || !bearer.startsWith("Bearer ")) {
            return OptionalLong.empty();
        }
        List<?> rows = em.createNativeQuery("SELECT tool_id, scopes FROM lti_access_token WHERE token_sha256 = ?1 "
                + "AND expires > ?2").setParameter(1, SecretTokens.hash(bearer.substring("Bearer ".length()).strip()))
                .setParameter(2, Timestamp.from(Instant.now())).getResultList();
        if (rows.isEmpty()) {
            return OptionalLong.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        List<String> has = List.of(((String) row[1]).split(" "));
        if (List.of(scopes).stream().noneMatch(has::contains)) {
            throw DomainException.forbidden("This token does not allow that.");
        }
        return OptionalLong.of(((Number) row[0]).longValue());
    }
}
