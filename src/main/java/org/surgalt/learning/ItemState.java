package org.surgalt.learning;

import java.util.Locale;

/** Where a learner stands with one item, as the outline and the home page say it (in words, not colour). */
public enum ItemState {
    NOT_STARTED,
    DONE,
    /** Started but its rule is not met yet: opened but not handed in, graded below the pass mark, not attended. */
    NEEDS_ACTION,
    /** Not open yet: its module's prerequisite or a release condition holds it back (course/release). */
    LOCKED;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Done counts even in a closed module: what a learner did stays done if a new version adds a prerequisite. */
    static ItemState of(boolean open, boolean complete, boolean touched) {
        if (complete) {
            return DONE;
        }
        if (!open) {
            return LOCKED;
        }
        return touched ? NEEDS_ACTION : NOT_STARTED;
    }
}
