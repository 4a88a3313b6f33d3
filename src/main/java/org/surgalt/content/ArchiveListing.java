package org.surgalt.content;

import java.util.Map;
import java.util.Set;

/**
 * What a ZIP holds, read without extracting it: the file paths, the bytes of any manifest at its
 * root, and counts. Nested archives are counted, never opened.
 */
record ArchiveListing(Set<String> files, Map<String, byte[]> rootManifests, long uncompressedBytes,
        int nestedArchives) {

    boolean contains(String path) {
        return files.contains(path);
    }
}
