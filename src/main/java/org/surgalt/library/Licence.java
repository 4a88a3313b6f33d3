package org.surgalt.library;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The licences a resource is shared under. Only the Creative Commons ones let others copy it into
 * their courses; an all-rights-reserved resource is read and linked, never copied.
 */
public enum Licence {
    CC_BY("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
    CC_BY_SA("CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
    ALL_RIGHTS_RESERVED("All rights reserved", null);

    private final String label;
    private final String deed;

    Licence(String label, String deed) {
        this.label = label;
        this.deed = deed;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The licence's own name (the Creative Commons ones are not translated). */
    public String label() {
        return label;
    }

    /** The licence deed people read, or null for all rights reserved. */
    public String deed() {
        return deed;
    }

    public boolean allowsCopies() {
        return this != ALL_RIGHTS_RESERVED;
    }

    static Optional<Licence> fromId(String id) {
        return Arrays.stream(values()).filter(licence -> licence.id().equals(id)).findFirst();
    }
}
