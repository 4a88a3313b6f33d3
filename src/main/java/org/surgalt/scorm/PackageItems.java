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
import org.surgalt.h5p.H5pPackages;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.progress.ProgressAccess;
import org.surgalt.web.security.SecurityHeaders;

/**
 * What an item page shows for a package that plays: for SCORM, the player (framed, or a button
 * that opens it in a window of its own), the viewer's attempts, a way to start another where
 * allowed, and for the course's staff the report of everyone's attempts; for H5P, the framed
 * player alone (an H5P activity resumes, it has no attempts). Other packages (Common Cartridge,
 * cmi5) get nothing here and stay downloads.
 */
@ApplicationScoped
public class PackageItems {

    private final ScormPackages packages;
    private final LaunchService launches;
    private final ContentOrigin origin;
    private final ProgressAccess progressAccess;
    private final H5pPackages h5p;
    private final Set<String> notScorm = ConcurrentHashMap.newKeySet();
    private final Set<String> notH5p = ConcurrentHashMap.newKeySet();

    PackageItems(ScormPackages packages, LaunchService launches, ContentOrigin origin, ProgressAccess progressAccess,
            H5pPackages h5p) {
        this.packages = packages;
        this.h5p = h5p;
        this.launches = launches;
        this.origin = origin;
        this.progressAccess = progressAccess;
    }

    /**
     * {@code launch}: the player's address on the application (it redirects to the content
     * origin); {@code policy}: the page's Content-Security-Policy, which must let it frame the
     * content origin; {@code report}: the attempts of everyone, for staff, else null;
     * {@code attempts}: null for H5P.
     */
    public record PackageItemView(String launch, boolean newWindow, String policy, LaunchService.Attempts attempts,
            String newAttempt, String report) {
    }

    /** The view for a SCORM package item in the current version, or null for anything else. */
    public PackageItemView view(Viewer viewer, Course course, CourseContent content, ItemContent item,
            HttpServerRequest request) {
        if (item.kind() != ItemKind.PACKAGE || item.file() == null || content.isDraft()) {
            return null;
        }
        if (!playable(item)) {
            return h5p(item) ? new PackageItemView("/courses/" + content.code() + "/h5p/" + item.id() + "/launch",
                    false, SecurityHeaders.policyFraming(origin.contentFor(request)), null, null, null) : null;
        }
        String base = "/courses/" + content.code() + "/packages/" + item.id();
        LaunchService.Attempts attempts = launches.attempts(viewer, content, item);
        return new PackageItemView(base + "/launch", attempts.newWindow(),
                SecurityHeaders.policyFraming(origin.contentFor(request)), attempts, base + "/attempts",
                progressAccess.canListLearners(viewer, course) ? base + "/report" : null);
    }

    private boolean h5p(ItemContent item) {
        String sha = item.file().sha256();
        if (notH5p.contains(sha)) {
            return false;
        }
        try {
            h5p.unpack(sha);
            return true;
        } catch (DomainException e) {
            notH5p.add(sha);
            return false;
        }
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
