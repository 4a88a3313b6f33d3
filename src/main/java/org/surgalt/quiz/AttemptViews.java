package org.surgalt.quiz;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.surgalt.quiz.QuizViews.AttemptQuestionView;
import org.surgalt.quiz.QuizViews.AttemptView;
import org.surgalt.quiz.QuizViews.OptionView;

/**
 * An attempt as its learner may see it. In progress: the questions with the options in the
 * attempt's order and what was saved, never which answers are right. Finished: as much as the
 * quiz's review setting allows.
 */
@ApplicationScoped
public class AttemptViews {

    AttemptView of(QuizAttempt attempt, ReviewPolicy review, boolean withQuestions) {
        boolean open = !attempt.isSubmitted();
        boolean score = !open && review != ReviewPolicy.NOTHING;
        boolean answers = !open && review == ReviewPolicy.ANSWERS;
        List<AttemptQuestionView> shown = withQuestions && (open || answers)
                ? attempt.questions().stream().map(question -> question(question, answers)).toList()
                : List.of();
        return new AttemptView(attempt.id(), attempt.courseId(), attempt.itemId(), attempt.number(),
                open ? "open" : "submitted", attempt.startedAt(), attempt.deadline(), attempt.submittedAt(),
                attempt.late(), review.id(), score ? attempt.score() : null, score ? attempt.passed() : null,
                score ? attempt.earned() : null, score ? attempt.possible() : null, shown);
    }

    private static AttemptQuestionView question(AttemptQuestion shown, boolean answers) {
        Question question = shown.question();
        List<String> response = shown.responseValues();
        Map<Long, QuestionOption> options = question.options().stream()
                .collect(Collectors.toMap(QuestionOption::id, Function.identity()));
        List<OptionView> ordered = shown.optionOrder().stream().filter(options::containsKey)
                .map(options::get)
                .map(option -> new OptionView(option.id(), option.text(), answers ? option.correct() : null,
                        response.contains(String.valueOf(option.id()))))
                .toList();
        String text = question.kind().hasOptions() || response.isEmpty() ? null : response.get(0);
        return new AttemptQuestionView(question.id(), shown.position() + 1, question.kind().id(), question.prompt(),
                question.points(), ordered, response, text, answers ? correctAnswer(question) : null,
                answers ? shown.earned() : null);
    }

    private static String correctAnswer(Question question) {
        return switch (question.kind()) {
            case TRUE_FALSE -> String.valueOf(question.trueAnswer());
            case NUMERIC -> question.numericAnswer().stripTrailingZeros().toPlainString()
                    + (question.tolerance().signum() == 0 ? ""
                            : " ± " + question.tolerance().stripTrailingZeros().toPlainString());
            case SHORT_ANSWER -> String.join(" / ", question.accepted());
            default -> null;
        };
    }
}
