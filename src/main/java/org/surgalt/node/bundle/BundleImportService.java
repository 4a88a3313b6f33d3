package org.surgalt.node.bundle;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.surgalt.content.ArchiveEntries;
import org.surgalt.content.AssetStore;
import org.surgalt.content.FileKind;
import org.surgalt.content.UploadService;
import org.surgalt.content.VerifiedAssets;
import org.surgalt.course.CourseContent;
import org.surgalt.course.Item;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * The receiving side's import of a bundle the upload pipeline accepted (its size limit, storage and
 * hostile-archive checks). Every file is checked against its SHA-256 before any is stored, so a
 * tampered bundle is refused whole; files the asset store has already are not stored again; then the
 * courses are written in one transaction ({@link BundleApplier}). Importing a bundle twice changes
 * nothing the second time. Not transactional itself: stored files commit on their own, and one no
 * version refers to (the courses' transaction failed) is collected like any unreferenced asset.
 */
@ApplicationScoped
public class BundleImportService {

    private static final int MAX_MANIFEST_BYTES = 64 << 20;

    private final UploadService uploads;
    private final AssetStore assets;
    private final VerifiedAssets verified;
    private final BundleApplier applier;
    private final ObjectMapper json;

    BundleImportService(UploadService uploads, AssetStore assets, VerifiedAssets verified, BundleApplier applier,
            ObjectMapper json) {
        this.uploads = uploads;
        this.assets = assets;
        this.verified = verified;
        this.applier = applier;
        this.json = BundleFile.mapper(json);
    }

    public void requireMayImport(Viewer viewer) {
        BundleExportService.requireAdmin(viewer);
    }

    /** {@code uploadId}: the admin's accepted upload of kind bundle. */
    public BundleReport importUpload(Viewer viewer, String uploadId) {
        requireMayImport(viewer);
        if (uploadId == null || uploadId.isBlank()) {
            throw DomainException.invalid("upload", "is required: the id of an uploaded content bundle (.surgalt-bundle)");
        }
        UploadService.ReadyUpload ready = uploads.ready(viewer, uploadId.strip(), FileKind.BUNDLE);
        try {
            return assets.withLocalFile(ready.sha256(), file -> importFile(viewer, file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BundleReport importFile(Viewer viewer, Path file) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(file).setUseUnicodeExtraFields(false).get()) {
            BundleFile bundle = manifest(zip);
            Map<String, String> names = check(bundle);
            for (BundleFile.Blob blob : bundle.blobs()) {
                requireIntact(zip, blob);
            }
            int stored = 0;
            int present = 0;
            for (BundleFile.Blob blob : bundle.blobs()) {
                if (verified.has(blob.sha256())) {
                    present++;
                } else if (store(zip, blob, names.get(blob.sha256()))) {
                    stored++;
                } else {
                    present++;
                }
            }
            return new BundleReport(bundle.source(), applier.apply(viewer, bundle), stored, present);
        }
    }

    private BundleFile manifest(ZipFile zip) throws IOException {
        ZipArchiveEntry entry = entry(zip, BundleFile.MANIFEST);
        if (entry == null) {
            throw DomainException.invalid("upload", "has no bundle.json at its root, so it is no Surgalt content bundle");
        }
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
            bytes = in.readNBytes(MAX_MANIFEST_BYTES + 1);
        }
        if (bytes.length > MAX_MANIFEST_BYTES) {
            throw DomainException.invalid("upload", "has a bundle.json larger than 64 MiB");
        }
        try {
            return json.readValue(bytes, BundleFile.class);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalid("upload", "has a bundle.json that is not a Surgalt content bundle's");
        }
    }

    /**
     * The manifest's own rules: its format, file names that are SHA-256s, and every file a version
     * uses listed among the blobs with a type an item may carry. Returns a file name for each blob.
     */
    private static Map<String, String> check(BundleFile bundle) {
        if (bundle.format() != BundleFile.FORMAT || bundle.courses() == null || bundle.blobs() == null) {
            throw DomainException.invalid("upload", "has a bundle.json of a format this site does not read");
        }
        Map<String, BundleFile.Blob> blobs = new HashMap<>();
        if (bundle.courses().contains(null) || bundle.blobs().contains(null)) {
            throw DomainException.invalid("upload", "has a bundle.json that is not a Surgalt content bundle's");
        }
        for (BundleFile.Blob blob : bundle.blobs()) {
            if (blob.sha256() == null || !BundleFile.SHA256.matcher(blob.sha256()).matches() || blob.size() < 0) {
                throw DomainException.invalid("upload", "lists a file whose name is not a SHA-256: " + blob.sha256());
            }
            blobs.put(blob.sha256(), blob);
        }
        Map<String, String> names = new HashMap<>();
        for (BundleFile.Course course : bundle.courses()) {
            for (CourseContent version : course.versions() == null ? List.<CourseContent>of() : course.versions()) {
                if (version == null || version.version() == null || version.version() < 1 || course.code() == null
                        || !course.code().equals(version.code())) {
                    throw DomainException.invalid("upload", "has a course version without its number or code: "
                            + course.code());
                }
                if (!complete(version)) {
                    throw DomainException.invalid("upload", "has a course version that is incomplete: " + course.code());
                }
                for (Item.AttachedFile file : VersionPayload.files(version)) {
                    if (!blobs.containsKey(file.sha256())) {
                        throw DomainException.invalid("upload", "uses a file that it does not hold: " + file.sha256());
                    }
                    if (!carriable(file.mediaType())) {
                        throw DomainException.invalid("upload", "holds a file of a type no item may carry: "
                                + file.mediaType());
                    }
                    names.putIfAbsent(file.sha256(), file.filename());
                }
            }
        }
        return names;
    }

    private static boolean complete(CourseContent version) {
        return version.title() != null && version.language() != null && version.modules() != null
                && version.assets() != null && version.modules().stream().allMatch(module -> module.release() != null
                        && module.title() != null && module.items() != null && module.items().stream().allMatch(
                                item -> item.release() != null && item.kind() != null && item.completion() != null));
    }

    private static boolean carriable(String mediaType) {
        return mediaType != null && java.util.Arrays.stream(FileKind.values())
                .filter(kind -> kind != FileKind.BUNDLE).anyMatch(kind -> kind.allows(mediaType));
    }

    private static void requireIntact(ZipFile zip, BundleFile.Blob blob) throws IOException {
        ZipArchiveEntry entry = entry(zip, BundleFile.BLOBS + blob.sha256());
        if (entry == null) {
            throw DomainException.invalid("upload", "lacks a file that its bundle.json lists: blobs/" + blob.sha256());
        }
        MessageDigest digest = sha256();
        long read;
        try (InputStream in = new DigestInputStream(zip.getInputStream(entry), digest)) {
            read = in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        if (read != blob.size() || !HexFormat.of().formatHex(digest.digest()).equals(blob.sha256())) {
            throw DomainException.invalid("upload", "has a file whose bytes do not match its SHA-256: blobs/"
                    + blob.sha256());
        }
    }

    private boolean store(ZipFile zip, BundleFile.Blob blob, String filename) throws IOException {
        Path temp = Files.createTempFile("bundle-", ".part");
        try {
            try (InputStream in = zip.getInputStream(entry(zip, BundleFile.BLOBS + blob.sha256()))) {
                Files.copy(in, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return verified.store(temp, blob.sha256(), filename == null ? blob.sha256() : filename);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static ZipArchiveEntry entry(ZipFile zip, String name) {
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null || entry.isDirectory() || ArchiveEntries.problem(zip, entry).isPresent()) {
            return null;
        }
        return entry;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
