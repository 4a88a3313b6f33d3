package org.surgalt.course.release;

import java.time.Instant;
import java.util.List;

import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseContent.ModuleContent;

/**
 * One condition that holds an item back, with what it needs: {@link ReleaseText} says it in the
 * reader's language. {@code module}: the prerequisite module (MODULE); {@code items}: those still
 * to complete (ITEMS) or the quiz (SCORE, with {@code atLeast}); {@code at}: when it opens (DATE);
 * {@code institutions} / {@code cohorts}: who it is for (AUDIENCE).
 */
public record Unmet(Kind kind, ModuleContent module, List<ItemContent> items, Integer atLeast, Instant at,
        List<Long> institutions, List<Long> cohorts) {

    public enum Kind {
        MODULE, ITEMS, SCORE, DATE, AUDIENCE
    }

    static Unmet module(ModuleContent module) {
        return new Unmet(Kind.MODULE, module, List.of(), null, null, List.of(), List.of());
    }

    static Unmet items(List<ItemContent> items) {
        return new Unmet(Kind.ITEMS, null, items, null, null, List.of(), List.of());
    }

    static Unmet score(ItemContent quiz, int atLeast) {
        return new Unmet(Kind.SCORE, null, List.of(quiz), atLeast, null, List.of(), List.of());
    }

    static Unmet date(Instant at) {
        return new Unmet(Kind.DATE, null, List.of(), null, at, List.of(), List.of());
    }

    static Unmet audience(List<Long> institutions, List<Long> cohorts) {
        return new Unmet(Kind.AUDIENCE, null, List.of(), null, null, institutions, cohorts);
    }
}
