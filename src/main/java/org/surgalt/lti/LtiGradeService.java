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
import java.util.List;
import org.surgalt.course.Course;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseService;
import org.surgalt.course.ItemKind;
import org.surgalt.identity.SecretTokens;
import org.surgalt.platform.DomainException;
import org.surgalt.progress.CompletionFact;
import org.surgalt.progress.ProgressService;

/**
 * Assignment and Grade Services 2.0, the part tools need to send results: a tool gets an access
 * token with a client assertion it signs (client credentials), and posts scores to the line item
 * of one of its own LTI items (one line item an item, made with it). A score becomes completion
 * facts under the item's rule through ProgressService: GRADED with the percentage, and PASSED
 * when the item has a passing score and the percentage reaches it.
 */
@ApplicationScoped
public class LtiGradeService {

    static final String SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    static final String SCOPE_LINEITEM_READ = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

    private final LtiToolRepository tools;
    private final LtiLaunchRepository launches;
    private final LtiToolService toolService;
    private final CourseService courses;
    private final ProgressService progress;
    private final EntityManager em;

    LtiGradeService(LtiToolRepository tools, LtiLaunchRepository launches, LtiToolService toolService,
            CourseService courses, ProgressService progress, EntityManager em) {
        this.tools = tools;
        this.launches = launches;
        this.toolService = toolService;
        this.courses = courses;
        this.progress = progress;
        this.em = em;
    }

    public record Token(String accessToken, String scope) {
    }

    /** The token endpoint: {@code tokenUrl} is the address the assertion must be meant for. */
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
                .filter(found -> !found.disabled())
                .orElseThrow(() -> DomainException.invalid("client_assertion", "is not from a registered tool"));
        JWTClaimsSet claims = ToolSignatures.verify(signed, tool, tokenUrl, "client_assertion");
        if (!tool.clientId().equals(claims.getSubject()) || claims.getJWTID() == null
                || !launches.firstUseOfNonce(tool.id(), "jti:" + claims.getJWTID())) {
            throw DomainException.invalid("client_assertion", "must name the tool and be used once");
        }
        List<String> granted = List.of(scope == null ? new String[0] : scope.split(" ")).stream()
                .filter(s -> s.equals(SCOPE_SCORE) || s.equals(SCOPE_LINEITEM_READ)).toList();
        if (granted.isEmpty()) {
            throw DomainException.invalid("scope", "must ask for the score scope");
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

    /** A score: the learner (our {@code sub}), given and maximum, and whether the tool has finished grading. */
    public record Score(String userId, Double scoreGiven, Double scoreMaximum, String gradingProgress) {
    }

    /**
     * Records a score the bearer's tool sends for one of its own items' line item; false when the
     * bearer is no live token (the caller answers 401 whoever asks: a tool is not sent to sign in).
     */
    @Transactional
    public boolean score(String bearer, String code, long itemId, Score score) {
        java.util.OptionalLong bearerTool = toolOf(bearer, SCOPE_SCORE);
        if (bearerTool.isEmpty()) {
            return false;
        }
        long toolId = bearerTool.getAsLong();
        Course course = courses.courseByCode(code);
        CourseContent content = courses.published(code);
        ItemContent item = content.item(itemId).filter(found -> found.kind() == ItemKind.LTI)
                .orElseThrow(() -> DomainException.notFound("line item", itemId));
        LtiTool tool = toolService.forTarget(item.url()).orElse(null);
        if (tool == null || tool.id() != toolId) {
            throw DomainException.forbidden("A tool posts scores to its own line items only.");
        }
        long learner;
        try {
            learner = Long.parseLong(score.userId() == null ? "" : score.userId());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("userId", "must be the learner's id from the launch");
        }
        if (!courses.isEnrolled(learner, course.id())) {
            throw DomainException.invalid("userId", "must be a learner of the course");
        }
        if (!"FullyGraded".equals(score.gradingProgress()) || score.scoreGiven() == null
                || score.scoreMaximum() == null || score.scoreMaximum() <= 0) {
            return true;
        }
        int percent = (int) Math.round(Math.max(0, Math.min(1, score.scoreGiven() / score.scoreMaximum())) * 100);
        progress.record(learner, content, item, CompletionFact.Kind.GRADED, percent, "lti");
        if (item.minScore() != null && percent >= item.minScore()) {
            progress.record(learner, content, item, CompletionFact.Kind.PASSED, percent, "lti");
        }
        return true;
    }

    private java.util.OptionalLong toolOf(String bearer, String scope) {
        if (bearer == null || !bearer.startsWith("Bearer ")) {
            return java.util.OptionalLong.empty();
        }
        List<?> rows = em.createNativeQuery("SELECT tool_id, scopes FROM lti_access_token WHERE token_sha256 = ?1 "
                + "AND expires > ?2").setParameter(1, SecretTokens.hash(bearer.substring("Bearer ".length()).strip()))
                .setParameter(2, Timestamp.from(Instant.now())).getResultList();
        if (rows.isEmpty()) {
            return java.util.OptionalLong.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        if (!List.of(((String) row[1]).split(" ")).contains(scope)) {
            throw DomainException.forbidden("This token does not allow that.");
        }
        return java.util.OptionalLong.of(((Number) row[0]).longValue());
    }
}
