package org.surgalt.progress;

import java.util.List;
import java.util.Set;

import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseContent.ModuleContent;

/**
 * Why a course does not count as complete (yet) for a learner: the parts of its rule not met.
 * {@code modules}: when the rule asks for every module, those with required items left;
 * {@code conditions}: each "at least n of these items" not met, with how many more are needed.
 */
public record Explanation(boolean complete, boolean everyModule, List<MissingModule> modules,
        List<UnmetCondition> conditions) {

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
