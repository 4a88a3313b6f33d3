package org.surgalt.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Reads a ZIP as hostile: every entry's name is checked before anything else, every entry is
 * streamed and its bytes counted (the sizes in the headers are the attacker's), and nothing is
 * written to disk. Nested archives are counted, not opened, so self-containing archives
 * (droste.zip) end after one pass.
 */
final class ArchiveInspector {

    static final Set<String> MANIFESTS = Set.of("imsmanifest.xml", "cmi5.xml", "h5p.json");
    private static final long MAX_MANIFEST_BYTES = 16L << 20;
    /** An H5P library's description, one folder down: read to check the libraries a package needs. */
    private static final Pattern LIBRARY_JSON = Pattern.compile("[^/]+/library\\.json");
    /** Small entries may compress very well (a page of spaces); the ratio counts from here on. */
    private static final long RATIO_FLOOR_BYTES = 1L << 20;
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    private static final Set<String> ARCHIVE_SUFFIXES = Set.of(".zip", ".jar", ".gz", ".tgz", ".7z", ".rar", ".tar",
            ".imscc", ".war", ".xz", ".bz2");

    private final InspectionLimits limits;

    ArchiveInspector(InspectionLimits limits) {
        this.limits = limits;
    }

    ArchiveListing list(Path zipPath) throws InspectionRejected {
        try (ZipFile zip = ZipFile.builder().setPath(zipPath).setUseUnicodeExtraFields(false).get()) {
            return list(zip);
        } catch (IOException e) {
            throw new InspectionRejected("The archive is damaged and cannot be read: " + e.getMessage());
        }
    }

    private ArchiveListing list(ZipFile zip) throws InspectionRejected, IOException {
        Set<String> files = new HashSet<>();
        int entries = 0;
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            if (++entries > limits.maxArchiveEntries()) {
                throw new InspectionRejected("The archive has more than " + limits.maxArchiveEntries() + " entries");
            }
            checkEntry(zip, entry);
            if (!entry.isDirectory()) {
                files.add(entry.getName());
            }
        }
        Map<String, byte[]> manifests = new HashMap<>();
        long total = 0;
        int nested = 0;
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            if (entry.isDirectory()) {
                continue;
            }
            EntryScan scan = scan(zip, entry, total);
            total += scan.bytes;
            if (scan.manifest != null) {
                manifests.put(entry.getName(), scan.manifest);
            }
            if (scan.archive || hasArchiveSuffix(entry.getName())) {
                nested++;
            }
        }
        return new ArchiveListing(Set.copyOf(files), Map.copyOf(manifests), total, nested);
    }

    static void checkEntry(ZipFile zip, ZipArchiveEntry entry) throws InspectionRejected {
        String name = entry.getName();
        if (entry.getGeneralPurposeBit().usesEncryption()) {
            throw new InspectionRejected("The archive is password-protected (" + name + " is encrypted)");
        }
        if (entry.isUnixSymlink()) {
            throw new InspectionRejected("The archive contains a symbolic link: " + name);
        }
        if (name.indexOf('\\') >= 0) {
            // commons-compress already turns DOS-style backslashes into slashes (so "..\" shows up as
            // ".." below); any left are ambiguous, and unpacked on Windows "..\" climbs out.
            throw new InspectionRejected("The archive contains a path with a backslash: " + name);
        }
        if (name.startsWith("/") || DRIVE.matcher(name).matches()) {
            throw new InspectionRejected("The archive contains an absolute path: " + name);
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                throw new InspectionRejected("The archive contains a path outside itself: " + name);
            }
        }
        if (name.isEmpty() || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new InspectionRejected("The archive contains an entry with control characters in its name");
        }
        if (!zip.canReadEntryData(entry)) {
            throw new InspectionRejected("The archive uses a compression method we cannot check: " + name);
        }
    }

    private record EntryScan(long bytes, byte[] manifest, boolean archive) {
    }

    private EntryScan scan(ZipFile zip, ZipArchiveEntry entry, long totalSoFar) throws InspectionRejected,
            IOException {
        boolean keep = MANIFESTS.contains(entry.getName()) || LIBRARY_JSON.matcher(entry.getName()).matches();
        java.io.ByteArrayOutputStream kept = keep ? new java.io.ByteArrayOutputStream() : null;
        long compressed = Math.max(entry.getCompressedSize(), 1);
        long maxByRatio = Math.max(RATIO_FLOOR_BYTES, compressed * limits.maxCompressionRatio());
        byte[] buffer = new byte[64 * 1024];
        byte[] head = new byte[4];
        long count = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (count < 4) {
                    System.arraycopy(buffer, 0, head, (int) count, (int) Math.min(4 - count, n));
                }
                count += n;
                if (count > maxByRatio) {
                    throw new InspectionRejected("The archive entry " + entry.getName() + " expands more than "
                            + limits.maxCompressionRatio() + " times its compressed size (a possible zip bomb)");
                }
                if (totalSoFar + count > limits.maxArchiveBytes()) {
                    throw new InspectionRejected("The archive expands to more than "
                            + (limits.maxArchiveBytes() >> 20) + " MiB");
                }
                if (keep) {
                    if (count > MAX_MANIFEST_BYTES) {
                        throw new InspectionRejected(entry.getName() + " is larger than 16 MiB");
                    }
                    kept.write(buffer, 0, n);
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new InspectionRejected("The archive took too long to read");
                }
            }
        }
        boolean archive = (head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4)
                || (head[0] == (byte) 0x1f && head[1] == (byte) 0x8b);
        return new EntryScan(count, keep ? kept.toByteArray() : null, archive);
    }

    private static boolean hasArchiveSuffix(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return ARCHIVE_SUFFIXES.stream().anyMatch(lower::endsWith);
    }
}
