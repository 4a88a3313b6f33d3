package org.surgalt.progress;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes recomputed progress for a batch of learners, touching only rows that differ from what is
 * stored, in multi-row statements. Says which learners' numbers changed and who became complete.
 */
final class DerivedWriter {

    private DerivedWriter() {
    }

    /** {@code before} null: the learner had no course row. */
    record Change(long userId, ProgressStore.CourseRow before, CourseRules.Derived after, Instant completedAt) {

        boolean numbersChanged() {
            int doneBefore = before == null ? 0 : before.itemsDone();
            int requiredBefore = before == null ? after.itemsRequired() : before.itemsRequired();
            boolean completeBefore = before != null && before.complete();
            return doneBefore != after.itemsDone() || requiredBefore != after.itemsRequired()
                    || completeBefore != after.complete();
        }

        boolean becameComplete() {
            return after.complete() && (before == null || !before.complete());
        }
    }

    static List<Change> write(Connection c, CourseRules rules, List<CourseRules.Derived> learners,
            Map<Long, ProgressStore.Stored> stored, Instant now) throws SQLException {
        long courseId = rules.version.courseId();
        int version = rules.version.version() == null ? 0 : rules.version.version();
        List<Object[]> itemInserts = new ArrayList<>();
        List<Object[]> itemDeletes = new ArrayList<>();
        List<Object[]> moduleUpserts = new ArrayList<>();
        List<Object[]> moduleDeletes = new ArrayList<>();
        List<Object[]> courseUpserts = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        for (CourseRules.Derived after : learners) {
            long user = after.userId();
            ProgressStore.Stored before = stored.get(user);
            for (Map.Entry<Long, Instant> item : after.doneItems().entrySet()) {
                if (!before.items().contains(item.getKey())) {
                    itemInserts.add(new Object[] {user, courseId, rules.items.get(item.getKey()).moduleId(), item.getKey(),
                            item.getValue()});
                }
            }
            for (long item : before.items()) {
                if (!after.doneItems().containsKey(item)) {
                    itemDeletes.add(new Object[] {user, item});
                }
            }
            for (Map.Entry<Long, CourseRules.ModuleState> module : after.modules().entrySet()) {
                CourseRules.ModuleState old = before.modules().get(module.getKey());
                CourseRules.ModuleState now1 = module.getValue();
                Instant completedAt = now1.completedAt() == null ? null
                        : old != null && old.completedAt() != null ? old.completedAt() : now1.completedAt();
                if (old == null || old.done() != now1.done() || old.required() != now1.required()
                        || (old.completedAt() == null) != (completedAt == null)) {
                    moduleUpserts.add(new Object[] {user, courseId, module.getKey(), now1.done(), now1.required(),
                            completedAt});
                }
            }
            for (long module : before.modules().keySet()) {
                if (!after.modules().containsKey(module)) {
                    moduleDeletes.add(new Object[] {user, module});
                }
            }
            ProgressStore.CourseRow old = before.course();
            Instant completedAt = !after.complete() ? null
                    : old != null && old.complete() ? old.completedAt() : now;
            Instant lastActivity = old == null || old.lastActivity() == null ? after.lastActivity()
                    : after.lastActivity() == null || old.lastActivity().isAfter(after.lastActivity())
                            ? old.lastActivity() : after.lastActivity();
            boolean differs = old == null || old.itemsDone() != after.itemsDone()
                    || old.itemsRequired() != after.itemsRequired() || old.modulesDone() != after.modulesDone()
                    || old.modulesRequired() != after.modulesRequired() || old.complete() != after.complete()
                    || old.courseVersion() != version;
            // A learner with no facts and no row stays without one: "no row" already means 0 done.
            if (differs && (old != null || after.lastActivity() != null)) {
                courseUpserts.add(new Object[] {user, courseId, after.itemsDone(), after.itemsRequired(),
                        after.modulesDone(), after.modulesRequired(), after.complete(), completedAt, lastActivity,
                        version});
            }
            Change change = new Change(user, old, after, completedAt);
            if (change.numbersChanged() || change.becameComplete()) {
                changes.add(change);
            }
        }
        Jdbc.batch(c, "DELETE FROM item_progress WHERE user_id = ? AND item_id = ?", itemDeletes);
        Jdbc.batch(c, "DELETE FROM module_progress WHERE user_id = ? AND module_id = ?", moduleDeletes);
        Jdbc.insertRows(c, "INSERT INTO item_progress (user_id, course_id, module_id, item_id, completed_at) VALUES",
                5, itemInserts, "ON DUPLICATE KEY UPDATE module_id = VALUES(module_id)");
        Jdbc.insertRows(c, "INSERT INTO module_progress (user_id, course_id, module_id, items_done, items_required, "
                + "completed_at) VALUES", 6, moduleUpserts, "ON DUPLICATE KEY UPDATE items_done = VALUES(items_done), "
                + "items_required = VALUES(items_required), completed_at = VALUES(completed_at)");
        Jdbc.insertRows(c, "INSERT INTO course_progress (user_id, course_id, items_done, items_required, modules_done, "
                + "modules_required, complete, completed_at, last_activity_at, course_version) VALUES", 10,
                courseUpserts, "ON DUPLICATE KEY UPDATE items_done = VALUES(items_done), "
                        + "items_required = VALUES(items_required), modules_done = VALUES(modules_done), "
                        + "modules_required = VALUES(modules_required), complete = VALUES(complete), "
                        + "completed_at = VALUES(completed_at), last_activity_at = VALUES(last_activity_at), "
                        + "course_version = VALUES(course_version)");
        return changes;
    }

    static void audit(Connection c, long recomputeId, List<Change> changes) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (Change change : changes) {
            if (!change.numbersChanged()) {
                continue;
            }
            ProgressStore.CourseRow before = change.before();
            rows.add(new Object[] {recomputeId, change.userId(), before == null ? 0 : before.itemsDone(),
                    before == null ? change.after().itemsRequired() : before.itemsRequired(),
                    before != null && before.complete(), change.after().itemsDone(), change.after().itemsRequired(),
                    change.after().complete()});
        }
        Jdbc.insertRows(c, "INSERT INTO progress_audit (recompute_id, user_id, before_done, before_required, "
                + "before_complete, after_done, after_required, after_complete) VALUES", 8, rows, "");
    }
}
