package org.surgalt.content;

import java.util.Map;
import java.util.Set;

/**
 * What a ZIP holds, read without extracting it: the file paths, the bytes of any manifest at its
 * root (and of H5P's {@code <library>/library.json} files, under their paths), and counts. Nested archives are counted, never opened.
 */
record ArchiveListing(Set<String> files, Map<String, byte[]> rootManifests, long uncompressedBytes,
        int nestedArchives) {

    boolean contains(String path) {
        return files.contains(path);
    }
}
