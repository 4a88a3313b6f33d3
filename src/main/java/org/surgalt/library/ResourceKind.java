package org.surgalt.library;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a shared resource is; pages and the API spell these in lower case (lesson_plan, ...). */
public enum ResourceKind {
    LESSON_PLAN, WORKSHEET, SLIDE_DECK, PAGE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<ResourceKind> fromId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id().equals(id)).findFirst();
    }
}
