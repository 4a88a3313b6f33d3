package org.surgalt.progress;

import jakarta.ws.rs.core.MultivaluedMap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.surgalt.platform.DomainException;

/**
 * The completion rule form as typed: "every module", the online hours, and numbered conditions
 * ({@code atLeast0} with the ticked {@code items0}, ...). A condition with nothing ticked and no
 * number is an unused slot; one more empty slot is always offered.
 */
public record RuleForm(long version, boolean allModules, String onlineHours, List<ConditionForm> conditions) {

    private static final int MAX_CONDITIONS = 20;

    public record ConditionForm(int index, String atLeast, Set<Long> items) {

        public boolean has(long itemId) {
            return items.contains(itemId);
        }

        boolean isBlank() {
            return items.isEmpty() && (atLeast == null || atLeast.isBlank());
        }
    }

    static RuleForm of(CompletionRuleService.RuleView rule) {
        List<ConditionForm> conditions = new ArrayList<>();
        for (RuleCondition condition : rule.conditions()) {
            conditions.add(new ConditionForm(conditions.size(), Integer.toString(condition.atLeast()),
                    new LinkedHashSet<>(condition.items())));
        }
        return new RuleForm(rule.version(), rule.allModules(),
                rule.onlineHours() == null ? "" : rule.onlineHours().toPlainString(), conditions);
    }

    /** Unparsable numbers are kept as typed, to show again with the error. */
    static RuleForm of(MultivaluedMap<String, String> fields) {
        List<ConditionForm> conditions = new ArrayList<>();
        for (int i = 0; i < MAX_CONDITIONS; i++) {
            String atLeast = fields.getFirst("atLeast" + i);
            List<String> ticked = fields.get("items" + i);
            if (atLeast == null && ticked == null) {
                continue;
            }
            Set<Long> items = new LinkedHashSet<>();
            for (String value : ticked == null ? List.<String>of() : ticked) {
                try {
                    items.add(Long.parseLong(value.strip()));
                } catch (NumberFormatException e) {
                    // Not an item id: a checkbox value nobody could have ticked; ignored.
                }
            }
            ConditionForm condition = new ConditionForm(conditions.size(), atLeast == null ? "" : atLeast.strip(), items);
            if (!condition.isBlank()) {
                conditions.add(condition);
            }
        }
        long version;
        try {
            version = Long.parseLong(fields.getFirst("version") == null ? "0" : fields.getFirst("version").strip());
        } catch (NumberFormatException e) {
            version = -1;
        }
        String hours = fields.getFirst("onlineHours");
        return new RuleForm(version, fields.getFirst("allModules") != null, hours == null ? "" : hours.strip(),
                conditions);
    }

    List<RuleCondition> toConditions() {
        List<RuleCondition> parsed = new ArrayList<>();
        for (ConditionForm condition : conditions) {
            int atLeast;
            try {
                atLeast = Integer.parseInt(condition.atLeast());
            } catch (NumberFormatException e) {
                throw DomainException.invalid("conditions[" + condition.index() + "].atLeast",
                        "must be a whole number from 1 to the number of items chosen");
            }
            parsed.add(new RuleCondition(List.copyOf(condition.items()), atLeast));
        }
        return parsed;
    }

    BigDecimal hours() {
        if (onlineHours.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(onlineHours.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw DomainException.invalid("onlineHours", "must be a number of hours, such as 12.5");
        }
    }

    /** The form with one empty condition slot after the others, for adding a condition. */
    RuleForm withBlank() {
        List<ConditionForm> slots = new ArrayList<>(conditions);
        slots.add(new ConditionForm(slots.size(), "", Set.of()));
        return new RuleForm(version, allModules, onlineHours, slots);
    }

    RuleForm withVersion(long current) {
        return new RuleForm(current, allModules, onlineHours, conditions);
    }
}
