package org.surgalt.course.release;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

import org.surgalt.platform.DomainException;

/**
 * When an item or a module opens, besides the module prerequisite: every condition given must
 * hold (AND). {@code items}: these items complete; {@code opensAt}: from this moment;
 * {@code institutions} / {@code cohorts}: only for a learner whose school is one of these or who
 * is a member of one of these cohorts (either list, OR within the audience); {@code quizItem} with
 * {@code quizAtLeast}: the learner's best score on that quiz item is at least this percentage.
 * Empty lists and nulls are "no such condition". Part of the draft, copied into each published
 * version (see V033).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ReleaseConditions(List<Long> items, Instant opensAt, List<Long> institutions, List<Long> cohorts,
        Long quizItem, Integer quizAtLeast) {

    public static final ReleaseConditions NONE = new ReleaseConditions(List.of(), null, List.of(), List.of(), null,
            null);

    static final int MAX_IDS = 200;

    public ReleaseConditions {
        items = distinct(items);
        institutions = distinct(institutions);
        cohorts = distinct(cohorts);
    }

    private static List<Long> distinct(List<Long> ids) {
        return ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids.stream()
                .filter(java.util.Objects::nonNull).toList()));
    }

    /** Null for none, so callers can take what they read from a row or a request as it is. */
    public static ReleaseConditions orNone(ReleaseConditions conditions) {
        return conditions == null ? NONE : conditions;
    }

    @JsonIgnore
    public boolean isEmpty() {
        return items.isEmpty() && opensAt == null && !restrictsAudience() && quizItem == null;
    }

    /** For some schools or cohorts only: such an item never counts towards completion (see {@link Release}). */
    @JsonIgnore
    public boolean restrictsAudience() {
        return !institutions.isEmpty() || !cohorts.isEmpty();
    }

    /** The rules that need nothing but the conditions themselves; the course's own checks are in {@link ReleaseService}. */
    void requireWellFormed() {
        if (items.size() > MAX_IDS || institutions.size() > MAX_IDS || cohorts.size() > MAX_IDS) {
            throw DomainException.invalid("conditions", "may name at most 200 items, schools or cohorts each");
        }
        if ((quizItem == null) != (quizAtLeast == null)) {
            throw DomainException.invalid("quizAtLeast", "needs a quiz, and a quiz needs the score it asks for");
        }
        if (quizAtLeast != null && (quizAtLeast < 0 || quizAtLeast > 100)) {
            throw DomainException.invalid("quizAtLeast", "must be a percentage from 0 to 100");
        }
    }
}
