package org.surgalt.content;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pipeline's checks of a {@code cmi5.xml} (ManifestCmi5Reader) for one uploaded on its own,
 * without a package (cmi5 section 14.2): the same rules as inside a ZIP, with no file to point at,
 * so every AU must be at an absolute URL.
 */
public final class Cmi5Alone {

    private Cmi5Alone() {
    }

    /** Why the course structure is refused, or empty when it passes. */
    public static Optional<String> problem(byte[] xml) {
        ArchiveListing alone = new ArchiveListing(Set.of("cmi5.xml"), Map.of("cmi5.xml", xml), xml.length, 0);
        try {
            new ManifestCmi5Reader().read(alone);
            return Optional.empty();
        } catch (InspectionRejected e) {
            return Optional.of(e.getMessage());
        }
    }
}
