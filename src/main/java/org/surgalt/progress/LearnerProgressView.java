package org.surgalt.progress;

import java.time.Instant;
import java.util.List;

/**
 * One learner's standing in a course for staff: each module's required items done, each item's
 * state, whether the course is complete and, when not, what is left ({@code why}, null once complete).
 */
public record LearnerProgressView(long userId, String name, long courseId, String courseCode, String courseTitle,
        Integer version, int itemsDone, int itemsRequired, int percent, boolean complete, Instant completedAt,
        Instant lastActivity, List<ModuleState> modules, Why why) {

    public record ModuleState(long id, String title, int done, int required, boolean complete, List<ItemState> items) {
    }

    /** {@code opensWhen}: what opens it when it is not open to the learner yet (course/release), null when open. */
    public record ItemState(long id, String title, String kind, boolean required, boolean complete, boolean touched,
            String opensWhen) {
    }

    /** An item still to do that is not open to the learner yet, and what opens it. */
    public record Locked(long id, String title, String opensWhen) {
    }

    public record Named(long id, String title) {
    }

    public record MissingModule(long id, String title, List<Named> missing) {
    }

    /** At least {@code atLeast} of {@code items}: {@code done} so far, {@code needed} more of {@code missing}. */
    public record UnmetCondition(int atLeast, int done, int needed, List<Named> items, List<Named> missing) {
    }

    /** {@code everyModule}: the rule asks for every module. */
    public record Why(boolean everyModule, List<MissingModule> modules, List<UnmetCondition> conditions,
            List<Locked> locked) {
    }
}
