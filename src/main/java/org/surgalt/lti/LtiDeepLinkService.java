package org.surgalt.lti;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.surgalt.authoring.DraftService;
import org.surgalt.course.Course;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseService;
import org.surgalt.identity.Viewer;
import org.surgalt.identity.ViewerService;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.LocalizedText;

/**
 * The tool's answer to a deep linking request (Deep Linking 2.0): a JWT the tool signs, checked
 * with the tool's registered key (nimbus-jose-jwt), whose {@code data} names our single-use
 * launch; the link it carries becomes the draft item's target link. The answer is a cross-site
 * post without our cookies: the signature and the launch name the author, not a session.
 */
@ApplicationScoped
public class LtiDeepLinkService {

    static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
    /** How long after its login an author may take to choose in the tool. */
    static final Duration CHOOSING = Duration.ofHours(1);

    private final LtiToolRepository tools;
    private final LtiLaunchRepository launches;
    private final CourseService courses;
    private final DraftService drafts;
    private final ViewerService viewers;
    private final Issuer issuer;
    private final CustomParameters customs;

    LtiDeepLinkService(LtiToolRepository tools, LtiLaunchRepository launches, CourseService courses,
            DraftService drafts, ViewerService viewers, Issuer issuer, CustomParameters customs) {
        this.customs = customs;
        this.tools = tools;
        this.launches = launches;
        this.courses = courses;
        this.drafts = drafts;
        this.viewers = viewers;
        this.issuer = issuer;
    }

    /** Where the author goes back to: the draft item's editor. */
    public record Chosen(String courseCode, long itemId) {
    }

    @Transactional
    public Chosen accept(String jwt) {
        SignedJWT signed;
        JWTClaimsSet unverified;
        try {
            signed = SignedJWT.parse(jwt == null ? "" : jwt);
            unverified = signed.getJWTClaimsSet();
        } catch (ParseException e) {
            throw DomainException.invalid("JWT", "must be a signed deep linking response");
        }
        LtiTool tool = tools.byClientId(unverified.getIssuer() == null ? "" : unverified.getIssuer())
                .filter(found -> !found.disabled())
                .orElseThrow(() -> DomainException.invalid("JWT", "is not from a registered tool"));
        JWTClaimsSet claims = ToolSignatures.verify(signed, tool, issuer.value(), "JWT");
        if (!tool.deploymentId().equals(claims.getClaim(LtiLaunchService.LTI + "deployment_id"))
                || !"LtiDeepLinkingResponse".equals(claims.getClaim(LtiLaunchService.LTI + "message_type"))) {
            throw DomainException.invalid("JWT", "must be a deep linking response for this deployment");
        }
        Object data = claims.getClaim(DL + "data");
        LtiLaunch launch = data instanceof String hint ? launches.byHint(hint).orElse(null) : null;
        if (launch == null || launch.toolId() != tool.id() || !launch.answer(Instant.now(), CHOOSING)) {
            throw DomainException.forbidden("This deep linking answer is not for a launch of this tool, or came late.");
        }
        Viewer author = viewers.viewerOf(launch.userId())
                .orElseThrow(() -> DomainException.forbidden("Only the course's authors choose its content."));
        Course course = courses.course(launch.courseId());
        CourseContent draft = courses.content(author, course, "draft");
        ItemContent item = draft.item(launch.itemId()).orElseThrow(
                () -> DomainException.notFound("LTI item", launch.itemId()));
        Map<?, ?> link = link(claims, tool);
        if (link != null) {
            String url = (String) link.get("url");
            boolean mongolian = "mn".equals(author.locale().getLanguage());
            LocalizedText title = item.title();
            if (link.get("title") instanceof String given && !given.isBlank()) {
                String chosen = given.strip().length() > 255 ? given.strip().substring(0, 255) : given.strip();
                title = mongolian ? LocalizedText.of(title.en(), chosen) : LocalizedText.of(chosen, title.mn());
            }
            LocalizedText body = item.body();
            if (link.get("text") instanceof String text && !text.isBlank()) {
                body = mongolian ? LocalizedText.of(body.en(), text.strip()) : LocalizedText.of(text.strip(), body.mn());
            }
            customs.keep(item.id(), url, CustomParameters.parse(link.get("custom")));
            drafts.editItem(author, course.id(), item.id(), item.draftVersion(), title, body, url,
                    item.completion(), item.minScore(), item.required());
        }
        return new Chosen(course.code(), item.id());
    }

    /**
     * The first ltiResourceLink (its url, title, text and custom parameters kept on the item); none
     * (the author chose nothing) leaves the item as it was.
     */
    private static Map<?, ?> link(JWTClaimsSet claims, LtiTool tool) {
        Object items = claims.getClaim(DL + "content_items");
        if (!(items instanceof List<?> list)) {
            return null;
        }
        for (Object entry : list) {
            if (entry instanceof Map<?, ?> item && "ltiResourceLink".equals(item.get("type"))
                    && item.get("url") instanceof String url) {
                if (!LtiToolService.isWebAddress(url)
                        || !LtiToolService.origin(url).equals(tool.origin())) {
                    throw DomainException.invalid("JWT", "must link to the tool's own address");
                }
                return item;
            }
        }
        return null;
    }
}
