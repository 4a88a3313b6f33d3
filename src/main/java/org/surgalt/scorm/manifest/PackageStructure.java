package org.surgalt.scorm.manifest;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What a SCORM package's imsmanifest.xml says, for playing it: the default organization as a tree
 * for the table of contents, the launchable items in document order with their launch data, and
 * for SCORM 2004 the sequencing definition in the shape scorm-again 3.4.3 takes as its
 * {@code sequencing} setting (see {@link SequencingReader}).
 *
 * <p>Reads the manifest alone: whether the launch files are in the package is the upload
 * pipeline's check ({@code content.ManifestParser}), not this one's.
 */
public record PackageStructure(Standard standard, String title, Node root, List<Sco> scos,
        Map<String, Object> sequencing) {

    public enum Standard {
        SCORM_1_2, SCORM_2004
    }

    /**
     * One launchable SCO or asset: the item's identifier and title, its launch path relative to
     * the package root with the item's parameters appended, and the launch data the runtime
     * hands to it.
     *
     * @param sco true for adlcp:scormtype / adlcp:scormType "sco", false for an asset
     * @param masteryScore SCORM 1.2 adlcp:masteryscore (0..100), else null
     * @param scaledPassingScore SCORM 2004: the primary objective's minNormalizedMeasure when it is
     *        satisfied by measure, else null
     * @param completionThreshold SCORM 2004 adlcp:completionThreshold (3rd edition: its value; 4th
     *        edition: minProgressMeasure when completedByMeasure is true), else null
     * @param maxTimeAllowed SCORM 1.2 adlcp:maxtimeallowed; SCORM 2004 the limit conditions'
     *        attemptAbsoluteDurationLimit (cmi.max_time_allowed)
     */
    public record Sco(String id, String title, String href, boolean sco, Double masteryScore,
            Double scaledPassingScore, Double completionThreshold, String dataFromLms, String timeLimitAction,
            String maxTimeAllowed) {
    }

    /**
     * The organization as a tree for a table of contents: leaves are SCOs and assets
     * (launchable), inner nodes are clusters. The root is the organization itself.
     */
    public record Node(String id, String title, boolean launchable, boolean visible, List<Node> children) {

        public Node {
            children = List.copyOf(children);
        }
    }

    public PackageStructure {
        scos = List.copyOf(scos);
        sequencing = sequencing == null ? null : Collections.unmodifiableMap(sequencing);
    }

    /** @throws PackageRejected with a reason an author can act on */
    public static PackageStructure read(byte[] imsmanifest) throws PackageRejected {
        return new StructureReader().read(imsmanifest);
    }
}
