package org.surgalt.cartridge.export;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.surgalt.assignment.Assignment;
import org.surgalt.course.CourseContent;
import org.surgalt.platform.LocalizedText;
import org.surgalt.quiz.QuestionContent;

/**
 * Everything a cartridge of one published version is made of, read in one transaction before a
 * byte is sent: the version's content, and by item id the assignments' grading and the quizzes'
 * questions (which belong to the draft item, not to the version), and the LTI items' custom parameters
 * (kept for the item and its address). The files' bytes are not here:
 * they are streamed from the asset store as the archive is written.
 */
record ExportSource(CourseContent content, Map<Long, Grading> assignments, Map<Long, List<QuestionContent>> quizzes,
        Map<Long, Map<String, String>> ltiCustom) {

    /** An assignment's points and rubric (empty when it has none). */
    record Grading(int maxPoints, List<Assignment.NewCriterion> rubric) {
    }

    Locale locale() {
        return Locale.forLanguageTag(content.language());
    }

    /** The text in the course's language, else the other one; empty when neither is there. */
    String text(LocalizedText value) {
        String text = value == null ? null : value.in(locale());
        return text == null ? "" : text;
    }
}
