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
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.tika.Tika;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.surgalt.content.ArchiveEntries;
import org.surgalt.content.AssetStore;
import org.surgalt.content.AssetsConfig;
import org.surgalt.content.FileSystemAssetStore;
import org.surgalt.platform.DomainException;

/**
 * Packages unpacked for playing. Each distinct package (by the SHA-256 of its ZIP) is unpacked
 * once, whichever version or course uses it; each of its files is stored by its own SHA-256 in a
 * store of its own, and found by (package, path) through scorm_package_file. No archive entry's
 * name ever becomes a path on disk, so a hostile name has nowhere to climb to.
 *
 * <p>Unpacking runs when a version is published and, for a package published before this
 * existed, on its first launch. Two instances unpacking the same package at once store the same
 * bytes under the same names; the index rows are inserted with INSERT IGNORE.
 */
@ApplicationScoped
public class ScormPackages {

    private static final Logger LOG = Logger.getLogger(ScormPackages.class);
    private static final String MANIFEST = "imsmanifest.xml";
    private static final Tika TYPES = new Tika();

    private final AssetStore assets;
    private final AssetStore files;
    private final EntityManager em;
    private final ObjectMapper json;
    private final ScormConfig config;
    private final Map<String, Unpacked> structures = new ConcurrentHashMap<>();

    /** A package ready to play: its parsed manifest. */
    public record Unpacked(String sha256, PackageStructure structure) {
    }

    /** One file of a package: where its bytes are, how long, what type. */
    public record PackageFile(String blobSha256, long size, String mediaType) {
    }

    ScormPackages(AssetStore assets, EntityManager em, ObjectMapper json, ScormConfig config, AssetsConfig assetsConfig) {
        this.assets = assets;
        this.files = FileSystemAssetStore.at(config.filesRoot().orElse(assetsConfig.root().resolve("packages")));
        this.em = em;
        this.json = json;
        this.config = config;
    }

    /** The package, unpacked now if it was not yet; refused (invalid) when it is no SCORM package. */
    public Unpacked unpack(String sha256) {
        Optional<Unpacked> known = find(sha256);
        if (known.isPresent()) {
            return known.get();
        }
        PackageStructure structure;
        List<Object[]> rows;
        try {
            UnpackResult result = assets.withLocalFile(sha256, this::unpackFile);
            structure = result.structure;
            rows = result.rows;
            rows.forEach(row -> row[0] = sha256);
        } catch (NotPlayable e) {
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
        long bytes = rows.stream().mapToLong(r -> (Long) r[3]).sum();
        QuarkusTransaction.requiringNew().run(() -> work(c -> {
            try (var s = c.prepareStatement("INSERT IGNORE INTO scorm_package_file (package_sha256, path, blob_sha256,"
                    + " size, media_type) VALUES (?, ?, ?, ?, ?)")) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        s.setObject(i + 1, row[i]);
                    }
                    s.addBatch();
                }
                s.executeBatch();
            }
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

    public Optional<PackageFile> file(String packageSha256, String path) {
        return work(c -> {
            try (var s = c.prepareStatement("SELECT blob_sha256, size, media_type FROM scorm_package_file"
                    + " WHERE package_sha256 = ? AND path = ?")) {
                s.setString(1, packageSha256);
                s.setString(2, path);
                try (var r = s.executeQuery()) {
                    return r.next() ? Optional.of(new PackageFile(r.getString(1), r.getLong(2), r.getString(3)))
                            : Optional.<PackageFile>empty();
                }
            }
        });
    }

    /** The file's bytes, or the part of them a range asks for, as a response body. */
    public jakarta.ws.rs.core.StreamingOutput body(PackageFile file, org.surgalt.content.ByteRange part) {
        return part.body(files, file.blobSha256());
    }

    private record UnpackResult(PackageStructure structure, List<Object[]> rows) {
    }

    private static final class NotPlayable extends IOException {
        NotPlayable(String reason) {
            super(reason, null);
        }
    }

    private UnpackResult unpackFile(Path zipPath) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(zipPath).setUseUnicodeExtraFields(false).get()) {
            ZipArchiveEntry manifest = zip.getEntry(MANIFEST);
            if (manifest == null) {
                throw new NotPlayable(MANIFEST + " is missing at the root of the package");
            }
            PackageStructure structure;
            try (InputStream in = zip.getInputStream(manifest)) {
                structure = PackageStructure.read(readAtMost(in, 16L << 20));
            } catch (PackageRejected e) {
                throw new NotPlayable(e.getMessage());
            }
            List<Object[]> rows = new ArrayList<>();
            long total = 0;
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (entry.isDirectory()) {
                    continue;
                }
                Optional<String> problem = ArchiveEntries.problem(zip, entry);
                if (problem.isPresent()) {
                    throw new NotPlayable(problem.get());
                }
                if (rows.size() >= config.maxFiles()) {
                    throw new NotPlayable("The package has more than " + config.maxFiles() + " files");
                }
                String path = entry.getName();
                if (path.length() > 700) {
                    throw new NotPlayable("A file name in the package is longer than 700 characters: " + path);
                }
                Path temporary = Files.createTempFile("surgalt-unpack", ".part");
                try {
                    MessageDigest digest = sha256();
                    long size;
                    try (InputStream in = zip.getInputStream(entry);
                            OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), digest)) {
                        size = copyAtMost(in, out, config.maxUnpackedBytes() - total);
                    }
                    total += size;
                    String blob = HexFormat.of().formatHex(digest.digest());
                    files.store(temporary, blob);
                    rows.add(new Object[] {null, path, blob, size, TYPES.detect(path)});
                } finally {
                    Files.deleteIfExists(temporary);
                }
            }
            return new UnpackResult(structure, rows);
        }
    }

    private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long count = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            count += n;
            if (count > limit) {
                throw new NotPlayable("The package expands to more than the limit for unpacked packages");
            }
            out.write(buffer, 0, n);
        }
        return count;
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        copyAtMost(in, out, limit);
        return out.toByteArray();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T work(org.hibernate.jdbc.ReturningWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work);
    }
}
