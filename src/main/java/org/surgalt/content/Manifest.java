package org.surgalt.content;

import java.util.List;

/**
 * What a package's manifest says: its standard, its title and the items a learner can open, each
 * with its launch address (a path inside the package, with any query, or an absolute URL for cmi5;
 * {@code h5p.json} for H5P, which h5p-standalone starts from).
 */
public record Manifest(Standard standard, String title, List<Item> items) {

    public enum Standard {
        SCORM_1_2, SCORM_2004, COMMON_CARTRIDGE, CMI5, H5P
    }

    public record Item(String title, String launch) {
    }

    public Manifest {
        items = List.copyOf(items);
    }

    /** The first item's launch address: where the player starts. */
    public String launch() {
        return items.isEmpty() ? null : items.get(0).launch();
    }
}
