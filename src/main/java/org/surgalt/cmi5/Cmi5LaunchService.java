package org.surgalt.cmi5;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.surgalt.content.ManifestPaths;
import org.surgalt.contentorigin.LaunchTokenSigner;
import org.surgalt.course.Course;
import org.surgalt.course.CourseAccess;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseService;
import org.surgalt.course.ItemAccess;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.xapi.document.XapiDocuments;

/**
 * Launching an AU (cmi5 section 8 and 10): the learner's registration for the course (made on the
 * first launch, when NotApplicable AUs are satisfied), the end of a session left open (abandoned),
 * a new session, the LMS.LaunchData state document, the "launched" statement, and the launch URL:
 * the AU's URL with endpoint, fetch, actor, registration and activityId added to its own query.
 */
@ApplicationScoped
public class Cmi5LaunchService {

    static final String KIND = "cmi5";
    static final String LAUNCH_DATA = "LMS.LaunchData";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CourseService courses;
    private final CourseAccess access;
    private final ItemAccess items;
    private final Cmi5Store store;
    private final Cmi5Packages packages;
    private final LmsStatements lms;
    private final Satisfaction satisfaction;
    private final XapiDocuments documents;
    private final LaunchTokenSigner tokens;

    Cmi5LaunchService(CourseService courses, CourseAccess access, ItemAccess items, Cmi5Store store,
            Cmi5Packages packages, LmsStatements lms, Satisfaction satisfaction, XapiDocuments documents,
            LaunchTokenSigner tokens) {
        this.courses = courses;
        this.access = access;
        this.items = items;
        this.store = store;
        this.packages = packages;
        this.lms = lms;
        this.satisfaction = satisfaction;
        this.documents = documents;
        this.tokens = tokens;
    }

    /** Where the launch happens: the application's origin (returnURL, LRS of absolute AUs) and the content origin. */
    public record Origins(String app, String content) {
    }

    /** The AU item a viewer opened in the current version, and whether what they do there counts. */
    record Opened(Course course, CourseContent content, ItemContent item, Cmi5Store.AuItem au, boolean counts) {
    }

    Opened open(Viewer viewer, String code, long itemId) {
        Course course = courses.courseByCode(code);
        CourseContent content = courses.content(viewer, course, null);
        ItemContent item = content.item(itemId).orElseThrow(() -> DomainException.notFound("item", itemId));
        items.requireMayRead(viewer, course, content, item);
        Cmi5Store.AuItem au = store.au(itemId).orElseThrow(() -> DomainException.notFound("cmi5 AU", itemId));
        boolean counts = courses.isEnrolled(viewer.userId(), course.id()) && !access.canEdit(viewer, course);
        return new Opened(course, content, item, au, counts);
    }

    /** Launches the AU of an item; {@code mode}: Normal, Browse or Review (null: Normal). Returns the launch URL. */
    @Transactional
    public String launch(Viewer viewer, String code, long itemId, String mode, Origins origins) {
        String launchMode = mode(mode);
        Opened opened = open(viewer, code, itemId);
        Cmi5Store.AuItem au = opened.au();
        boolean packaged = !ManifestPaths.isAbsoluteUrl(au.url());
        if (packaged) {
            packages.unpack(au.packageSha256());
        }
        Cmi5Store.Registration registration = store.registration(viewer.userId(), au.cmi5CourseId());
        if (registration.created()) {
            // moveOn is evaluated when the registration is made (9.6.1): NotApplicable AUs are satisfied now.
            satisfaction.settle(registration, au, UUID.randomUUID().toString(), opened.counts());
        }
        abandonOpen(registration);
        int version = opened.content().version() == null ? 0 : opened.content().version();
        Cmi5Store.Cmi5Session session = store.startSession(registration.id(), itemId, version, launchMode,
                opened.counts());
        String activityId = lms.auId(au.cmi5CourseId(), au.auIndex());
        ObjectNode actor = lms.actor(viewer.userId());
        String auUrl = packaged ? origins.content() + "/cmi5/files/" + au.packageSha256() + "/" + packagePath(au.url())
                : au.url().strip();
        documents.putState(activityId, actor, registration.registration(), LAUNCH_DATA, "application/json",
                launchData(au, registration.registration(), session.sessionId(), launchMode,
                        origins.app() + "/courses/" + code + "/items/" + itemId));
        lms.launched(viewer.userId(), registration.registration(), activityId, au.publisherId(), au.activityType(),
                session.sessionId(), launchMode, auUrl, au.moveOn(), au.launchParameters(), au.masteryScore());
        String fetch = origins.content() + "/cmi5/fetch/"
                + tokens.open(KIND, viewer.userId(), opened.course().id(), itemId, version, session.id(),
                        viewer.locale().getLanguage());
        String endpoint = (packaged ? origins.content() : origins.app()) + "/xapi/";
        return withParameters(auUrl, "endpoint=" + encode(endpoint) + "&fetch=" + encode(fetch) + "&actor="
                + encode(actor.toString()) + "&registration=" + encode(registration.registration()) + "&activityId="
                + encode(activityId));
    }

    /** A session left without "terminated" ends when the next launch in the registration starts (9.3.6). */
    private void abandonOpen(Cmi5Store.Registration registration) {
        for (Cmi5Store.Cmi5Session open : store.openSessions(registration.id())) {
            store.abandon(open.id());
            store.au(open.itemId()).ifPresent(au -> lms.abandoned(registration.userId(), registration.registration(),
                    lms.auId(au.cmi5CourseId(), au.auIndex()), au.publisherId(), open.sessionId(), open.launchedAt(),
                    open.lastStatementAt()));
        }
    }

    private static byte[] launchData(Cmi5Store.AuItem au, String registration, String sessionId, String mode,
            String returnUrl) {
        ObjectNode data = JSON.createObjectNode();
        data.set("contextTemplate", LmsStatements.contextTemplate(registration, au.publisherId(), sessionId));
        ((ObjectNode) data.get("contextTemplate")).remove("registration");
        data.put("launchMode", mode);
        if (au.launchParameters() != null) {
            data.put("launchParameters", au.launchParameters());
        }
        if (au.masteryScore() != null) {
            data.put("masteryScore", au.masteryScore());
        }
        data.put("moveOn", au.moveOn());
        data.put("returnURL", returnUrl);
        if (au.entitlementKey() != null) {
            data.putObject("entitlementKey").put("courseStructure", au.entitlementKey());
        }
        return data.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String mode(String requested) {
        if (requested == null || requested.isBlank()) {
            return "Normal";
        }
        return switch (requested.strip().toLowerCase(Locale.ROOT)) {
            case "normal" -> "Normal";
            case "browse" -> "Browse";
            case "review" -> "Review";
            default -> throw DomainException.invalid("mode", "must be normal, browse or review");
        };
    }

    /** The AU's path in its package, each segment encoded, with its own query and fragment as written. */
    static String packagePath(String url) {
        String trimmed = url.strip();
        int cut = trimmed.indexOf('?') >= 0 ? trimmed.indexOf('?') : trimmed.indexOf('#');
        String rest = cut < 0 ? "" : trimmed.substring(cut);
        String path = ManifestPaths.normalize(trimmed);
        return Arrays.stream(path.split("/")).map(s -> encode(s).replace("+", "%20"))
                .collect(Collectors.joining("/")) + rest;
    }

    /** Adds the launch parameters to the URL's query (before any fragment), merging with its own (8.1). */
    static String withParameters(String url, String parameters) {
        int hash = url.indexOf('#');
        String base = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        String separator = !base.contains("?") ? "?" : base.endsWith("?") || base.endsWith("&") ? "" : "&";
        return base + separator + parameters + fragment;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
