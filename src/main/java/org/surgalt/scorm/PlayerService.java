package org.surgalt.scorm;

import org.surgalt.scorm.manifest.PackageStructure;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
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
import org.surgalt.scorm.manifest.PackageStructure.Standard;

/**
 * The player page on the content origin: opened with the short-lived token the application
 * made, it gets everything to resume the attempt (each SCO's last committed data, the sequencing
 * state, where the learner was) and the session token its commits carry.
 */
@ApplicationScoped
public class PlayerService {

    private final LaunchTokenVerifier verifier;
    private final LaunchTokenSigner signer;
    private final ScormStore store;
    private final ScormPackages packages;
    private final CourseService courses;
    private final IdentityService identity;
    private final ObjectMapper json;

    PlayerService(LaunchTokenVerifier verifier, LaunchTokenSigner signer, ScormStore store, ScormPackages packages,
            CourseService courses, IdentityService identity, ObjectMapper json) {
        this.verifier = verifier;
        this.signer = signer;
        this.store = store;
        this.packages = packages;
        this.courses = courses;
        this.identity = identity;
        this.json = json;
    }

    /** The page's data; {@code launchJson} is safe to put inside a script element as it is. */
    public record Player(String title, String lang, String library, String launchJson) {
    }

    @Transactional
    public Player open(String token, String appOrigin) {
        LaunchClaims claims = verifier.opening(token, LaunchService.KIND);
        ScormStore.Attempt attempt = store.attempt(claims.recordId(), false)
                .filter(a -> a.userId() == claims.userId() && a.itemId() == claims.itemId())
                .orElseThrow(() -> DomainException.notFound("attempt", claims.recordId()));
        if (!attempt.open()) {
            throw DomainException.conflict("This attempt is closed: a newer one was started. Open the item again.");
        }
        PackageStructure structure = packages.find(attempt.packageSha256()).orElseThrow().structure();
        Course course = courses.course(attempt.courseId());
        Optional<ItemContent> item = courses.currentVersion(course).flatMap(c -> c.item(attempt.itemId()));
        Integer mastery = item.map(ItemContent::minScore).orElse(null);
        Map<String, ScormStore.ScoState> states = store.scoStates(attempt.id());

        ObjectNode launch = json.createObjectNode();
        launch.put("standard", structure.standard() == Standard.SCORM_1_2 ? "1.2" : "2004");
        launch.put("commitUrl", "/scorm/commit");
        launch.put("token", signer.session(claims));
        launch.put("filesBase", "/scorm/files/" + attempt.packageSha256() + "/");
        launch.set("tree", json.valueToTree(structure.root()));
        ArrayNode scos = launch.putArray("scos");
        for (PackageStructure.Sco sco : structure.scos()) {
            ObjectNode node = json.valueToTree(sco);
            if (mastery != null) {
                // The author's mastery score overrides the package's, and the SCO is told so.
                node.put("masteryScore", mastery);
                node.put("scaledPassingScore", mastery / 100.0);
            }
            ScormStore.ScoState state = states.get(sco.id());
            node.set("cmi", state == null ? null : readTree(state.cmi()));
            node.put("seq", state == null ? 0 : state.seq());
            scos.add(node);
        }
        launch.set("sequencing", json.valueToTree(structure.sequencing()));
        launch.put("sequencingState", attempt.sequencingState());
        launch.put("start", attempt.lastSco());
        ObjectNode learner = launch.putObject("learner");
        learner.put("id", Long.toString(attempt.userId()));
        learner.put("name", identity.findUser(attempt.userId()).map(User::displayName).orElse(""));
        // A draft's trial goes back to the item's editor; a learner's to the item.
        launch.put("exitUrl", appOrigin + (attempt.courseVersion() == 0 ? "/author/courses/" : "/courses/")
                + course.code() + "/items/" + attempt.itemId());
        launch.put("attempt", attempt.number());
        String title = item.map(i -> i.title().in(java.util.Locale.forLanguageTag(claims.language())))
                .orElse(structure.title());
        return new Player(title, "mn".equals(claims.language()) ? "mn" : "en",
                structure.standard() == Standard.SCORM_1_2 ? "scorm12.min.js" : "scorm2004.min.js",
                scriptSafe(launch.toString()));
    }

    private JsonNode readTree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** JSON inside a script element: no "</script>" or "<!--" can end or bend it (the H5P player's too). */
    public static String scriptSafe(String jsonText) {
        return jsonText.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
