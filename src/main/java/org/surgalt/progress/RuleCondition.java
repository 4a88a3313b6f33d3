package org.surgalt.progress;

import java.util.List;

/** One part of a course's completion rule: at least {@code atLeast} of these items complete. */
public record RuleCondition(List<Long> items, int atLeast) {

    public RuleCondition {
        items = List.copyOf(items);
    }
}
