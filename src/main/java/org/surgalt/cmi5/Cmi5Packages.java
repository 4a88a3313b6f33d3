package org.surgalt.cmi5;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.Session;
import org.surgalt.contentorigin.PackageFiles;

/**
 * The AU files of zipped cmi5 courses, unpacked once per distinct package (by content, through
 * contentorigin/PackageFiles, which SCORM and H5P packages use too) on the first launch, and
 * served from the content origin under /cmi5/files/.
 */
@ApplicationScoped
class Cmi5Packages {

    private final PackageFiles files;
    private final EntityManager em;
    private final Set<String> unpacked = ConcurrentHashMap.newKeySet();

    Cmi5Packages(PackageFiles files, EntityManager em) {
        this.files = files;
        this.em = em;
    }

    void unpack(String sha256) {
        if (unpacked.contains(sha256) || known(sha256)) {
            unpacked.add(sha256);
            return;
        }
        // Nothing to read first (the course structure was read at import); cmi5_package records the unpacking.
        files.unpack(sha256, zip -> Boolean.TRUE, (c, ignored, fileCount, bytes) -> {
            try (var s = c.prepareStatement(
                    "INSERT IGNORE INTO cmi5_package (sha256, file_count, bytes) VALUES (?, ?, ?)")) {
                s.setString(1, sha256);
                s.setInt(2, fileCount);
                s.setLong(3, bytes);
                s.executeUpdate();
            }
        });
        unpacked.add(sha256);
    }

    private boolean known(String sha256) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (var s = c.prepareStatement("SELECT 1 FROM cmi5_package WHERE sha256 = ?")) {
                s.setString(1, sha256);
                try (var r = s.executeQuery()) {
                    return r.next();
                }
            }
        });
    }
}
