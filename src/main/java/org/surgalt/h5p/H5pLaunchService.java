package org.surgalt.h5p;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.surgalt.contentorigin.LaunchTokenSigner;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.scorm.LaunchService;

/**
 * The application's side of playing an H5P item: who may open it (as for any package item), the
 * learner's record (one per item: H5P activities resume, they have no attempts), and the
 * short-lived token that opens the player on the content origin.
 */
@ApplicationScoped
public class H5pLaunchService {

    static final String KIND = "h5p";

    private final LaunchService items;
    private final H5pPackages packages;
    private final H5pStore store;
    private final LaunchTokenSigner tokens;

    H5pLaunchService(LaunchService items, H5pPackages packages, H5pStore store, LaunchTokenSigner tokens) {
        this.items = items;
        this.packages = packages;
        this.store = store;
        this.tokens = tokens;
    }

    /**
     * {@code draft}: the draft's package, for its authors and reviewers, never counted (their
     * record's state then belongs to the draft's package until they open the published one).
     */
    @Transactional
    public String launch(Viewer viewer, String code, long itemId, String language, boolean draft) {
        LaunchService.Opened opened = items.open(viewer, code, itemId, draft);
        String sha = opened.item().file().sha256();
        if (!plays(sha)) {
            // A SCORM or cmi5 package item: it exists, but it is no H5P item.
            throw DomainException.notFound("H5P item", itemId);
        }
        H5pStore.UserData data = store.open(viewer.userId(), opened.content().courseId(), itemId, sha, opened.counts());
        Integer version = opened.content().version();
        return tokens.open(KIND, viewer.userId(), data.courseId(), itemId, version == null ? 0 : version, data.id(),
                language);
    }

    /** Whether the package item the viewer may open is an H5P one (the package doors send those here). */
    public boolean isH5p(Viewer viewer, String code, long itemId, boolean draft) {
        return plays(items.open(viewer, code, itemId, draft).item().file().sha256());
    }

    private boolean plays(String sha) {
        try {
            packages.unpack(sha);
            return true;
        } catch (DomainException notH5p) {
            return false;
        }
    }
}
