package org.surgalt.scorm;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.surgalt.contentorigin.ContentOrigin;
import org.surgalt.course.Course;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.ItemKind;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.progress.ProgressAccess;
import org.surgalt.web.security.SecurityHeaders;

/**
 * What an item page shows for a SCORM package: the player (framed, or a button that opens it in
 * a window of its own), the viewer's attempts, a way to start another where allowed, and for the
 * course's staff the report of everyone's attempts. Other packages (Common Cartridge, cmi5) get
 * nothing here and stay downloads.
 */
@ApplicationScoped
public class PackageItems {

    private final ScormPackages packages;
    private final LaunchService launches;
    private final ContentOrigin origin;
    private final ProgressAccess progressAccess;
    private final Set<String> notScorm = ConcurrentHashMap.newKeySet();

    PackageItems(ScormPackages packages, LaunchService launches, ContentOrigin origin, ProgressAccess progressAccess) {
        this.packages = packages;
        this.launches = launches;
        this.origin = origin;
        this.progressAccess = progressAccess;
    }

    /**
     * {@code launch}: the player's address on the application (it redirects to the content
     * origin); {@code policy}: the page's Content-Security-Policy, which must let it frame the
     * content origin; {@code report}: the attempts of everyone, for staff, else null.
     */
    public record PackageItemView(String launch, boolean newWindow, String policy, LaunchService.Attempts attempts,
            String newAttempt, String report) {
    }

    /** The view for a SCORM package item in the current version, or null for anything else. */
    public PackageItemView view(Viewer viewer, Course course, CourseContent content, ItemContent item,
            HttpServerRequest request) {
        if (item.kind() != ItemKind.PACKAGE || item.file() == null || content.isDraft() || !playable(item)) {
            return null;
        }
        String base = "/courses/" + content.code() + "/packages/" + item.id();
        LaunchService.Attempts attempts = launches.attempts(viewer, content, item);
        return new PackageItemView(base + "/launch", attempts.newWindow(),
                SecurityHeaders.policyFraming(origin.contentFor(request)), attempts, base + "/attempts",
                progressAccess.canListLearners(viewer, course) ? base + "/report" : null);
    }

    private boolean playable(ItemContent item) {
        String sha = item.file().sha256();
        if (notScorm.contains(sha)) {
            return false;
        }
        try {
            packages.unpack(sha);
            return true;
        } catch (DomainException e) {
            notScorm.add(sha);
            return false;
        }
    }
}
