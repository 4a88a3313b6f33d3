package org.surgalt.course;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What an item of a module is; the API and the course format spell these in lower case. */
public enum ItemKind {
    PAGE, FILE, VIDEO, ASSIGNMENT, QUIZ, SESSION, LINK, PACKAGE, LTI;

    public static final String NAMES = Arrays.stream(values()).map(ItemKind::id).collect(Collectors.joining(", "));

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ItemKind> fromId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id().equals(id)).findFirst();
    }
}
