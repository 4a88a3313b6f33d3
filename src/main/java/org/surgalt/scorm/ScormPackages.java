package org.surgalt.scorm;

import org.surgalt.scorm.manifest.PackageStructure;
import org.surgalt.scorm.manifest.PackageRejected;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.surgalt.contentorigin.PackageFiles;
import org.surgalt.contentorigin.PackageFiles.NotPlayable;

/**
 * SCORM packages unpacked for playing: their files through {@link PackageFiles} (once per distinct
 * package), their parsed manifest in scorm_package.
 *
 * <p>Unpacking runs when a version is published and, for a package published before this
 * existed, on its first launch.
 */
@ApplicationScoped
public class ScormPackages {

    private static final String MANIFEST = "imsmanifest.xml";

    private final PackageFiles files;
    private final ObjectMapper json;
    private final Map<String, Unpacked> structures = new ConcurrentHashMap<>();

    /** A package ready to play: its parsed manifest. */
    public record Unpacked(String sha256, PackageStructure structure) {
    }

    ScormPackages(PackageFiles files, ObjectMapper json) {
        this.files = files;
        this.json = json;
    }

    /** The package, unpacked now if it was not yet; refused (invalid) when it is no SCORM package. */
    public Unpacked unpack(String sha256) {
        Optional<Unpacked> known = find(sha256);
        if (known.isPresent()) {
            return known.get();
        }
        PackageStructure structure = files.unpack(sha256, ScormPackages::manifest, (c, read, count, bytes) -> {
            try (var s = c.prepareStatement("INSERT IGNORE INTO scorm_package (sha256, standard, structure, file_count,"
                    + " bytes) VALUES (?, ?, ?, ?, ?)")) {
                s.setString(1, sha256);
                s.setString(2, read.standard().name());
                s.setString(3, text(read));
                s.setInt(4, count);
                s.setLong(5, bytes);
                s.executeUpdate();
            }
        });
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
        String text = files.work(c -> {
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

    private static PackageStructure manifest(ZipFile zip) throws IOException {
        ZipArchiveEntry manifest = zip.getEntry(MANIFEST);
        if (manifest == null) {
            throw new NotPlayable(MANIFEST + " is missing at the root of the package");
        }
        try {
            return PackageStructure.read(PackageFiles.read(zip, manifest, 16L << 20));
        } catch (PackageRejected e) {
            throw new NotPlayable(e.getMessage());
        }
    }

    private String text(PackageStructure structure) {
        try {
            return json.writeValueAsString(structure);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
