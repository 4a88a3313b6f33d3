package org.surgalt.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.surgalt.course.Completion;
import org.surgalt.course.CourseContent;
import org.surgalt.course.ItemKind;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseContent.ModuleContent;

/**
 * What counts in one published version under one completion rule, ready to compute a learner's
 * derived progress from their facts. Conditions name items by stable id; an item no longer in the
 * version is left out of its condition and the condition's "at least" shrinks to what remains, so
 * removing a workshop never makes a course impossible to complete.
 */
final class CourseRules {

    private static final Set<CompletionFact.Kind> SUBMITTED = EnumSet.of(CompletionFact.Kind.SUBMITTED,
            CompletionFact.Kind.GRADED, CompletionFact.Kind.PASSED, CompletionFact.Kind.WAIVED);

    final CourseContent version;
    final boolean allModules;
    final List<RuleCondition> conditions;
    final Map<Long, ItemContent> items = new HashMap<>();
    /** Required items per module that has any; modules without one are left out. */
    final Map<Long, Integer> requiredPerModule = new LinkedHashMap<>();
    final int itemsRequired;

    CourseRules(CourseContent version, boolean allModules, List<RuleCondition> ruleConditions) {
        this.version = version;
        this.allModules = allModules;
        int required = 0;
        for (ModuleContent module : version.modules()) {
            int inModule = 0;
            for (ItemContent item : module.items()) {
                items.put(item.id(), item);
                if (item.required()) {
                    inModule++;
                }
            }
            if (inModule > 0) {
                requiredPerModule.put(module.id(), inModule);
            }
            required += inModule;
        }
        this.itemsRequired = required;
        List<RuleCondition> kept = new ArrayList<>();
        for (RuleCondition condition : ruleConditions) {
            List<Long> present = condition.items().stream().filter(items::containsKey).distinct().toList();
            int atLeast = Math.min(condition.atLeast(), present.size());
            if (atLeast > 0) {
                kept.add(new RuleCondition(present, atLeast));
            }
        }
        this.conditions = List.copyOf(kept);
    }

    static CourseRules of(CourseContent version, CompletionRule rule) {
        return rule == null ? new CourseRules(version, true, List.of())
                : new CourseRules(version, rule.allModules(), rule.conditions());
    }

    int modulesRequired() {
        return requiredPerModule.size();
    }

    boolean inCondition(long itemId) {
        return conditions.stream().anyMatch(condition -> condition.items().contains(itemId));
    }

    /** Whether this one fact makes the item complete (REVOKED never does). */
    static boolean satisfies(ItemContent item, CompletionFact.Kind kind, Integer score) {
        return switch (item.completion()) {
            case VIEWED -> kind != CompletionFact.Kind.REVOKED;
            case SUBMITTED -> SUBMITTED.contains(kind);
            // A package's PASSED fact without a minimum score: the package itself judged it passed.
            case PASSED, COMPLETED_PASSED -> kind == CompletionFact.Kind.WAIVED || (kind == CompletionFact.Kind.PASSED
                    && (item.minScore() == null ? item.kind() == ItemKind.PACKAGE
                            : score != null && score >= item.minScore()));
            case COMPLETED -> kind == CompletionFact.Kind.COMPLETED || kind == CompletionFact.Kind.WAIVED;
            case ATTENDED -> kind == CompletionFact.Kind.ATTENDED || kind == CompletionFact.Kind.WAIVED;
        };
    }

    /** The course rule on top of module counts and the set of complete items. */
    boolean courseComplete(int modulesDone, Set<Long> doneItems) {
        if (allModules && modulesDone < modulesRequired()) {
            return false;
        }
        return conditions.stream().allMatch(condition ->
                condition.items().stream().filter(doneItems::contains).count() >= condition.atLeast());
    }

    /**
     * One learner's derived progress from their facts in the order they happened: a REVOKED fact
     * cancels the item's earlier ATTENDED and WAIVED facts, never a later one.
     */
    Derived compute(long userId, List<FactRow> facts) {
        Map<Long, Instant> done = new HashMap<>();
        Map<Long, List<FactRow>> byItem = new HashMap<>();
        Instant lastActivity = null;
        for (FactRow fact : facts) {
            byItem.computeIfAbsent(fact.itemId(), id -> new ArrayList<>()).add(fact);
            if (lastActivity == null || fact.occurredAt().isAfter(lastActivity)) {
                lastActivity = fact.occurredAt();
            }
        }
        Set<Long> touchedModules = new java.util.HashSet<>();
        for (Map.Entry<Long, List<FactRow>> entry : byItem.entrySet()) {
            ItemContent item = items.get(entry.getKey());
            if (item == null) {
                continue;
            }
            touchedModules.add(item.moduleId());
            Instant first = firstSatisfying(item, entry.getValue());
            if (first != null) {
                done.put(item.id(), first);
            }
        }
        Map<Long, ModuleState> modules = new HashMap<>();
        for (Map.Entry<Long, Integer> module : requiredPerModule.entrySet()) {
            modules.put(module.getKey(), new ModuleState(0, module.getValue(), null));
        }
        for (long moduleId : touchedModules) {
            modules.putIfAbsent(moduleId, new ModuleState(0, 0, null));
        }
        int itemsDone = 0;
        for (Map.Entry<Long, Instant> entry : done.entrySet()) {
            ItemContent item = items.get(entry.getKey());
            if (item.required()) {
                itemsDone++;
                ModuleState state = modules.get(item.moduleId());
                Instant latest = state.completedAt() == null || entry.getValue().isAfter(state.completedAt())
                        ? entry.getValue() : state.completedAt();
                modules.put(item.moduleId(), new ModuleState(state.done() + 1, state.required(), latest));
            }
        }
        int modulesDone = 0;
        Map<Long, ModuleState> kept = new HashMap<>();
        for (Map.Entry<Long, ModuleState> entry : modules.entrySet()) {
            ModuleState state = entry.getValue();
            boolean complete = state.required() > 0 && state.done() >= state.required();
            if (complete) {
                modulesDone++;
            }
            // A row once the learner did anything in the module; an untouched one stays without.
            if (touchedModules.contains(entry.getKey())) {
                kept.put(entry.getKey(), new ModuleState(state.done(), state.required(),
                        complete ? state.completedAt() : null));
            }
        }
        boolean complete = courseComplete(modulesDone, done.keySet());
        return new Derived(userId, done, kept, itemsDone, itemsRequired, modulesDone, modulesRequired(), complete,
                lastActivity);
    }

    private static Instant firstSatisfying(ItemContent item, List<FactRow> facts) {
        // In time order; a REVOKED takes back the ATTENDED and WAIVED facts before it, not the rest.
        List<FactRow> counting = new ArrayList<>();
        for (FactRow fact : facts) {
            if (fact.kind() == CompletionFact.Kind.REVOKED) {
                counting.removeIf(earlier -> earlier.kind() == CompletionFact.Kind.ATTENDED
                        || earlier.kind() == CompletionFact.Kind.WAIVED);
            } else if (satisfies(item, fact.kind(), fact.score())) {
                counting.add(fact);
            }
        }
        return counting.isEmpty() ? null : counting.get(0).occurredAt();
    }

    record ModuleState(int done, int required, Instant completedAt) {
    }

    /** A learner's derived rows: items done (with when), touched modules, and the course totals. */
    record Derived(long userId, Map<Long, Instant> doneItems, Map<Long, ModuleState> modules, int itemsDone,
            int itemsRequired, int modulesDone, int modulesRequired, boolean complete, Instant lastActivity) {
    }
}
