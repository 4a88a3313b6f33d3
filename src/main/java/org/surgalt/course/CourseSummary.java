package org.surgalt.course;

import org.surgalt.platform.LocalizedText;

/** A catalogue entry. */
public record CourseSummary(Long id, String code, String language, LocalizedText title, LocalizedText description,
        int moduleCount) {

    static CourseSummary of(Course course, int moduleCount) {
        return new CourseSummary(course.id(), course.code(), course.language(), course.title(), course.description(),
                moduleCount);
    }
}
