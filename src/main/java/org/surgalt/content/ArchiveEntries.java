package org.surgalt.content;

import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/** The upload pipeline's checks of one archive entry, for code outside it that unpacks an inspected archive. */
public final class ArchiveEntries {

    private ArchiveEntries() {
    }

    /** Why the entry must not be unpacked (encrypted, a link, a path that climbs out), or empty. */
    public static Optional<String> problem(ZipFile zip, ZipArchiveEntry entry) {
        try {
            ArchiveInspector.checkEntry(zip, entry);
            return Optional.empty();
        } catch (InspectionRejected e) {
            return Optional.of(e.getMessage());
        }
    }
}
