package org.surgalt.scorm;

import java.util.Optional;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.progress.CompletionFact;

/**
 * Which completion fact an attempt's status gives under the item's rule. The fact says what the
 * rule waits for, so progress counts it like any other item's: COMPLETED for "completed", PASSED
 * (with the score) for "passed" and for "completed and passed" once both hold. A mastery score
 * set by the author (the item's minimum score) decides passing instead of the package.
 */
final class PackageCompletion {

    private PackageCompletion() {
    }

    static Optional<CompletionFact.Kind> factFor(ItemContent item, Status rolled) {
        Status judged = rolled.judgedBy(item.minScore());
        boolean completed = judged.completion() == Status.Completion.COMPLETED;
        boolean passed = judged.success() == Status.Success.PASSED;
        return switch (item.completion()) {
            case COMPLETED -> completed ? Optional.of(CompletionFact.Kind.COMPLETED) : Optional.empty();
            case PASSED -> passed ? Optional.of(CompletionFact.Kind.PASSED) : Optional.empty();
            case COMPLETED_PASSED -> completed && passed ? Optional.of(CompletionFact.Kind.PASSED) : Optional.empty();
            default -> Optional.empty();
        };
    }
}
