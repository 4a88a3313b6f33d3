package org.surgalt.library;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** School subjects as Mongolia's general education curriculum names them, plus teaching itself and "other". */
public enum Subject {
    MONGOLIAN, MATHEMATICS, ENGLISH, SCIENCE, PHYSICS, CHEMISTRY, BIOLOGY, GEOGRAPHY, HISTORY, SOCIAL_STUDIES,
    ICT, ARTS, MUSIC, PHYSICAL_EDUCATION, TECHNOLOGY, PEDAGOGY, OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Subject> fromId(String id) {
        return Arrays.stream(values()).filter(subject -> subject.id().equals(id)).findFirst();
    }
}
