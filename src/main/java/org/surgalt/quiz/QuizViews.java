package org.surgalt.quiz;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What services hand to pages and the API: plain records, built inside the transaction. */
public final class QuizViews {

    private QuizViews() {
    }

    /** A bank question as its authors see it, correct answers included. */
    public record QuestionView(long id, String kind, String prompt, int points, List<OptionView> options,
            Boolean truth, BigDecimal answer, BigDecimal tolerance, List<String> accepted, String source,
            long version) {

        static QuestionView of(Question question) {
            return new QuestionView(question.id(), question.kind().id(), question.prompt(), question.points(),
                    question.options().stream()
                            .map(option -> new OptionView(option.id(), option.text(), option.correct(), false))
                            .toList(),
                    question.trueAnswer(), question.numericAnswer() == null ? null
                            : question.numericAnswer().stripTrailingZeros(),
                    question.tolerance() == null ? null : question.tolerance().stripTrailingZeros(),
                    question.accepted(), question.source(), question.version());
        }
    }

    /** {@code correct}: null where the viewer may not know it; {@code chosen}: in the attempt shown. */
    public record OptionView(long id, String text, Boolean correct, boolean chosen) {
    }

    public record SettingsView(long courseId, long itemId, String title, List<Long> questions, Integer draw,
            boolean shuffleOptions, Integer maxAttempts, Integer timeLimitSeconds, String review, int passMark,
            Instant opensAt, Instant closesAt) {
    }

    /**
     * An attempt as its learner sees it. Score, passed and the questions of a finished attempt are
     * there only as far as the quiz's review setting allows (null / empty otherwise).
     */
    public record AttemptView(long id, long courseId, long itemId, int number, String state, Instant startedAt,
            Instant deadline, Instant submittedAt, boolean late, String review, Integer score, Boolean passed,
            BigDecimal earned, Integer possible, List<AttemptQuestionView> questions) {

        public boolean open() {
            return "open".equals(state);
        }
    }

    /**
     * {@code response}: what was saved (option ids, or the text typed); {@code correctAnswer}: for
     * true/false, numeric and short answer questions in a review that shows answers.
     */
    public record AttemptQuestionView(long id, int position, String kind, String prompt, int points,
            List<OptionView> options, List<String> response, String text, String correctAnswer, BigDecimal earned) {

        public boolean answeredTrue() {
            return response.contains("true");
        }

        public boolean answeredFalse() {
            return response.contains("false");
        }
    }

    /**
     * The quiz page of a learner: what the quiz is, their attempts, whether they may start one;
     * {@code reason} why not: enrolled_only, no_questions or attempts_used.
     */
    public record QuizOverview(long courseId, String courseCode, long itemId, String title, String lang,
            int questionCount, Integer maxAttempts, Integer timeLimitSeconds, int passMark, boolean enrolled,
            List<AttemptView> attempts, Long openAttempt, boolean canStart, String reason, Instant opensAt,
            Instant closesAt) {
    }

    public record ImportReport(List<Imported> imported, List<Skipped> skipped) {
    }

    public record Imported(String file, long question, String kind, List<String> notes) {
    }

    public record Skipped(String file, String reason) {
    }
}
