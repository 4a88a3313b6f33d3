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

    @Transactional
    public String launch(Viewer viewer, String code, long itemId, String language) {
        LaunchService.Opened opened = items.open(viewer, code, itemId, false);
        String sha = opened.item().file().sha256();
        try {
            packages.unpack(sha);
        } catch (DomainException notH5p) {
            // A SCORM or cmi5 package item: it exists, but it is no H5P item.
            throw DomainException.notFound("H5P item", itemId);
        }
        H5pStore.UserData data = store.open(viewer.userId(), opened.content().courseId(), itemId, sha, opened.counts());
        Integer version = opened.content().version();
        return tokens.open(KIND, viewer.userId(), data.courseId(), itemId, version == null ? 0 : version, data.id(),
                language);
    }
}
