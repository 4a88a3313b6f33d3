package org.surgalt.cmi5;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.surgalt.content.AssetStore;
import org.surgalt.content.PackageFiles;
import org.surgalt.platform.DomainException;

/**
 * The AU files of zipped cmi5 courses, unpacked once per distinct package (by content, into the
 * files SCORM packages use: content/PackageFiles) on the first launch, and served from the
 * content origin under /cmi5/files/.
 */
@ApplicationScoped
class Cmi5Packages {

    private static final Logger LOG = Logger.getLogger(Cmi5Packages.class);

    private final AssetStore assets;
    private final PackageFiles files;
    private final EntityManager em;
    private final Set<String> unpacked = ConcurrentHashMap.newKeySet();

    Cmi5Packages(AssetStore assets, PackageFiles files, EntityManager em) {
        this.assets = assets;
        this.files = files;
        this.em = em;
    }

    void unpack(String sha256) {
        if (unpacked.contains(sha256) || known(sha256)) {
            unpacked.add(sha256);
            return;
        }
        List<PackageFiles.Extracted> extracted;
        try {
            extracted = assets.withLocalFile(sha256, path -> {
                try (ZipFile zip = ZipFile.builder().setPath(path).setUseUnicodeExtraFields(false).get()) {
                    return files.extract(zip);
                }
            });
        } catch (PackageFiles.Refused e) {
            throw DomainException.invalid("package", e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException("Could not unpack cmi5 package " + sha256, e);
        }
        long bytes = extracted.stream().mapToLong(PackageFiles.Extracted::size).sum();
        QuarkusTransaction.requiringNew().run(() -> em.unwrap(Session.class).doWork(c -> {
            PackageFiles.index(c, sha256, extracted);
            try (var s = c.prepareStatement("INSERT IGNORE INTO cmi5_package (sha256, file_count, bytes) VALUES (?, ?, ?)")) {
                s.setString(1, sha256);
                s.setInt(2, extracted.size());
                s.setLong(3, bytes);
                s.executeUpdate();
            }
        }));
        LOG.infof("Unpacked cmi5 package %s: %d files, %d bytes", sha256, extracted.size(), bytes);
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
