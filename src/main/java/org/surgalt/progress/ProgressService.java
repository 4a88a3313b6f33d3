package org.surgalt.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.surgalt.course.Completion;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseContent.ModuleContent;

/**
 * A learner's progress through the published version of a course, from completion facts. Facts
 * name items by their stable ids, so what was done in version 1 still counts in version 2 for
 * every item that is still there; a removed item stops counting but its facts stay.
 */
@ApplicationScoped
public class ProgressService {

    private final CompletionFactRepository facts;

    ProgressService(CompletionFactRepository facts) {
        this.facts = facts;
    }

    /** Records the first time a learner opens an item; later views add nothing. */
    @Transactional
    public void viewed(long userId, CourseContent version, ItemContent item) {
        if (!facts.exists(userId, item.id(), CompletionFact.Kind.VIEWED)) {
            facts.persist(new CompletionFact(userId, version.courseId(), item.id(), CompletionFact.Kind.VIEWED, null,
                    "web", version.version()));
        }
    }

    /**
     * Records something a learner did that counts (submitted, graded, passed with a score, attended,
     * waived) in the version they did it in. Append-only: a later fact never replaces an earlier one.
     */
    @Transactional
    public void record(long userId, CourseContent version, ItemContent item, CompletionFact.Kind kind, Integer score,
            String source) {
        facts.persist(new CompletionFact(userId, version.courseId(), item.id(), kind, score, source,
                version.version() == null ? 0 : version.version()));
    }

    /** What a learner has done in a course, ready to answer which items and modules are complete. */
    @Transactional
    public LearnerProgress of(long userId, CourseContent version) {
        List<CompletionFact> done = facts.ofLearner(userId, version.courseId());
        Set<Long> complete = version.items().filter(item -> satisfied(item, done)).map(ItemContent::id)
                .collect(Collectors.toSet());
        return new LearnerProgress(version, complete);
    }

    /** Which items of a version are complete; a module opens once its prerequisite's items all are. */
    public record LearnerProgress(CourseContent version, Set<Long> completeItems) {

        public boolean isComplete(long itemId) {
            return completeItems.contains(itemId);
        }

        public boolean isComplete(ModuleContent module) {
            return module.items().stream().allMatch(item -> completeItems.contains(item.id()));
        }

        /** A prerequisite missing from this version (removed) no longer holds anything closed. */
        public boolean isOpen(ModuleContent module) {
            return module.prerequisiteId() == null
                    || version.module(module.prerequisiteId()).map(this::isComplete).orElse(true);
        }

        public int percent() {
            long total = version.items().count();
            long done = version.items().filter(item -> completeItems.contains(item.id())).count();
            return total == 0 ? 0 : (int) (done * 100 / total);
        }
    }

    /**
     * The items a learner has any fact for, complete or not. One that is not complete has been
     * started and waits for them (to be submitted, passed, attended), which the outline shows.
     */
    @Transactional
    public Set<Long> touchedItems(long userId, long courseId) {
        return new HashSet<>(facts.getEntityManager().createQuery(
                "select distinct f.itemId from CompletionFact f where f.userId = :user and f.courseId = :course",
                Long.class).setParameter("user", userId).setParameter("course", courseId).getResultList());
    }

    private static boolean satisfied(ItemContent item, List<CompletionFact> done) {
        Set<CompletionFact.Kind> counting = switch (item.completion()) {
            case VIEWED -> EnumSet.complementOf(EnumSet.of(CompletionFact.Kind.REVOKED));
            case SUBMITTED -> EnumSet.of(CompletionFact.Kind.SUBMITTED, CompletionFact.Kind.GRADED,
                    CompletionFact.Kind.PASSED, CompletionFact.Kind.WAIVED);
            case PASSED -> EnumSet.of(CompletionFact.Kind.PASSED, CompletionFact.Kind.WAIVED);
            case ATTENDED -> EnumSet.of(CompletionFact.Kind.ATTENDED, CompletionFact.Kind.WAIVED);
        };
        return done.stream().anyMatch(fact -> fact.itemId() == item.id() && counting.contains(fact.kind())
                && (item.completion() != Completion.PASSED || fact.kind() == CompletionFact.Kind.WAIVED
                        || (fact.score() != null && item.minScore() != null && fact.score() >= item.minScore())));
    }

}
