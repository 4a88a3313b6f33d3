package org.surgalt.node.bundle;

import java.util.List;
import org.surgalt.assignment.AssignmentCopy;
import org.surgalt.quiz.QuizCopy;

/**
 * What a course's items need besides their version's content and what is not versioned on the source
 * either: quiz settings with their questions and options, assignment settings with their rubrics, as
 * the source has them now, by the source's item, question and option ids.
 */
public record CourseExtras(List<QuizCopy> quizzes, List<AssignmentCopy> assignments) {

    public List<QuizCopy> quizzes() {
        return quizzes == null ? List.of() : quizzes;
    }

    public List<AssignmentCopy> assignments() {
        return assignments == null ? List.of() : assignments;
    }
}
