package org.surgalt.progress;

import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;

import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseContent.ModuleContent;
import org.surgalt.course.release.ReleaseState;
import org.surgalt.course.release.Unmet;

/**
 * Why a course does not count as complete (yet) for a learner: the parts of its rule not met.
 * {@code modules}: when the rule asks for every module, those with required items left;
 * {@code conditions}: each "at least n of these items" not met, with how many more are needed.
 */
public record Explanation(boolean complete, boolean everyModule, List<MissingModule> modules,
        List<UnmetCondition> conditions, List<LockedItem> locked) {

    public Explanation(boolean complete, boolean everyModule, List<MissingModule> modules,
            List<UnmetCondition> conditions) {
        this(complete, everyModule, modules, conditions, List.of());
    }

    /** An item still to do that is not open to the learner yet, with what opens it. */
    public record LockedItem(ItemContent item, List<Unmet> unmet) {
    }

    /**
     * The same explanation with the items it lists that are closed to the learner (course/release),
     * so the learner's page, staff's view of them and the dashboard say the same thing. What counts
     * is not changed here: an item only some schools or cohorts see is not required at all
     * ({@code Release.countsForCompletion}), so it never appears among the missing.
     */
    public Explanation withLocked(ReleaseState release) {
        Set<Long> seen = new LinkedHashSet<>();
        List<LockedItem> closed = java.util.stream.Stream.concat(
                modules.stream().flatMap(module -> module.missing().stream()),
                conditions.stream().flatMap(condition -> condition.missing().stream()))
                .filter(item -> !release.isOpen(item) && seen.add(item.id()))
                .map(item -> new LockedItem(item, release.unmet(item))).toList();
        return new Explanation(complete, everyModule, modules, conditions, closed);
    }

    public record MissingModule(ModuleContent module, List<ItemContent> missing) {
    }

    /** {@code needed}: how many more of {@code missing} must be completed. */
    public record UnmetCondition(List<ItemContent> items, int atLeast, int done, int needed,
            List<ItemContent> missing) {
    }

    static Explanation of(CourseRules rules, ProgressService.LearnerProgress progress) {
        Set<Long> done = progress.completeItems();
        List<MissingModule> modules = !rules.allModules ? List.of() : rules.version.modules().stream()
                .filter(module -> rules.requiredPerModule.containsKey(module.id()))
                .map(module -> new MissingModule(module, module.items().stream()
                        .filter(item -> item.required() && !done.contains(item.id())).toList()))
                .filter(missing -> !missing.missing().isEmpty())
                .toList();
        List<UnmetCondition> conditions = rules.conditions.stream()
                .map(condition -> {
                    List<ItemContent> items = condition.items().stream().map(rules.items::get).toList();
                    int count = (int) items.stream().filter(item -> done.contains(item.id())).count();
                    return new UnmetCondition(items, condition.atLeast(), count,
                            Math.max(0, condition.atLeast() - count),
                            items.stream().filter(item -> !done.contains(item.id())).toList());
                })
                .filter(condition -> condition.needed() > 0)
                .toList();
        return new Explanation(modules.isEmpty() && conditions.isEmpty(), rules.allModules, modules, conditions);
    }
}
