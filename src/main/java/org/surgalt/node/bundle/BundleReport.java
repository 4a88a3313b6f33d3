package org.surgalt.node.bundle;

import java.util.List;

/**
 * What an import did, per course and version: imported, skipped (the same content is here already)
 * or refused with the reason. {@code filesStored}: files this import added to the asset store;
 * {@code filesPresent}: files that were here already and did not need storing.
 */
public record BundleReport(String source, List<Line> lines, int filesStored, int filesPresent) {

    public enum Outcome {
        IMPORTED, SKIPPED, REFUSED
    }

    /** Why a version was skipped or refused; NONE for an imported one. */
    public enum Reason {
        NONE, ALREADY_THERE, DIFFERENT_CONTENT, LOCAL_COURSE, OLDER_VERSION, RELEASE_CONDITIONS
    }

    public record Line(String course, int version, Outcome outcome, Reason reason) {
    }

    public boolean changedNothing() {
        return filesStored == 0 && lines.stream().noneMatch(line -> line.outcome() == Outcome.IMPORTED);
    }
}
