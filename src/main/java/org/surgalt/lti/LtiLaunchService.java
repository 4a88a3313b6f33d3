package org.surgalt.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.surgalt.course.Course;
import org.surgalt.course.CourseAccess;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseRoster;
import org.surgalt.course.CourseService;
import org.surgalt.course.ItemAccess;
import org.surgalt.course.ItemKind;
import org.surgalt.identity.Role;
import org.surgalt.identity.SecretTokens;
import org.surgalt.identity.Viewer;
import org.surgalt.identity.ViewerService;
import org.surgalt.platform.DomainException;

/**
 * Launching an LTI item (LTI 1.3 core, OIDC third-party-initiated login): the person's start
 * makes a single-use, short-lived lti_message_hint and sends the browser to the tool's login;
 * the tool comes back to {@link #authorize} with its state and nonce, and gets an id_token
 * (LtiResourceLinkRequest) signed RS256 with the platform's current key, posted to one of its
 * registered redirect URIs.
 */
@ApplicationScoped
public class LtiLaunchService {

    static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

    private final CourseService courses;
    private final CourseAccess access;
    private final ItemAccess items;
    private final LtiToolService tools;
    private final LtiLaunchRepository launches;
    private final PlatformKeys keys;
    private final LtiConfig config;
    private final ViewerService viewers;
    private final Issuer issuer;
    private final CustomParameters customs;

    LtiLaunchService(CourseService courses, CourseAccess access, ItemAccess items, LtiToolService tools,
            LtiLaunchRepository launches, PlatformKeys keys, LtiConfig config, ViewerService viewers,
            Issuer issuer, CustomParameters customs) {
        this.customs = customs;
        this.courses = courses;
        this.access = access;
        this.items = items;
        this.tools = tools;
        this.launches = launches;
        this.keys = keys;
        this.config = config;
        this.viewers = viewers;
        this.issuer = issuer;
    }

    /** Where the browser goes first: the tool's login address and the parameters it is sent. */
    public record Login(String url, Map<String, String> parameters) {
    }

    /** What the browser posts to the tool: the id_token and the tool's own state. */
    public record Post(String url, String idToken, String state) {
    }

    /** The page that frames a launch: the item's title and the origin of its tool. */
    public record Framed(String title, String toolOrigin) {
    }

    @Transactional
    public Framed framed(Viewer viewer, String code, long itemId) {
        Opened opened = open(viewer, code, itemId);
        return new Framed(opened.item().title().in(viewer.locale()), opened.tool().origin());
    }

    private record Opened(Course course, ItemContent item, LtiTool tool) {
    }

    /** The current version's LTI item, if the viewer may read it, and its tool. */
    private Opened open(Viewer viewer, String code, long itemId) {
        return open(viewer, courses.courseByCode(code), itemId, false);
    }

    /**
     * {@code draft}: the draft's item, for its editors (an author choosing content through deep
     * linking), else the current version's, for whoever reads it.
     */
    private Opened open(Viewer viewer, Course course, long itemId, boolean draft) {
        if (draft && !access.canEdit(viewer, course)) {
            throw DomainException.forbidden("Only the course's authors choose its content.");
        }
        CourseContent content = courses.content(viewer, course, draft ? "draft" : null);
        ItemContent item = content.item(itemId).orElseThrow(() -> DomainException.notFound("LTI item", itemId));
        if (!draft) {
            items.requireMayRead(viewer, course, content, item);
        }
        if (item.kind() != ItemKind.LTI) {
            throw DomainException.notFound("LTI item", itemId);
        }
        LtiTool tool = tools.forTarget(item.url()).orElseThrow(() -> DomainException.conflict(
                "No registered tool serves this item's address; ask a site admin to register the tool."));
        return new Opened(course, item, tool);
    }

    @Transactional
    public Login start(Viewer viewer, String code, long itemId) {
        return login(viewer, open(viewer, code, itemId), LtiLaunch.RESOURCE_LINK);
    }

    /** An author asks the tool of a draft's LTI item for content (Deep Linking 2.0). */
    @Transactional
    public Login startDeepLinking(Viewer viewer, String code, long itemId) {
        return login(viewer, open(viewer, courses.courseByCode(code), itemId, true), LtiLaunch.DEEP_LINKING);
    }

    private Login login(Viewer viewer, Opened opened, String messageType) {
        Course course = opened.course();
        ItemContent item = opened.item();
        LtiTool tool = opened.tool();
        Instant now = Instant.now();
        launches.forgetBefore(now.minus(Duration.ofDays(1)));
        LtiLaunch launch = new LtiLaunch(messageType, SecretTokens.newToken(), viewer.userId(), tool.id(), course.id(),
                item.id(), now.plus(config.launchLifetime()));
        launches.persist(launch);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("iss", issuer.value());
        parameters.put("login_hint", Long.toString(viewer.userId()));
        parameters.put("target_link_uri", item.url());
        parameters.put("lti_message_hint", launch.hint());
        parameters.put("client_id", tool.clientId());
        parameters.put("lti_deployment_id", tool.deploymentId());
        return new Login(tool.loginUrl(), parameters);
    }

    /** The tool's authentication request (OIDC implicit flow, form_post), answered for the signed-in person. */
    public record AuthRequest(String scope, String responseType, String responseMode, String prompt, String clientId,
            String redirectUri, String loginHint, String messageHint, String state, String nonce) {
    }

    /**
     * {@code signedIn}: the person signed in here, when their cookie came along (a launch framed in
     * the page comes back without it: browsers keep cookies from framed cross-site navigations).
     * The single-use hint names the person either way; a signed-in person other than its owner is refused.
     */
    @Transactional
    public Post authorize(Optional<Viewer> signedIn, AuthRequest request) {
        if (!"openid".equals(request.scope()) || !"id_token".equals(request.responseType())
                || !"form_post".equals(request.responseMode()) || !"none".equals(request.prompt())) {
            throw DomainException.invalid("response_type", "must be an LTI 1.3 authentication request");
        }
        if (request.state() == null || request.state().isBlank()) {
            throw DomainException.invalid("state", "is required");
        }
        if (request.nonce() == null || request.nonce().isBlank() || request.nonce().length() > 255) {
            throw DomainException.invalid("nonce", "is required");
        }
        LtiTool tool = tools.byClientId(request.clientId())
                .orElseThrow(() -> DomainException.invalid("client_id", "is not a registered tool"));
        if (!tool.redirectUris().contains(request.redirectUri())) {
            throw DomainException.invalid("redirect_uri", "is not one the tool registered");
        }
        LtiLaunch launch = request.messageHint() == null ? null : launches.byHint(request.messageHint()).orElse(null);
        if (launch == null || launch.toolId() != tool.id()
                || signedIn.isPresent() && signedIn.get().userId() != launch.userId()
                || !Long.toString(launch.userId()).equals(request.loginHint())) {
            throw DomainException.forbidden("This launch is not yours or not for this tool.");
        }
        if (!launch.use(Instant.now())) {
            throw DomainException.forbidden("This launch was used or has expired; start it again.");
        }
        if (!launches.firstUseOfNonce(tool.id(), request.nonce())) {
            throw DomainException.forbidden("This nonce was used before.");
        }
        Viewer viewer = viewers.viewerOf(launch.userId())
                .orElseThrow(() -> DomainException.forbidden("This launch is not yours or not for this tool."));
        Opened opened = open(viewer, courses.course(launch.courseId()), launch.itemId(), launch.deepLinking());
        JWTClaimsSet.Builder claims = idToken(viewer, tool, opened.course(), opened.item(), request.nonce());
        if (!launch.deepLinking()) {
            Map<String, String> custom = customs.forLaunch(opened.item().id(), opened.item().url(), Map.of(
                    "$ResourceLink.id", Long.toString(opened.item().id()),
                    "$Context.id", Long.toString(opened.course().id()),
                    "$User.id", Long.toString(viewer.userId())));
            if (!custom.isEmpty()) {
                claims.claim(LTI + "custom", custom);
            }
            String ags = issuer.value() + "/lti/ags/" + opened.course().code();
            claims.claim("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint", Map.of(
                    "scope", LtiTokenService.AGS_SCOPES, "lineitems", ags + "/lineitems",
                    "lineitem", ags + "/" + opened.item().id() + "/lineitem"));
            if (tool.roster()) {
                claims.claim("https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice", Map.of(
                        "context_memberships_url", issuer.value() + "/lti/nrps/" + opened.course().code()
                                + "/memberships",
                        "service_versions", List.of("2.0")));
            }
        } else {
            claims.claim(LTI + "message_type", LtiLaunch.DEEP_LINKING).claim(LTI + "resource_link", null)
                    .claim("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", Map.of(
                            "deep_link_return_url", issuer.value() + "/lti/deep-links/return",
                            "accept_types", List.of("ltiResourceLink"),
                            "accept_presentation_document_targets", List.of("iframe", "window"),
                            "accept_multiple", false, "auto_create", false, "data", launch.hint()));
        }
        return new Post(request.redirectUri(), sign(claims.build()), request.state());
    }

    private JWTClaimsSet.Builder idToken(Viewer viewer, LtiTool tool, Course course, ItemContent item, String nonce) {
        Instant now = Instant.now();
        // As rosters say (LtiRosterService.role): a course's grader alone assists; other staff teach.
        boolean assists = viewer.hasInCourse(Role.GRADER, course.id()) && !viewer.hasInCourse(Role.AUTHOR, course.id())
                && !viewer.hasInCourse(Role.REVIEWER, course.id()) && !viewer.isAdmin()
                && !viewer.hasAnywhere(Role.COORDINATOR) && !viewer.hasAnywhere(Role.INSTITUTION_ADMIN);
        List<String> roles = List.of(!access.isStaff(viewer, course) ? LtiRosterService.role(CourseRoster.Part.LEARNER)
                : LtiRosterService.role(assists ? CourseRoster.Part.GRADER : CourseRoster.Part.AUTHOR));
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
        tool.shares().claims(viewer.displayName(), viewer.email()).forEach(claims::claim);
        return claims
                .issuer(issuer.value())
                .subject(Long.toString(viewer.userId()))
                .audience(tool.clientId())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(config.launchLifetime())))
                .claim("nonce", nonce)
                .claim("azp", tool.clientId())
                .claim("locale", viewer.locale().toLanguageTag())
                .claim(LTI + "message_type", "LtiResourceLinkRequest")
                .claim(LTI + "version", "1.3.0")
                .claim(LTI + "deployment_id", tool.deploymentId())
                .claim(LTI + "target_link_uri", item.url())
                .claim(LTI + "resource_link", Map.of("id", Long.toString(item.id()),
                        "title", item.title().in(viewer.locale())))
                .claim(LTI + "roles", roles)
                .claim(LTI + "context", Map.of("id", Long.toString(course.id()), "label", course.code(),
                        "title", course.title().in(viewer.locale()),
                        "type", List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering")));
    }

    private String sign(JWTClaimsSet claims) {
        RSAKey key = keys.signing();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an LTI id_token", e);
        }
        return jwt.serialize();
    }
}
