package org.surgalt.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Builds ZIPs for tests, including ones no honest tool would write (zip slip, symlinks). */
public final class ZipBuilder {

    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Map<String, String> symlinks = new LinkedHashMap<>();

    public static ZipBuilder aZip() {
        return new ZipBuilder();
    }

    public ZipBuilder with(String name, String content) {
        return with(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public ZipBuilder with(String name, byte[] content) {
        files.put(name, content);
        return this;
    }

    public ZipBuilder withFile(String name, Path source) throws IOException {
        return with(name, Files.readAllBytes(source));
    }

    public ZipBuilder withSymlink(String name, String target) {
        symlinks.put(name, target);
        return this;
    }

    public Path writeTo(Path zip) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip);
                ZipArchiveOutputStream archive = new ZipArchiveOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                archive.putArchiveEntry(new ZipArchiveEntry(file.getKey()));
                archive.write(file.getValue());
                archive.closeArchiveEntry();
            }
            for (Map.Entry<String, String> link : symlinks.entrySet()) {
                ZipArchiveEntry entry = new ZipArchiveEntry(link.getKey());
                entry.setUnixMode(0120777);
                archive.putArchiveEntry(entry);
                archive.write(link.getValue().getBytes(StandardCharsets.UTF_8));
                archive.closeArchiveEntry();
            }
        }
        return zip;
    }
}
