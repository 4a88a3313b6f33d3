package org.surgalt.cmi5;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.surgalt.content.ManifestPaths;
import org.surgalt.contentorigin.ContentOrigin;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.identity.Viewer;
import org.surgalt.web.security.SecurityHeaders;

/**
 * What an item page shows for a cmi5 AU: its launch (framed for an AnyWindow AU in the course's
 * package, else a link that opens a window of its own; a plain link either way, so it works
 * without JavaScript), the learner's state in the AU, and its objectives.
 */
@ApplicationScoped
public class Cmi5Items {

    private final Cmi5Store store;
    private final ContentOrigin origin;
    private final ObjectMapper json;

    Cmi5Items(Cmi5Store store, ContentOrigin origin, ObjectMapper json) {
        this.store = store;
        this.origin = origin;
        this.json = json;
    }

    /**
     * {@code state}: the learner's, one of not_started, in_progress, completed, passed, failed,
     * waived, satisfied; {@code policy}: the page's Content-Security-Policy when it frames the AU.
     */
    public record Cmi5ItemView(String launch, String review, String browse, boolean framed, String policy,
            String state, String moveOn, String masteryPercent, List<Structure.Objective> objectives) {
    }

    /** The view for a cmi5 AU item of the current version, or null for any other item (and in a draft). */
    @Transactional
    public Cmi5ItemView view(Viewer viewer, CourseContent content, ItemContent item, HttpServerRequest request) {
        if (content.isDraft()) {
            return null;
        }
        Optional<Cmi5Store.AuItem> found = store.au(item.id());
        if (found.isEmpty()) {
            return null;
        }
        Cmi5Store.AuItem au = found.get();
        String base = "/courses/" + content.code() + "/cmi5/" + item.id() + "/launch";
        boolean framed = "AnyWindow".equals(au.launchMethod()) && !ManifestPaths.isAbsoluteUrl(au.url());
        String state = store.findRegistration(viewer.userId(), au.cmi5CourseId())
                .map(registration -> state(registration, au)).orElse("not_started");
        return new Cmi5ItemView(base, base + "?mode=review", base + "?mode=browse", framed,
                framed ? SecurityHeaders.policyFraming(origin.contentFor(request)) : null, state, au.moveOn(),
                au.masteryScore() == null ? null : au.masteryScore().movePointRight(2).stripTrailingZeros().toPlainString(),
                objectives(au));
    }

    private String state(Cmi5Store.Registration registration, Cmi5Store.AuItem au) {
        Set<String> done = store.progress(registration.id());
        String node = "au:" + au.auIndex() + " ";
        for (String what : List.of("waived", "satisfied", "passed", "completed", "failed")) {
            if (done.contains(node + what)) {
                return what;
            }
        }
        return store.sessionsOf(registration.id(), au.itemId()).isEmpty() ? "not_started" : "in_progress";
    }

    private List<Structure.Objective> objectives(Cmi5Store.AuItem au) {
        try {
            return List.of(json.readValue(au.objectives(), Structure.Objective[].class));
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
