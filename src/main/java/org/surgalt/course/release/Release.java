package org.surgalt.course.release;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseContent.ModuleContent;
import org.surgalt.progress.ProgressService.LearnerProgress;

/**
 * Which items of a version are open to one learner, and what holds each closed one back. An item
 * opens when its module's prerequisite is complete and every condition of its module and of the
 * item itself holds (AND throughout; OR only between the schools and cohorts of one audience).
 * The one rule every route, page, explanation and dashboard asks, through {@code ItemAccess} and
 * {@link ReleaseService}.
 */
public final class Release {

    private Release() {
    }

    /**
     * Whether an item counts towards completion. One for some schools or cohorts only does not, for
     * anyone: a teacher it is hidden from is never held back by it, the dashboard's "items required"
     * (course_progress, written from the version) and the learner's explanation count the same
     * items, and one rule for all keeps a published version's totals the same for every learner.
     * An author who wants it to count for its audience gives those learners a course of their own.
     */
    public static boolean countsForCompletion(boolean required, ReleaseConditions item, ReleaseConditions module) {
        return required && !ReleaseConditions.orNone(item).restrictsAudience()
                && !ReleaseConditions.orNone(module).restrictsAudience();
    }

    public static ReleaseState of(CourseContent content, LearnerProgress progress, LearnerFacts facts) {
        Map<Long, List<Unmet>> closed = new LinkedHashMap<>();
        for (ModuleContent module : content.modules()) {
            List<Unmet> moduleUnmet = new ArrayList<>();
            if (!progress.isOpen(module)) {
                content.module(module.prerequisiteId()).map(Unmet::module).ifPresent(moduleUnmet::add);
            }
            moduleUnmet.addAll(unmet(module.release(), content, progress, facts));
            for (ItemContent item : module.items()) {
                List<Unmet> unmet = new ArrayList<>(moduleUnmet);
                unmet.addAll(unmet(item.release(), content, progress, facts));
                if (!unmet.isEmpty()) {
                    closed.put(item.id(), List.copyOf(unmet));
                }
            }
        }
        return new ReleaseState(closed);
    }

    /** The conditions not met, in the order a learner reads them: what to do, then when, then who. */
    static List<Unmet> unmet(ReleaseConditions conditions, CourseContent content, LearnerProgress progress,
            LearnerFacts facts) {
        if (conditions == null || conditions.isEmpty()) {
            return List.of();
        }
        List<Unmet> unmet = new ArrayList<>();
        // An item removed from the version no longer holds anything closed, as a removed prerequisite does not.
        List<ItemContent> missing = conditions.items().stream().map(content::item)
                .flatMap(java.util.Optional::stream).filter(item -> !progress.isComplete(item.id())).toList();
        if (!missing.isEmpty()) {
            unmet.add(Unmet.items(missing));
        }
        if (conditions.quizItem() != null) {
            content.item(conditions.quizItem())
                    .filter(quiz -> facts.bestScores().getOrDefault(quiz.id(), -1) < conditions.quizAtLeast())
                    .ifPresent(quiz -> unmet.add(Unmet.score(quiz, conditions.quizAtLeast())));
        }
        if (conditions.opensAt() != null && facts.now().isBefore(conditions.opensAt())) {
            unmet.add(Unmet.date(conditions.opensAt()));
        }
        if (conditions.restrictsAudience() && !inAudience(conditions, facts)) {
            unmet.add(Unmet.audience(conditions.institutions(), conditions.cohorts()));
        }
        return unmet;
    }

    private static boolean inAudience(ReleaseConditions conditions, LearnerFacts facts) {
        return conditions.institutions().stream().anyMatch(facts.schools()::contains)
                || conditions.cohorts().stream().anyMatch(facts.cohorts()::contains);
    }
}
