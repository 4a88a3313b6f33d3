package org.surgalt.course.release;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseContent.ModuleContent;
import org.surgalt.platform.DomainException;

/**
 * Refuses conditions that would keep an item closed for ever: one that waits, through other items,
 * quiz scores or module prerequisites, on itself.
 */
final class ReleaseCycles {

    private ReleaseCycles() {
    }

    static void requireNone(CourseContent draft) {
        Map<Long, Set<Long>> waitsFor = new HashMap<>();
        for (ModuleContent module : draft.modules()) {
            Set<Long> fromModule = new LinkedHashSet<>(named(module.release()));
            draft.module(module.prerequisiteId() == null ? -1 : module.prerequisiteId())
                    .ifPresent(prerequisite -> prerequisite.items().stream().filter(ItemContent::required)
                            .forEach(item -> fromModule.add(item.id())));
            for (ItemContent item : module.items()) {
                Set<Long> all = new LinkedHashSet<>(fromModule);
                all.addAll(named(item.release()));
                waitsFor.put(item.id(), all);
            }
        }
        Set<Long> done = new HashSet<>();
        for (Long item : waitsFor.keySet()) {
            visit(item, waitsFor, new HashSet<>(), done);
        }
    }

    private static void visit(Long item, Map<Long, Set<Long>> waitsFor, Set<Long> path, Set<Long> done) {
        if (done.contains(item)) {
            return;
        }
        if (!path.add(item)) {
            throw DomainException.invalid("items", "would make a circle of items that never open");
        }
        for (Long next : waitsFor.getOrDefault(item, Set.of())) {
            visit(next, waitsFor, path, done);
        }
        path.remove(item);
        done.add(item);
    }

    private static Set<Long> named(ReleaseConditions conditions) {
        Set<Long> ids = new LinkedHashSet<>(conditions.items());
        if (conditions.quizItem() != null) {
            ids.add(conditions.quizItem());
        }
        return ids;
    }
}
