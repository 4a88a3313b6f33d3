package org.surgalt.scorm.manifest;

import static org.surgalt.scorm.manifest.ManifestValues.token;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Element;

/**
 * imsss:sequencingRules and imsss:rollupRules as scorm-again's {@code sequencingRules} and
 * {@code rollupRules}. The vocabularies are the imsss schema's; a value outside them is refused
 * rather than guessed at. Two values change on the way: rollup condition
 * "activityProgressKnown" is scorm-again's "progressKnown", and minimumPercent (0..1 in the
 * manifest) is a percentage (0..100) in scorm-again.
 */
final class RuleReader {

    private static final Set<String> RULE_CONDITIONS = Set.of("satisfied", "objectiveStatusKnown",
            "objectiveMeasureKnown", "objectiveMeasureGreaterThan", "objectiveMeasureLessThan", "completed",
            "activityProgressKnown", "attempted", "attemptLimitExceeded", "timeLimitExceeded",
            "outsideAvailableTimeRange", "always");
    private static final Set<String> PRE_ACTIONS = Set.of("skip", "disabled", "hiddenFromChoice",
            "stopForwardTraversal");
    private static final Set<String> EXIT_ACTIONS = Set.of("exit");
    private static final Set<String> POST_ACTIONS = Set.of("exitParent", "exitAll", "retry", "retryAll",
            "continue", "previous");
    private static final Set<String> COMBINATIONS = Set.of("all", "any");
    private static final Set<String> OPERATORS = Set.of("not", "noOp");
    // timeLimitExceeded and outsideAvailableTimeRange are kept as written: scorm-again 3.4.3 has
    // no rollup evaluation for them and reads them as false, as it would a condition it cannot know.
    private static final Set<String> ROLLUP_CONDITIONS = Set.of("satisfied", "objectiveStatusKnown",
            "objectiveMeasureKnown", "completed", "activityProgressKnown", "attempted", "attemptLimitExceeded",
            "timeLimitExceeded", "outsideAvailableTimeRange");
    private static final Set<String> ROLLUP_ACTIONS = Set.of("satisfied", "notSatisfied", "completed",
            "incomplete");
    private static final Set<String> CHILD_SETS = Set.of("all", "any", "none", "atLeastCount", "atLeastPercent");

    private RuleReader() {
    }

    static Map<String, Object> sequencingRules(Element rules, String where) throws PackageRejected {
        Map<String, Object> settings = new LinkedHashMap<>();
        put(settings, "preConditionRules", rules, "preConditionRule", PRE_ACTIONS, where);
        put(settings, "exitConditionRules", rules, "exitConditionRule", EXIT_ACTIONS, where);
        put(settings, "postConditionRules", rules, "postConditionRule", POST_ACTIONS, where);
        return settings;
    }

    private static void put(Map<String, Object> settings, String key, Element rules, String ruleName,
            Set<String> actions, String where) throws PackageRejected {
        List<Object> list = new ArrayList<>();
        for (Element rule : ManifestValues.children(rules, "imsss", ruleName)) {
            Element conditions = ManifestValues.child(rule, "imsss", "ruleConditions");
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("action", required(ManifestValues.child(rule, "imsss", "ruleAction"), "action", actions,
                    ruleName, where));
            r.put("conditionCombination", token(conditions, "conditionCombination", COMBINATIONS, "all", where));
            List<Object> conditionList = new ArrayList<>();
            for (Element condition : ManifestValues.children(conditions, "imsss", "ruleCondition")) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("condition", required(condition, "condition", RULE_CONDITIONS, ruleName, where));
                if ("not".equals(token(condition, "operator", OPERATORS, "noOp", where))) {
                    c.put("operator", "not");
                }
                String objective = ManifestValues.attr(condition, "referencedObjective");
                if (!objective.isEmpty()) {
                    c.put("referencedObjective", objective);
                }
                BigDecimal threshold = ManifestValues.decimal(condition, "measureThreshold", -1, 1, where);
                if (threshold != null) {
                    c.put("parameters", Map.of("threshold", threshold.doubleValue()));
                }
                conditionList.add(c);
            }
            r.put("conditions", conditionList);
            list.add(r);
        }
        if (!list.isEmpty()) {
            settings.put(key, list);
        }
    }

    static Map<String, Object> rollupRules(Element rollupRules, String where) throws PackageRejected {
        List<Object> rules = new ArrayList<>();
        for (Element rule : ManifestValues.children(rollupRules, "imsss", "rollupRule")) {
            Element conditions = ManifestValues.child(rule, "imsss", "rollupConditions");
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("action", required(ManifestValues.child(rule, "imsss", "rollupAction"), "action", ROLLUP_ACTIONS,
                    "rollupRule", where));
            r.put("consideration", token(rule, "childActivitySet", CHILD_SETS, "all", where));
            Integer count = ManifestValues.integer(rule, "minimumCount", where);
            r.put("minimumCount", count == null ? 0 : count);
            BigDecimal percent = ManifestValues.decimal(rule, "minimumPercent", 0, 1, where);
            r.put("minimumPercent", percent == null ? 0.0 : percent.movePointRight(2).doubleValue());
            r.put("conditionCombination", token(conditions, "conditionCombination", COMBINATIONS, "any", where));
            List<Object> conditionList = new ArrayList<>();
            for (Element condition : ManifestValues.children(conditions, "imsss", "rollupCondition")) {
                Map<String, Object> c = new LinkedHashMap<>();
                String name = required(condition, "condition", ROLLUP_CONDITIONS, "rollupRule", where);
                c.put("condition", name.equals("activityProgressKnown") ? "progressKnown" : name);
                if ("not".equals(token(condition, "operator", OPERATORS, "noOp", where))) {
                    c.put("operator", "not");
                }
                conditionList.add(c);
            }
            r.put("conditions", conditionList);
            rules.add(r);
        }
        return rules.isEmpty() ? null : Map.of("rules", rules);
    }

    private static String required(Element element, String name, Set<String> allowed, String ruleName,
            String where) throws PackageRejected {
        String value = token(element, name, allowed, "", where);
        if (value.isEmpty()) {
            throw new PackageRejected(ManifestValues.IMS + ": " + where + ": a " + ruleName + " has no "
                    + (element == null ? name : element.getLocalName() + " " + name));
        }
        return value;
    }
}
