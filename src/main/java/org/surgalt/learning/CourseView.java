package org.surgalt.learning;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseContent.ModuleContent;
import org.surgalt.course.release.LearnerFacts;
import org.surgalt.course.release.Release;
import org.surgalt.course.release.ReleaseState;
import org.surgalt.progress.ProgressService.LearnerProgress;

/** A course's published version as one learner stands in it: each item's state, what is left, where to go on. */
public record CourseView(CourseContent course, LearnerProgress progress, Set<Long> touched, ReleaseState release) {

    /** Held back by module prerequisites alone (a version without release conditions). */
    public CourseView(CourseContent course, LearnerProgress progress, Set<Long> touched) {
        this(course, progress, touched, Release.of(course, progress, LearnerFacts.none(Instant.now())));
    }

    public ItemState state(ItemContent item) {
        return ItemState.of(release.isOpen(item), progress.isComplete(item.id()), touched.contains(item.id()));
    }

    public boolean isOpen(ItemContent item) {
        return release.isOpen(item);
    }

    public boolean isOpen(ModuleContent module) {
        return progress.isOpen(module);
    }

    public int percent() {
        return progress.percent();
    }

    /** Required items of the module not complete yet (optional ones hold nothing back). */
    public long left(ModuleContent module) {
        return module.items().stream().filter(ItemContent::required).filter(item -> !progress.isComplete(item.id()))
                .count();
    }

    /**
     * "Continue where you left off": the first item, in the order of the outline, that is not
     * complete and is in an open module. Chosen over "the last item viewed" because it is where
     * the work is (a learner who looked ahead still has the earlier item to do), it never points
     * at something finished or closed, and it needs no extra state. Empty when nothing open is
     * left (all done, or only closed modules remain).
     */
    public Optional<ItemContent> next() {
        return course.modules().stream().filter(progress::isOpen)
                .flatMap(module -> module.items().stream())
                .filter(item -> !progress.isComplete(item.id()) && release.isOpen(item))
                .findFirst();
    }
}
