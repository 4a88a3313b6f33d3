package org.surgalt.h5p;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.surgalt.platform.DomainException;

/**
 * H5P packages unpacked for playing: their files through {@link PackageFiles} (once per distinct
 * package, content-addressed), what the player needs from h5p.json in h5p_package. The upload
 * pipeline has already checked the package (content/ManifestH5pReader); here a package without
 * h5p.json is simply not an H5P one.
 */
@ApplicationScoped
public class H5pPackages {

    static final String H5P_JSON = "h5p.json";

    private final PackageFiles files;
    private final ObjectMapper json;
    private final Map<String, H5pPackage> known = new ConcurrentHashMap<>();
    /** Packages found not to be H5P: their content never changes (it is addressed by its SHA-256). */
    private final Map<String, String> notH5p = new ConcurrentHashMap<>();

    /** A package ready to play: its title and main library ("H5P.TrueFalse 1.6"). */
    public record H5pPackage(String sha256, String title, String mainLibrary) {
    }

    H5pPackages(PackageFiles files, ObjectMapper json) {
        this.files = files;
        this.json = json;
    }

    /** The package, unpacked now if it was not yet; refused (invalid) when it is no H5P package. */
    public H5pPackage unpack(String sha256) {
        Optional<H5pPackage> found = find(sha256);
        if (found.isPresent()) {
            return found.get();
        }
        String refused = notH5p.get(sha256);
        if (refused != null) {
            throw DomainException.invalid("package", refused);
        }
        H5pPackage read;
        try {
            read = unpackNow(sha256);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.INVALID) {
                notH5p.put(sha256, e.fieldErrors().get(0).message());
            }
            throw e;
        }
        known.put(sha256, read);
        return read;
    }

    private H5pPackage unpackNow(String sha256) {
        return files.unpack(sha256, zip -> read(sha256, zip), (c, p, count, bytes) -> {
            try (var s = c.prepareStatement("INSERT IGNORE INTO h5p_package (sha256, main_library, structure,"
                    + " file_count, bytes) VALUES (?, ?, ?, ?, ?)")) {
                s.setString(1, sha256);
                s.setString(2, p.mainLibrary());
                s.setString(3, json.createObjectNode().put("title", p.title()).put("mainLibrary", p.mainLibrary())
                        .toString());
                s.setInt(4, count);
                s.setLong(5, bytes);
                s.executeUpdate();
            }
        });
    }

    /** The package if it has been unpacked. */
    public Optional<H5pPackage> find(String sha256) {
        H5pPackage cached = known.get(sha256);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<H5pPackage> row = files.work(c -> {
            try (var s = c.prepareStatement("SELECT structure FROM h5p_package WHERE sha256 = ?")) {
                s.setString(1, sha256);
                try (var r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.<H5pPackage>empty();
                    }
                    try {
                        JsonNode structure = json.readTree(r.getString(1));
                        return Optional.of(new H5pPackage(sha256, structure.path("title").asText(""),
                                structure.path("mainLibrary").asText("")));
                    } catch (IOException e) {
                        throw new IllegalStateException("Unreadable structure of H5P package " + sha256, e);
                    }
                }
            }
        });
        row.ifPresent(p -> known.put(sha256, p));
        return row;
    }

    private H5pPackage read(String sha256, ZipFile zip) throws IOException {
        ZipArchiveEntry entry = zip.getEntry(H5P_JSON);
        if (entry == null) {
            throw new NotPlayable("h5p.json is missing at the root of the package");
        }
        JsonNode h5p;
        try {
            h5p = json.readTree(PackageFiles.read(zip, entry, 1L << 20));
        } catch (IOException e) {
            throw new NotPlayable("h5p.json is not valid JSON");
        }
        String main = h5p.path("mainLibrary").asText("");
        String version = "";
        for (JsonNode dependency : h5p.path("preloadedDependencies")) {
            if (main.equals(dependency.path("machineName").asText())) {
                version = " " + dependency.path("majorVersion").asText() + "." + dependency.path("minorVersion").asText();
            }
        }
        if (main.isEmpty()) {
            throw new NotPlayable("h5p.json does not name its main library (mainLibrary)");
        }
        return new H5pPackage(sha256, h5p.path("title").asText(""), main + version);
    }
}
