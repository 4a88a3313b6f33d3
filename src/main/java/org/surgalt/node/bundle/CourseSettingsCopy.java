package org.surgalt.node.bundle;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.surgalt.assignment.AssignmentCopies;
import org.surgalt.assignment.AssignmentCopy;
import org.surgalt.course.Course;
import org.surgalt.course.CourseContent;
import org.surgalt.course.ItemKind;
import org.surgalt.node.client.NodeLinks;
import org.surgalt.node.client.NodeLinks.Kind;
import org.surgalt.quiz.QuizCopies;
import org.surgalt.quiz.QuizCopy;

/**
 * Quiz and assignment settings between instances: read on the source for a version's items, written
 * on the receiver onto the items linked to them. Questions and options are linked (QUESTION, OPTION)
 * in the caller's transaction, so that attempts going up name the national ones.
 */
@ApplicationScoped
public class CourseSettingsCopy {

    private final QuizCopies quizzes;
    private final AssignmentCopies assignments;
    private final NodeLinks links;

    CourseSettingsCopy(QuizCopies quizzes, AssignmentCopies assignments, NodeLinks links) {
        this.quizzes = quizzes;
        this.assignments = assignments;
        this.links = links;
    }

    /** The settings of the version's quiz and assignment items, as the source has them now. */
    public CourseExtras read(CourseContent version) {
        List<QuizCopy> quizList = new ArrayList<>();
        List<AssignmentCopy> assignmentList = new ArrayList<>();
        version.items().forEach(item -> {
            if (item.kind() == ItemKind.QUIZ) {
                quizzes.of(version.courseId(), item.id()).ifPresent(quizList::add);
            } else if (item.kind() == ItemKind.ASSIGNMENT) {
                assignments.of(version.courseId(), item.id()).ifPresent(assignmentList::add);
            }
        });
        return new CourseExtras(quizList, assignmentList);
    }

    /** Writes them onto the receiver's copy; an item it does not hold (not in its versions) is passed over. */
    void apply(Course course, CourseExtras extras) {
        for (QuizCopy quiz : extras.quizzes()) {
            Optional<Long> item = quiz == null ? Optional.empty() : links.local(Kind.ITEM, quiz.itemId());
            if (item.isPresent()) {
                List<Long> pool = new ArrayList<>();
                for (QuizCopy.Question question : quiz.questions() == null ? List.<QuizCopy.Question>of()
                        : quiz.questions()) {
                    if (question != null && question.content() != null) {
                        pool.add(question(course, question));
                    }
                }
                quizzes.settings(course.id(), item.get(), quiz, pool);
            }
        }
        for (AssignmentCopy assignment : extras.assignments()) {
            if (assignment == null) {
                continue;
            }
            links.local(Kind.ITEM, assignment.itemId())
                    .ifPresent(item -> assignments.write(course.id(), item, assignment));
        }
    }

    private long question(Course course, QuizCopy.Question question) {
        Optional<Long> before = links.local(Kind.QUESTION, question.id());
        QuizCopy.Written written = quizzes.question(course.id(), before.orElse(null), question.content());
        relink(Kind.QUESTION, written.id(), question.id());
        List<Long> nationalOptions = question.optionIds() == null ? List.of() : question.optionIds();
        for (int i = 0; i < written.optionIds().size() && i < nationalOptions.size(); i++) {
            relink(Kind.OPTION, written.optionIds().get(i), nationalOptions.get(i));
        }
        return written.id();
    }

    /** Links a local row to a national one, dropping whichever older link either had (an option's place got a new id). */
    private void relink(Kind kind, long localId, long nationalId) {
        if (links.national(kind, localId).filter(n -> n == nationalId).isPresent()) {
            return;
        }
        links.unlink(kind, localId);
        links.local(kind, nationalId).ifPresent(old -> links.unlink(kind, old));
        links.link(kind, localId, nationalId);
    }
}
