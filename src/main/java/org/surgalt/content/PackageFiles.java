package org.surgalt.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.tika.Tika;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * The files of played packages (SCORM, cmi5), unpacked once per distinct package: each file is
 * stored by its own SHA-256 in a store of its own and found by (package, path) through
 * scorm_package_file. No archive entry's name ever becomes a path on disk, so a hostile name has
 * nowhere to climb to. Which packages are unpacked, and what their manifests say, is each
 * player's business (scorm/ScormPackages, cmi5/Cmi5Packages); they call {@link #extract} and
 * {@link #index} and serve files with {@link #serve}.
 */
@ApplicationScoped
public class PackageFiles {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Tika TYPES = new Tika();

    private final AssetStore files;
    private final EntityManager em;
    private final long maxUnpackedBytes;
    private final int maxFiles;

    /** One file of a package: where its bytes are, how long, what type. */
    public record PackageFile(String blobSha256, long size, String mediaType) {
    }

    /** A file found in a package and stored: its path in the package, its bytes' SHA-256, size and type. */
    public record Extracted(String path, String blobSha256, long size, String mediaType) {
    }

    /** Why a package cannot be played, in words for its author. */
    public static final class Refused extends IOException {
        public Refused(String reason) {
            super(reason, null);
        }
    }

    PackageFiles(AssetsConfig assetsConfig, EntityManager em,
            @ConfigProperty(name = "surgalt.scorm.files-root") Optional<Path> filesRoot,
            @ConfigProperty(name = "surgalt.scorm.max-unpacked-bytes", defaultValue = "2147483648") long maxUnpackedBytes,
            @ConfigProperty(name = "surgalt.scorm.max-files", defaultValue = "20000") int maxFiles) {
        this.files = FileSystemAssetStore.at(filesRoot.orElse(assetsConfig.root().resolve("packages")));
        this.em = em;
        this.maxUnpackedBytes = maxUnpackedBytes;
        this.maxFiles = maxFiles;
    }

    /** Stores every file of the ZIP (within the limits for unpacked packages); the caller indexes them. */
    public List<Extracted> extract(ZipFile zip) throws IOException {
        List<Extracted> found = new ArrayList<>();
        long total = 0;
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            if (entry.isDirectory()) {
                continue;
            }
            Optional<String> problem = ArchiveEntries.problem(zip, entry);
            if (problem.isPresent()) {
                throw new Refused(problem.get());
            }
            if (found.size() >= maxFiles) {
                throw new Refused("The package has more than " + maxFiles + " files");
            }
            String path = entry.getName();
            if (path.length() > 700) {
                throw new Refused("A file name in the package is longer than 700 characters: " + path);
            }
            Path temporary = Files.createTempFile("surgalt-unpack", ".part");
            try {
                MessageDigest digest = sha256();
                long size;
                try (InputStream in = zip.getInputStream(entry);
                        OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), digest)) {
                    size = copyAtMost(in, out, maxUnpackedBytes - total);
                }
                total += size;
                String blob = HexFormat.of().formatHex(digest.digest());
                files.store(temporary, blob);
                found.add(new Extracted(path, blob, size, TYPES.detect(path)));
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
        return found;
    }

    /**
     * Indexes a package's files on the caller's connection (in its transaction). Two instances
     * unpacking the same package at once store the same bytes under the same names; INSERT IGNORE.
     */
    public static void index(Connection c, String packageSha256, List<Extracted> extracted) throws SQLException {
        try (var s = c.prepareStatement("INSERT IGNORE INTO scorm_package_file (package_sha256, path, blob_sha256,"
                + " size, media_type) VALUES (?, ?, ?, ?, ?)")) {
            for (Extracted file : extracted) {
                s.setString(1, packageSha256);
                s.setString(2, file.path());
                s.setString(3, file.blobSha256());
                s.setLong(4, file.size());
                s.setString(5, file.mediaType());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    public Optional<PackageFile> file(String packageSha256, String path) {
        return em.unwrap(Session.class).doReturningWork(c -> {
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

    /** A package file as a response (Range supported, for the videos in packages); 404 for anything unknown. */
    public Response serve(String packageSha256, String path, String range) {
        Optional<PackageFile> file = SHA256.matcher(packageSha256).matches() ? file(packageSha256, path)
                : Optional.empty();
        if (file.isEmpty()) {
            return Response.status(404).type("text/plain;charset=UTF-8").entity("Not found").build();
        }
        ByteRange part = ByteRange.of(range, file.get().size());
        if (part == null) {
            return Response.status(416).header("Content-Range", "bytes */" + file.get().size()).build();
        }
        Response.ResponseBuilder response = part.partial()
                ? Response.status(206).header("Content-Range", part.contentRange()) : Response.ok();
        // The address names the package by its content: what it serves never changes.
        return response.entity(part.body(files, file.get().blobSha256())).type(file.get().mediaType())
                .header("Content-Length", part.length()).header("Accept-Ranges", "bytes")
                .header("Cache-Control", "max-age=31536000, immutable").build();
    }

    public static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long count = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            count += n;
            if (count > limit) {
                throw new Refused("The package expands to more than the limit for unpacked packages");
            }
            out.write(buffer, 0, n);
        }
        return count;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
