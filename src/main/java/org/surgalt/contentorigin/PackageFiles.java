package org.surgalt.contentorigin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
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
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.surgalt.content.ArchiveEntries;
import org.surgalt.content.AssetStore;
import org.surgalt.content.AssetsConfig;
import org.surgalt.content.ByteRange;
import org.surgalt.content.FileSystemAssetStore;
import org.surgalt.platform.DomainException;
import org.surgalt.scorm.ScormConfig;

/**
 * The files of packages unpacked for playing on the content origin (SCORM, H5P). Each distinct
 * package (by the SHA-256 of its ZIP) is unpacked once, whichever version, course or player uses
 * it; each of its files is stored by its own SHA-256 in a store of its own, and found by (package,
 * path) through {@code scorm_package_file} (named for the player that came first). No archive
 * entry's name ever becomes a path on disk, so a hostile name has nowhere to climb to. Each player
 * reads what it needs from the archive first ({@link Reader}) and keeps it in a row of its own,
 * written in the transaction that indexes the files.
 *
 * <p>Two instances unpacking the same package at once store the same bytes under the same names;
 * the index rows are inserted with INSERT IGNORE. The limits are {@code surgalt.scorm.max-files}
 * and {@code surgalt.scorm.max-unpacked-bytes} (their names kept from when only SCORM played).
 */
@ApplicationScoped
public class PackageFiles {

    private static final Logger LOG = Logger.getLogger(PackageFiles.class);
    private static final Tika TYPES = new Tika();
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final AssetStore assets;
    private final AssetStore files;
    private final EntityManager em;
    private final ScormConfig config;

    /** One file of a package: where its bytes are, how long, what type. */
    public record PackageFile(String blobSha256, long size, String mediaType) {
    }

    /** What a player reads from the archive before its files are stored; throws {@link NotPlayable} to refuse it. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(ZipFile zip) throws IOException;
    }

    /** Writes the player's own row for an unpacked package, in the transaction that indexes its files. */
    @FunctionalInterface
    public interface Keeper<T> {
        void keep(Connection connection, T structure, int fileCount, long bytes) throws SQLException;
    }

    /** Why an archive cannot play in a player; its message is for the author. */
    public static final class NotPlayable extends IOException {
        public NotPlayable(String reason) {
            super(reason, null);
        }
    }

    PackageFiles(AssetStore assets, EntityManager em, ScormConfig config, AssetsConfig assetsConfig) {
        this.assets = assets;
        this.files = FileSystemAssetStore.at(config.filesRoot().orElse(assetsConfig.root().resolve("packages")));
        this.em = em;
        this.config = config;
    }

    /**
     * Unpacks the package (its ZIP is the asset {@code sha256}): {@code reader} first, then every
     * file, then the index and {@code keeper}'s row in a transaction of their own.
     *
     * @throws DomainException invalid, with the reader's or the archive's reason, when it cannot play
     */
    public <T> T unpack(String sha256, Reader<T> reader, Keeper<T> keeper) {
        record Result<S>(S structure, List<Object[]> rows) {
        }
        Result<T> result;
        try {
            result = assets.withLocalFile(sha256, zipPath -> {
                try (ZipFile zip = ZipFile.builder().setPath(zipPath).setUseUnicodeExtraFields(false).get()) {
                    T structure = reader.read(zip);
                    return new Result<>(structure, store(zip));
                }
            });
        } catch (NotPlayable e) {
            throw DomainException.invalid("package", e.getMessage());
        } catch (UncheckedIOException | IOException e) {
            if (e.getCause() instanceof NotPlayable notPlayable) {
                throw DomainException.invalid("package", notPlayable.getMessage());
            }
            throw new IllegalStateException("Could not unpack package " + sha256, e);
        }
        List<Object[]> rows = result.rows();
        rows.forEach(row -> row[0] = sha256);
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
            keeper.keep(c, result.structure(), rows.size(), bytes);
            return null;
        }));
        LOG.infof("Unpacked package %s: %d files, %d bytes", sha256, rows.size(), bytes);
        return result.structure();
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

    /**
     * A file of an unpacked package as the content origin serves it: Range supported (the videos
     * in packages), cached for good, since the address names the package by its content.
     */
    public Response serve(String packageSha256, String path, String range) {
        if (!SHA256.matcher(packageSha256).matches()) {
            return notFound();
        }
        Optional<PackageFile> file = file(packageSha256, path);
        if (file.isEmpty()) {
            return notFound();
        }
        ByteRange part = ByteRange.of(range, file.get().size());
        if (part == null) {
            return Response.status(416).header("Content-Range", "bytes */" + file.get().size()).build();
        }
        Response.ResponseBuilder response = part.partial()
                ? Response.status(206).header("Content-Range", part.contentRange()) : Response.ok();
        return response.entity(part.body(files, file.get().blobSha256())).type(file.get().mediaType())
                .header("Content-Length", part.length()).header("Accept-Ranges", "bytes")
                .header("Cache-Control", "max-age=31536000, immutable").build();
    }

    public static Response notFound() {
        return Response.status(404).type("text/plain;charset=UTF-8").entity("Not found").build();
    }

    /** An entry's bytes, at most {@code limit} of them (a manifest, a description file). */
    public static byte[] read(ZipFile zip, ZipArchiveEntry entry, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = zip.getInputStream(entry)) {
            copyAtMost(in, out, limit);
        }
        return out.toByteArray();
    }

    private List<Object[]> store(ZipFile zip) throws IOException {
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
        return rows;
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public <T> T work(org.hibernate.jdbc.ReturningWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work);
    }
}
