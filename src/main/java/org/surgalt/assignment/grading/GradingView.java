package org.surgalt.assignment.grading;

import java.util.List;
import java.util.Locale;
import org.surgalt.assignment.AssignmentTime;
import org.surgalt.assignment.AssignmentView.CriterionRow;
import org.surgalt.assignment.AssignmentView.FileRow;
import org.surgalt.assignment.AssignmentView.GradeBox;
import org.surgalt.assignment.Submission;
import org.surgalt.assignment.SubmissionFile;
import org.surgalt.course.CourseContent;
import org.surgalt.course.ItemKind;
import org.surgalt.web.Formats;

/** What the grading pages show. */
public final class GradingView {

    private GradingView() {
    }

    public record Option(String value, String label, boolean selected) {
    }

    public record Row(long id, String learner, String assignment, String module, String submittedAt, boolean late,
            String state, boolean released) {
    }

    /** The queue with its filters as chosen. */
    public record QueuePage(String code, String courseTitle, List<Option> modules, List<Option> assignments, String status,
            String late, List<Row> rows, Integer releasedCount) {
    }

    static QueuePage queue(String code, GradingService.Queue queue, GradingService.Filter filter, String status,
            String late, Integer releasedCount, Locale locale) {
        CourseContent content = queue.content();
        List<Option> modules = content.modules().stream().map(module -> new Option(Long.toString(module.id()),
                module.title().in(locale), Long.valueOf(module.id()).equals(filter.moduleId()))).toList();
        List<Option> assignments = content.items().filter(item -> item.kind() == ItemKind.ASSIGNMENT)
                .map(item -> new Option(Long.toString(item.id()), item.title().in(locale),
                        Long.valueOf(item.id()).equals(filter.itemId())))
                .toList();
        List<Row> rows = queue.submissions().stream().map(s -> new Row(s.id(),
                queue.name(s),
                content.item(s.itemId()).map(item -> item.title().in(locale)).orElse("#" + s.itemId()),
                content.module(s.moduleId()).map(module -> module.title().in(locale)).orElse(""),
                Formats.when(s.submittedAt(), locale), s.late(), s.state().name().toLowerCase(Locale.ROOT),
                s.released())).toList();
        return new QueuePage(code, content.title().in(locale), modules, assignments, status == null ? "" : status,
                late == null ? "" : late, rows, releasedCount);
    }

    /** {@code levels}: the level index chosen per criterion (typed, or as graded), -1 for none. */
    public record SubmissionPage(String code, String courseTitle, long id, String learner, long learnerId, long itemId,
            String assignment, String state, String body, String submittedAt, boolean late, int attempts,
            List<FileRow> files, List<CriterionRow> rubric, List<Integer> levels, int maxPoints, String points,
            String feedback, long version, GradeBox grade, boolean released, String extendedUntil) {
    }

    public record Typed(List<Integer> levels, String points, String feedback) {
    }

    static SubmissionPage submission(String code, GradingService.Graded graded, Typed typed, String extendedUntil,
            Locale locale) {
        Submission s = graded.submission();
        String base = "/grading/" + code + "/submissions/" + s.id() + "/files/";
        List<CriterionRow> rubric = CriterionRow.of(graded.settings());
        List<Integer> levels = typed != null ? typed.levels() : chosenLevels(s, rubric);
        String points = typed != null ? typed.points() : s.points() == null ? "" : Integer.toString(s.points());
        String feedback = typed != null ? typed.feedback() : s.feedback() == null ? "" : s.feedback();
        return new SubmissionPage(code, graded.content().title().in(locale), s.id(), graded.learner(), s.learnerId(),
                s.itemId(), graded.item().map(item -> item.title().in(locale)).orElse("#" + s.itemId()),
                s.state().name().toLowerCase(Locale.ROOT), s.body() == null ? "" : s.body(),
                Formats.when(s.submittedAt(), locale), s.late(), s.attempts(),
                s.files().stream().filter(SubmissionFile::isLearners).map(file -> FileRow.of(file, base, locale)).toList(),
                rubric, levels, graded.settings().maxPoints(), points, feedback, s.version(),
                s.points() == null ? null : GradeBox.of(s, base, locale), s.released(), extendedUntil);
    }

    /** The levels of an earlier grade, matched by the criterion's and level's titles (the rubric may have changed). */
    private static List<Integer> chosenLevels(Submission s, List<CriterionRow> rubric) {
        return rubric.stream().map(criterion -> s.scores().stream()
                .filter(score -> score.criterion().equals(criterion.title())).findFirst()
                .map(score -> indexOf(criterion, score.level())).orElse(-1)).toList();
    }

    private static int indexOf(CriterionRow criterion, String level) {
        for (int i = 0; i < criterion.levels().size(); i++) {
            if (criterion.levels().get(i).title().equals(level)) {
                return i;
            }
        }
        return -1;
    }
}
