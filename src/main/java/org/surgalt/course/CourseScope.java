package org.surgalt.course;

import java.util.Set;

/**
 * A set of courses for queries that filter by course in the database (search): every course, or
 * the ones listed. {@code ids} is empty when {@code every} is true.
 */
public record CourseScope(boolean every, Set<Long> ids) {

    public static final CourseScope EVERY = new CourseScope(true, Set.of());

    public static CourseScope of(Set<Long> ids) {
        return new CourseScope(false, Set.copyOf(ids));
    }

    public boolean isEmpty() {
        return !every && ids.isEmpty();
    }

    public boolean contains(long courseId) {
        return every || ids.contains(courseId);
    }
}
