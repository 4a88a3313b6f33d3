package org.surgalt.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.surgalt.course.Completion;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseContent.ModuleContent;
import org.surgalt.course.ItemKind;
import org.surgalt.platform.LocalizedText;
import org.surgalt.progress.ProgressService.LearnerProgress;

class CourseViewTest {

    private static ItemContent item(long id, long module, Completion rule) {
        return new ItemContent(id, module, (int) id, ItemKind.PAGE, LocalizedText.of("Item " + id, null),
                LocalizedText.empty(), null, null, rule, rule == Completion.PASSED ? 60 : null, null, true);
    }

    /** Module 1: items 1, 2; module 2 (after module 1): item 3. */
    private static CourseView view(Set<Long> complete, Set<Long> touched) {
        CourseContent course = new CourseContent(7, "c", "en", 1, LocalizedText.of("C", null), LocalizedText.empty(),
                null, List.of(
                        new ModuleContent(10, 1, LocalizedText.of("One", null), null,
                                List.of(item(1, 10, Completion.VIEWED), item(2, 10, Completion.SUBMITTED))),
                        new ModuleContent(20, 2, LocalizedText.of("Two", null), 10L,
                                List.of(item(3, 20, Completion.VIEWED)))),
                Map.of());
        return new CourseView(course, new LearnerProgress(course, complete), touched);
    }

    @Test
    void statesFollowCompletionTheModuleAndWhetherTheLearnerStarted() {
        CourseView view = view(Set.of(1L), Set.of(1L, 2L));
        ItemContent first = view.course().item(1).orElseThrow();
        ItemContent second = view.course().item(2).orElseThrow();
        ItemContent third = view.course().item(3).orElseThrow();
        assertEquals(ItemState.DONE, view.state(first));
        assertEquals(ItemState.NEEDS_ACTION, view.state(second));
        assertEquals(ItemState.LOCKED, view.state(third));
        assertEquals(ItemState.NOT_STARTED, view(Set.of(), Set.of()).state(second));
        // Done stays done in a module that a new version closed.
        assertEquals(ItemState.DONE, view(Set.of(3L), Set.of(3L)).state(third));
    }

    @Test
    void continueIsTheFirstItemNotCompleteInAnOpenModule() {
        assertEquals(Optional.of(1L), view(Set.of(), Set.of()).next().map(ItemContent::id));
        // Item 2 was skipped: the learner continues there, even though they looked at nothing after it.
        assertEquals(Optional.of(2L), view(Set.of(1L), Set.of()).next().map(ItemContent::id));
        assertEquals(Optional.of(3L), view(Set.of(1L, 2L), Set.of()).next().map(ItemContent::id));
        assertEquals(Optional.empty(), view(Set.of(1L, 2L, 3L), Set.of()).next());
        assertEquals(1, view(Set.of(1L), Set.of()).left(view(Set.of(), Set.of()).course().modules().get(0)));
    }
}
