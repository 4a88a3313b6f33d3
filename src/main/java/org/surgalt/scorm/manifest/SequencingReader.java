package org.surgalt.scorm.manifest;

import static org.surgalt.content.ManifestXml.attribute;
import static org.surgalt.content.ManifestXml.child;
import static org.surgalt.content.ManifestXml.children;
import static org.surgalt.content.ManifestXml.text;
import static org.surgalt.scorm.manifest.ManifestValues.attr;
import static org.surgalt.scorm.manifest.ManifestValues.bool;
import static org.surgalt.scorm.manifest.ManifestValues.token;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3c.dom.Element;

/**
 * The SCORM 2004 sequencing definition as scorm-again 3.4.3's {@code sequencing} setting
 * ({@code SequencingSettings} in dist/types/types/sequencing_types.d.ts): one
 * {@code activityTree} whose root is the organization and whose activities are the items, each
 * with the sequencing in force on it (its own over its collection's, see
 * {@link SequencingDefinitions}).
 *
 * <p>Mapped, per activity: imsss:controlMode → sequencingControls (choice, choiceExit, flow,
 * forwardOnly, useCurrentAttemptObjectiveInfo, useCurrentAttemptProgressInfo; always written,
 * because scorm-again's default flow is true and SCORM's is false); imsss:rollupRules attributes
 * → sequencingControls (rollupObjectiveSatisfied, rollupProgressCompletion,
 * objectiveMeasureWeight) and its rollupRule children → rollupRules; imsss:randomizationControls
 * → sequencingControls (selectionTiming, selectCount, randomizationTiming, and reorderChildren as
 * scorm-again's randomizeChildren: its reorderChildren is runtime state);
 * adlseq:constrainedChoiceConsiderations → sequencingControls (preventActivation,
 * constrainChoice); imsss:deliveryControls → deliveryControls; imsss:sequencingRules →
 * sequencingRules; adlseq:rollupConsiderations → rollupConsiderations; imsss:objectives and
 * adlseq:objectives → primaryObjective / objectives with mapInfo ({@link ObjectiveReader});
 * imsss:limitConditions attemptLimit (0 is "no limit", so left out), attemptAbsoluteDurationLimit,
 * activityAbsoluteDurationLimit, beginTimeLimit, endTimeLimit → the same names;
 * imsss:auxiliaryResources → auxiliaryResources; on the item: isvisible → isVisible,
 * adlcp:timeLimitAction → timeLimitAction, adlcp:completionThreshold → completionThreshold
 * (3rd edition's bare value as completedByMeasure with that minProgressMeasure), adlcp:data maps
 * → sharedDataMaps, adlnav:presentation hideLMSUI → hideLmsUi.
 *
 * <p>Dropped, because scorm-again 3.4.3 has no setting for them: limitConditions
 * attemptExperiencedDurationLimit and activityExperiencedDurationLimit, the organization's
 * adlseq:objectivesGlobalToSystem and adlcp:sharedDataGlobalToSystem, a primary objective
 * without objectiveID. hideLMSUI of a 2004 package without any imsss:sequencing is dropped with
 * the rest (sequencing is then null and the player runs without an activity tree).
 */
final class SequencingReader {

    // scorm-again's CMITimespan check on the duration limits: it throws on anything else.
    private static final Pattern DURATION = Pattern.compile("^P(?:([.,\\d]+)Y)?(?:([.,\\d]+)M)?(?:([.,\\d]+)W)?"
            + "(?:([.,\\d]+)D)?(?:T?(?:([.,\\d]+)H)?(?:([.,\\d]+)M)?(?:(\\d+(?:\\.\\d{1,2})?)S)?)?$");
    private static final Set<String> TIMINGS = Set.of("never", "once", "onEachNewAttempt");
    private static final Set<String> REQUIRED_FOR = Set.of("always", "ifAttempted", "ifNotSkipped",
            "ifNotSuspended");
    private static final Set<String> HIDE_LMS_UI = Set.of("previous", "continue", "exit", "exitAll", "abandon",
            "abandonAll", "suspendAll");

    private final SequencingDefinitions definitions;

    SequencingReader(SequencingDefinitions definitions) {
        this.definitions = definitions;
    }

    Map<String, Object> read(Element organization) throws PackageRejected {
        Map<String, Object> sequencing = new LinkedHashMap<>();
        sequencing.put("activityTree", activity(organization, "organization '" + attribute(organization,
                "identifier") + "'"));
        return sequencing;
    }

    /** Depth is bounded by StructureReader, which walked the same items first. */
    private Map<String, Object> activity(Element element, String where) throws PackageRejected {
        Map<String, Element> seq = definitions.of(element, where);
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", attribute(element, "identifier"));
        a.put("title", text(child(element, "title")));
        a.put("isVisible", !"false".equals(attribute(element, "isvisible")));
        a.put("sequencingControls", controls(seq, where));
        putIfAny(a, "deliveryControls", delivery(seq.get("deliveryControls"), where));
        putIfAny(a, "sequencingRules", RuleReader.sequencingRules(seq.get("sequencingRules"), where));
        putIfAny(a, "rollupRules", RuleReader.rollupRules(seq.get("rollupRules"), where));
        putIfAny(a, "rollupConsiderations", considerations(seq.get("adlseq:rollupConsiderations"), where));
        ObjectiveReader.put(seq.get("objectives"), seq.get("adlseq:objectives"), a, where);
        limits(seq.get("limitConditions"), a, where);
        putIfAny(a, "auxiliaryResources", auxiliaryResources(seq.get("auxiliaryResources")));
        String timeLimitAction = ManifestValues.textOrNull(ManifestValues.childIgnoringCase(element,
                "timeLimitAction"));
        if (timeLimitAction != null) {
            a.put("timeLimitAction", timeLimitAction);
        }
        putIfAny(a, "completionThreshold", completionThreshold(ManifestValues.child(element, "adlcp",
                "completionThreshold"), where));
        putIfAny(a, "sharedDataMaps", sharedDataMaps(ManifestValues.child(element, "adlcp", "data"), where));
        putIfAny(a, "hideLmsUi", hideLmsUi(element, where));
        List<Object> children = new ArrayList<>();
        for (Element item : children(element, "item")) {
            children.add(activity(item, "item '" + attribute(item, "identifier") + "'"));
        }
        if (!children.isEmpty()) {
            a.put("children", children);
        }
        return a;
    }

    private static Map<String, Object> controls(Map<String, Element> seq, String where) throws PackageRejected {
        Map<String, Object> c = new LinkedHashMap<>();
        Element mode = seq.get("controlMode");
        c.put("choice", bool(mode, "choice", true, where));
        c.put("choiceExit", bool(mode, "choiceExit", true, where));
        c.put("flow", bool(mode, "flow", false, where));
        c.put("forwardOnly", bool(mode, "forwardOnly", false, where));
        c.put("useCurrentAttemptObjectiveInfo", bool(mode, "useCurrentAttemptObjectiveInfo", true, where));
        c.put("useCurrentAttemptProgressInfo", bool(mode, "useCurrentAttemptProgressInfo", true, where));
        Element rollup = seq.get("rollupRules");
        putIfAny(c, "rollupObjectiveSatisfied", bool(rollup, "rollupObjectiveSatisfied", where));
        putIfAny(c, "rollupProgressCompletion", bool(rollup, "rollupProgressCompletion", where));
        putIfAny(c, "objectiveMeasureWeight", number(rollup, "objectiveMeasureWeight", 0, 1, where));
        Element random = seq.get("randomizationControls");
        if (random != null) {
            c.put("selectionTiming", token(random, "selectionTiming", TIMINGS, "never", where));
            putIfAny(c, "selectCount", ManifestValues.integer(random, "selectCount", where));
            c.put("randomizeChildren", bool(random, "reorderChildren", false, where));
            c.put("randomizationTiming", token(random, "randomizationTiming", TIMINGS, "never", where));
        }
        Element constrained = seq.get("adlseq:constrainedChoiceConsiderations");
        putIfAny(c, "preventActivation", bool(constrained, "preventActivation", where));
        putIfAny(c, "constrainChoice", bool(constrained, "constrainChoice", where));
        return c;
    }

    private static Map<String, Object> delivery(Element delivery, String where) throws PackageRejected {
        Map<String, Object> d = new LinkedHashMap<>();
        for (String name : List.of("tracked", "completionSetByContent", "objectiveSetByContent")) {
            putIfAny(d, name, bool(delivery, name, where));
        }
        return d;
    }

    private static Map<String, Object> considerations(Element considerations, String where)
            throws PackageRejected {
        Map<String, Object> r = new LinkedHashMap<>();
        for (String name : List.of("requiredForSatisfied", "requiredForNotSatisfied", "requiredForCompleted",
                "requiredForIncomplete")) {
            putIfAny(r, name, token(considerations, name, REQUIRED_FOR, null, where));
        }
        putIfAny(r, "measureSatisfactionIfActive", bool(considerations, "measureSatisfactionIfActive", where));
        return r;
    }

    private static void limits(Element limits, Map<String, Object> a, String where) throws PackageRejected {
        Integer attempts = ManifestValues.integer(limits, "attemptLimit", where);
        if (attempts != null && attempts > 0) {
            a.put("attemptLimit", attempts);
        }
        for (String name : List.of("attemptAbsoluteDurationLimit", "activityAbsoluteDurationLimit")) {
            String value = attr(limits, name);
            if (!value.isEmpty() && !DURATION.matcher(value).matches()) {
                throw ManifestValues.rejected(where, limits, name, value,
                        "is not an ISO 8601 duration such as PT1H30M");
            }
            putIfAny(a, name, value.isEmpty() ? null : value);
        }
        for (String name : List.of("beginTimeLimit", "endTimeLimit")) {
            String value = attr(limits, name);
            putIfAny(a, name, value.isEmpty() ? null : value);
        }
    }

    private static List<Object> auxiliaryResources(Element resources) {
        List<Object> list = new ArrayList<>();
        for (Element resource : ManifestValues.children(resources, "imsss", "auxiliaryResource")) {
            list.add(Map.of("resourceId", attr(resource, "auxiliaryResourceID"), "purpose",
                    attr(resource, "purpose")));
        }
        return list;
    }

    private static Map<String, Object> completionThreshold(Element threshold, String where) throws PackageRejected {
        Map<String, Object> t = new LinkedHashMap<>();
        if (threshold == null) {
            return t;
        }
        BigDecimal bare = ManifestValues.decimalText(threshold, 0, 1, where);
        if (bare != null) {
            t.put("completedByMeasure", true);
            t.put("minProgressMeasure", bare.doubleValue());
            return t;
        }
        putIfAny(t, "completedByMeasure", bool(threshold, "completedByMeasure", where));
        putIfAny(t, "minProgressMeasure", number(threshold, "minProgressMeasure", 0, 1, where));
        putIfAny(t, "progressWeight", number(threshold, "progressWeight", 0, 1, where));
        return t;
    }

    /** adlcp:map's readSharedData and writeSharedData both default to true in SCORM 2004 4th edition. */
    private static List<Object> sharedDataMaps(Element data, String where) throws PackageRejected {
        List<Object> maps = new ArrayList<>();
        for (Element map : ManifestValues.children(data, "adlcp", "map")) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("targetID", attr(map, "targetID"));
            m.put("readSharedData", bool(map, "readSharedData", true, where));
            m.put("writeSharedData", bool(map, "writeSharedData", true, where));
            maps.add(m);
        }
        return maps;
    }

    private static List<Object> hideLmsUi(Element item, String where) throws PackageRejected {
        Element navigation = ManifestValues.child(ManifestValues.child(item, "adlnav", "presentation"), "adlnav",
                "navigationInterface");
        List<Object> tokens = new ArrayList<>();
        for (Element hide : ManifestValues.children(navigation, "adlnav", "hideLMSUI")) {
            String value = text(hide);
            if (!HIDE_LMS_UI.contains(value)) {
                throw ManifestValues.rejected(where, hide, null, value, "is not one of " + String.join(", ",
                        HIDE_LMS_UI.stream().sorted().toList()));
            }
            if (!tokens.contains(value)) {
                tokens.add(value);
            }
        }
        return tokens;
    }

    private static Double number(Element element, String name, double min, double max, String where)
            throws PackageRejected {
        BigDecimal value = ManifestValues.decimal(element, name, min, max, where);
        return value == null ? null : value.doubleValue();
    }

    private static void putIfAny(Map<String, Object> into, String key, Object value) {
        boolean empty = value == null || value instanceof Map<?, ?> m && m.isEmpty()
                || value instanceof List<?> l && l.isEmpty();
        if (!empty) {
            into.put(key, value);
        }
    }
}
