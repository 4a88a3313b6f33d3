package org.surgalt.scorm.manifest;

import static org.surgalt.scorm.manifest.ManifestValues.IMS;
import static org.surgalt.scorm.manifest.ManifestValues.attr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;

/**
 * imsss:objectives (with imsss:mapInfo) and adlseq:objectives (with adlseq:mapInfo, 4th edition)
 * as scorm-again's {@code primaryObjective} and {@code objectives}.
 *
 * <p>The two mapInfo kinds for one objective and one global target become one entry. Every flag
 * is written out: scorm-again reads an absent flag as the SCORM default of its own kind, so an
 * imsss-only map would otherwise also read completion and scores from the global objective, and
 * an adlseq-only map would read satisfaction, which the manifest did not ask for.
 */
final class ObjectiveReader {

    private static final List<String> IMSSS_READ = List.of("readSatisfiedStatus", "readNormalizedMeasure");
    private static final List<String> IMSSS_WRITE = List.of("writeSatisfiedStatus", "writeNormalizedMeasure");
    private static final List<String> ADLSEQ_READ = List.of("readRawScore", "readMinScore", "readMaxScore",
            "readCompletionStatus", "readProgressMeasure");
    private static final List<String> ADLSEQ_WRITE = List.of("writeRawScore", "writeMinScore", "writeMaxScore",
            "writeCompletionStatus", "writeProgressMeasure", "updateAttemptData");

    private ObjectiveReader() {
    }

    /** cmi.scaled_passing_score: the primary objective's minNormalizedMeasure if satisfiedByMeasure. */
    static Double scaledPassingScore(Element objectives, String where) throws PackageRejected {
        Element primary = ManifestValues.child(objectives, "imsss", "primaryObjective");
        if (primary == null || !ManifestValues.bool(primary, "satisfiedByMeasure", false, where)) {
            return null;
        }
        BigDecimal min = minNormalizedMeasure(primary, where);
        return min == null ? 1.0 : min.doubleValue();
    }

    /** Puts primaryObjective and objectives into an activity's settings. */
    static void put(Element objectives, Element adlseqObjectives, Map<String, Object> activity, String where)
            throws PackageRejected {
        if (objectives == null) {
            return;
        }
        Map<String, Map<String, Map<String, Object>>> maps = new LinkedHashMap<>();
        for (Element objective : all(objectives)) {
            String id = attr(objective, "objectiveID");
            Map<String, Map<String, Object>> targets = maps.computeIfAbsent(id, k -> new LinkedHashMap<>());
            for (Element info : ManifestValues.children(objective, "imsss", "mapInfo")) {
                Map<String, Object> entry = entry(targets, info, where);
                flags(entry, info, IMSSS_READ, true, where);
                flags(entry, info, IMSSS_WRITE, false, where);
            }
        }
        for (Element objective : ManifestValues.children(adlseqObjectives, "adlseq", "objective")) {
            String id = attr(objective, "objectiveID");
            Map<String, Map<String, Object>> targets = maps.get(id);
            if (id.isEmpty() || targets == null) {
                throw new PackageRejected(IMS + ": " + where + ": adlseq:objective '" + id
                        + "' has no imsss:objective of that objectiveID");
            }
            for (Element info : ManifestValues.children(objective, "adlseq", "mapInfo")) {
                Map<String, Object> entry = entry(targets, info, where);
                flags(entry, info, ADLSEQ_READ, true, where);
                flags(entry, info, ADLSEQ_WRITE, false, where);
            }
        }
        List<Object> others = new ArrayList<>();
        for (Element objective : all(objectives)) {
            String id = attr(objective, "objectiveID");
            boolean primary = "primaryObjective".equals(objective.getLocalName());
            if (id.isEmpty()) {
                if (!primary || !ManifestValues.children(objective, "imsss", "mapInfo").isEmpty()) {
                    throw new PackageRejected(IMS + ": " + where + ": an objective has no objectiveID");
                }
                // A primary objective without an ID cannot be given to scorm-again (it keys
                // objectives by ID, and an invented one would appear in cmi.objectives); its
                // passing score still reaches the player through Sco.scaledPassingScore.
                continue;
            }
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("objectiveID", id);
            settings.put("satisfiedByMeasure", ManifestValues.bool(objective, "satisfiedByMeasure", false, where));
            BigDecimal min = minNormalizedMeasure(objective, where);
            if (min != null) {
                settings.put("minNormalizedMeasure", min.doubleValue());
            }
            settings.put("mapInfo", complete(maps.get(id)));
            if (primary) {
                activity.put("primaryObjective", settings);
            } else {
                others.add(settings);
            }
        }
        if (!others.isEmpty()) {
            activity.put("objectives", others);
        }
    }

    /** The primary objective first, then the others, in document order. */
    private static List<Element> all(Element objectives) {
        List<Element> all = new ArrayList<>(ManifestValues.children(objectives, "imsss", "primaryObjective"));
        all.addAll(ManifestValues.children(objectives, "imsss", "objective"));
        return all;
    }

    private static BigDecimal minNormalizedMeasure(Element objective, String where) throws PackageRejected {
        Element min = ManifestValues.child(objective, "imsss", "minNormalizedMeasure");
        return min == null ? null : ManifestValues.decimalText(min, -1, 1, where);
    }

    private static Map<String, Object> entry(Map<String, Map<String, Object>> targets, Element info, String where)
            throws PackageRejected {
        String target = attr(info, "targetObjectiveID");
        if (target.isEmpty()) {
            throw new PackageRejected(IMS + ": " + where + ": a mapInfo has no targetObjectiveID");
        }
        return targets.computeIfAbsent(target, t -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("targetObjectiveID", t);
            return entry;
        });
    }

    private static void flags(Map<String, Object> entry, Element info, List<String> names, boolean otherwise,
            String where) throws PackageRejected {
        for (String name : names) {
            entry.put(name, ManifestValues.bool(info, name, otherwise, where));
        }
    }

    /** Flags of the kind a target was not mapped with are false: that data is not shared. */
    private static List<Object> complete(Map<String, Map<String, Object>> targets) {
        List<Object> all = new ArrayList<>();
        for (Map<String, Object> entry : targets.values()) {
            for (List<String> names : List.of(IMSSS_READ, IMSSS_WRITE, ADLSEQ_READ, ADLSEQ_WRITE)) {
                names.forEach(name -> entry.putIfAbsent(name, false));
            }
            all.add(entry);
        }
        return all;
    }
}
