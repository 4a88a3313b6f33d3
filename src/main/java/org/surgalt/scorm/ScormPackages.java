package org.surgalt.scorm;

import org.surgalt.scorm.manifest.PackageStructure;
import org.surgalt.scorm.manifest.PackageRejected;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.surgalt.content.AssetStore;
import org.surgalt.content.PackageFiles;
import org.surgalt.platform.DomainException;

/**
 * SCORM packages unpacked for playing. Each distinct package (by the SHA-256 of its ZIP) is
 * unpacked once, whichever version or course uses it, its files into content/PackageFiles (which
 * cmi5 shares) and its parsed manifest into scorm_package.
 *
 * <p>Unpacking runs when a version is published and, for a package published before this
 * existed, on its first launch. Two instances unpacking the same package at once store the same
 * bytes under the same names; the index rows are inserted with INSERT IGNORE.
 */
@ApplicationScoped
public class ScormPackages {

    private static final Logger LOG = Logger.getLogger(ScormPackages.class);
    private static final String MANIFEST = "imsmanifest.xml";

    private final AssetStore assets;
    private final PackageFiles packageFiles;
    private final EntityManager em;
    private final ObjectMapper json;
    private final Map<String, Unpacked> structures = new ConcurrentHashMap<>();

    /** A package ready to play: its parsed manifest. */
    public record Unpacked(String sha256, PackageStructure structure) {
    }

    ScormPackages(AssetStore assets, PackageFiles packageFiles, EntityManager em, ObjectMapper json) {
        this.assets = assets;
        this.packageFiles = packageFiles;
        this.em = em;
        this.json = json;
    }

    /** The package, unpacked now if it was not yet; refused (invalid) when it is no SCORM package. */
    public Unpacked unpack(String sha256) {
        Optional<Unpacked> known = find(sha256);
        if (known.isPresent()) {
            return known.get();
        }
        PackageStructure structure;
        List<PackageFiles.Extracted> rows;
        try {
            UnpackResult result = assets.withLocalFile(sha256, this::unpackFile);
            structure = result.structure;
            rows = result.rows;
        } catch (PackageFiles.Refused e) {
            throw DomainException.invalid("package", e.getMessage());
        } catch (UncheckedIOException | IOException e) {
            throw new IllegalStateException("Could not unpack package " + sha256, e);
        }
        String text;
        try {
            text = json.writeValueAsString(structure);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        long bytes = rows.stream().mapToLong(PackageFiles.Extracted::size).sum();
        QuarkusTransaction.requiringNew().run(() -> work(c -> {
            PackageFiles.index(c, sha256, rows);
            try (var s = c.prepareStatement("INSERT IGNORE INTO scorm_package (sha256, standard, structure, file_count,"
                    + " bytes) VALUES (?, ?, ?, ?, ?)")) {
                s.setString(1, sha256);
                s.setString(2, structure.standard().name());
                s.setString(3, text);
                s.setInt(4, rows.size());
                s.setLong(5, bytes);
                s.executeUpdate();
            }
            return null;
        }));
        LOG.infof("Unpacked package %s: %d files, %d bytes", sha256, rows.size(), bytes);
        Unpacked unpacked = new Unpacked(sha256, structure);
        structures.put(sha256, unpacked);
        return unpacked;
    }

    /** The package if it has been unpacked. */
    public Optional<Unpacked> find(String sha256) {
        Unpacked cached = structures.get(sha256);
        if (cached != null) {
            return Optional.of(cached);
        }
        String text = work(c -> {
            try (var s = c.prepareStatement("SELECT structure FROM scorm_package WHERE sha256 = ?")) {
                s.setString(1, sha256);
                try (var r = s.executeQuery()) {
                    return r.next() ? r.getString(1) : null;
                }
            }
        });
        if (text == null) {
            return Optional.empty();
        }
        try {
            Unpacked unpacked = new Unpacked(sha256, json.readValue(text, PackageStructure.class));
            structures.put(sha256, unpacked);
            return Optional.of(unpacked);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable structure of package " + sha256, e);
        }
    }

    /** A package file as a response; see {@link PackageFiles#serve}. */
    public jakarta.ws.rs.core.Response serve(String packageSha256, String path, String range) {
        return packageFiles.serve(packageSha256, path, range);
    }

    private record UnpackResult(PackageStructure structure, List<PackageFiles.Extracted> rows) {
    }

    private UnpackResult unpackFile(Path zipPath) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(zipPath).setUseUnicodeExtraFields(false).get()) {
            ZipArchiveEntry manifest = zip.getEntry(MANIFEST);
            if (manifest == null) {
                throw new PackageFiles.Refused(MANIFEST + " is missing at the root of the package");
            }
            PackageStructure structure;
            try (InputStream in = zip.getInputStream(manifest)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                PackageFiles.copyAtMost(in, out, 16L << 20);
                structure = PackageStructure.read(out.toByteArray());
            } catch (PackageRejected e) {
                throw new PackageFiles.Refused(e.getMessage());
            }
            return new UnpackResult(structure, packageFiles.extract(zip));
        }
    }

    private <T> T work(org.hibernate.jdbc.ReturningWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work);
    }
}
