package org.surgalt.h5p;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import org.surgalt.contentorigin.LaunchClaims;
import org.surgalt.contentorigin.LaunchTokenSigner;
import org.surgalt.contentorigin.LaunchTokenVerifier;
import org.surgalt.course.Course;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseService;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.User;
import org.surgalt.platform.DomainException;
import org.surgalt.scorm.PlayerService;
import org.surgalt.xapi.LaunchCredentials;
import org.surgalt.xapi.LaunchScope;
import org.surgalt.xapi.XapiAgents;

/**
 * The H5P player page on the content origin: opened with the token the application made, it gets
 * the package's address, the learner's saved user data, the session token its saves carry, and
 * per-launch LRS credentials for the activity's xAPI statements (sent as the learner's agent, about
 * the item's activity IRI).
 */
@ApplicationScoped
public class H5pPlayerService {

    /** How often the player saves the learner's state while they work, in seconds (and when they leave). */
    static final int SAVE_SECONDS = 15;

    private final LaunchTokenVerifier verifier;
    private final LaunchTokenSigner signer;
    private final H5pStore store;
    private final H5pPackages packages;
    private final CourseService courses;
    private final IdentityService identity;
    private final LaunchCredentials credentials;
    private final XapiAgents agents;
    private final ObjectMapper json;

    H5pPlayerService(LaunchTokenVerifier verifier, LaunchTokenSigner signer, H5pStore store, H5pPackages packages,
            CourseService courses, IdentityService identity, LaunchCredentials credentials, XapiAgents agents,
            ObjectMapper json) {
        this.verifier = verifier;
        this.signer = signer;
        this.store = store;
        this.packages = packages;
        this.courses = courses;
        this.identity = identity;
        this.credentials = credentials;
        this.agents = agents;
        this.json = json;
    }

    /** The page's data; {@code launchJson} is safe to put inside a script element as it is. */
    public record Player(String title, String lang, String launchJson) {
    }

    @Transactional
    public Player open(String token, String appOrigin) {
        LaunchClaims claims = verifier.opening(token, H5pLaunchService.KIND);
        H5pStore.UserData data = store.byId(claims.recordId(), false)
                .filter(d -> d.userId() == claims.userId() && d.itemId() == claims.itemId())
                .orElseThrow(() -> DomainException.notFound("attempt", claims.recordId()));
        H5pPackages.H5pPackage h5p = packages.find(data.packageSha256()).orElseGet(() -> packages.unpack(
                data.packageSha256()));
        Course course = courses.course(data.courseId());
        Optional<ItemContent> item = courses.currentVersion(course).flatMap(c -> c.item(data.itemId()));
        String activity = agents.itemActivity(course.code(), data.itemId());
        String name = identity.findUser(data.userId()).map(User::displayName).orElse(null);

        ObjectNode launch = json.createObjectNode();
        String files = "/h5p/files/" + data.packageSha256();
        launch.put("h5pJsonPath", files);
        launch.put("frameJs", H5pPlayerResource.LIBRARY + "/dist/frame.bundle.js");
        launch.put("frameCss", H5pPlayerResource.LIBRARY + "/dist/styles/h5p.css");
        launch.put("stateUrl", "/h5p/state");
        launch.put("token", signer.session(claims));
        launch.put("seq", data.seq());
        // H5P keeps user data as JSON text and reads it back as such.
        launch.put("state", data.state());
        launch.put("saveSeconds", SAVE_SECONDS);
        launch.put("activityId", activity);
        launch.put("statementsUrl", "/xapi/statements");
        launch.put("authorization", "Basic " + credentials.issue(new LaunchScope(H5pLaunchService.KIND,
                data.userId(), data.courseId(), data.itemId(), claims.courseVersion(), data.id(), null, activity)));
        launch.set("actor", agents.learner(data.userId(), name));
        launch.put("exitUrl", appOrigin + "/courses/" + course.code() + "/items/" + data.itemId());
        String title = item.map(i -> i.title().in(Locale.forLanguageTag(claims.language()))).orElse(h5p.title());
        return new Player(title, "mn".equals(claims.language()) ? "mn" : "en", PlayerService.scriptSafe(launch.toString()));
    }
}
