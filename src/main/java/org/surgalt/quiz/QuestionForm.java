package org.surgalt.quiz;

import static org.surgalt.web.FormNumbers.whole;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.surgalt.platform.DomainException;
import org.surgalt.quiz.QuizViews.QuestionView;

/**
 * A question as the bank's form holds it, exactly as typed: options one per line, a leading
 * {@code *} marking a correct one; accepted short answers one per line.
 */
public record QuestionForm(Long id, String kind, String prompt, String points, String options, String truth,
        String answer, String tolerance, String accepted, long version) {

    static final QuestionForm EMPTY = new QuestionForm(null, "single_choice", "", "1", "", "true", "", "", "", 0);

    static QuestionForm of(QuestionView question) {
        String options = question.options().stream().map(o -> (Boolean.TRUE.equals(o.correct()) ? "*" : "") + o.text())
                .collect(Collectors.joining("\n"));
        return new QuestionForm(question.id(), question.kind(), question.prompt(), String.valueOf(question.points()),
                options, question.truth() == null ? "true" : question.truth().toString(),
                question.answer() == null ? "" : question.answer().toPlainString(),
                question.tolerance() == null ? "" : question.tolerance().toPlainString(),
                String.join("\n", question.accepted()), question.version());
    }

    QuestionContent content() {
        QuestionKind parsed = kind == null ? null : QuestionKind.fromId(kind).orElse(null);
        List<QuestionContent.Option> parsedOptions = new ArrayList<>();
        for (String line : lines(options)) {
            boolean correct = line.startsWith("*");
            parsedOptions.add(new QuestionContent.Option(correct ? line.substring(1).strip() : line, correct));
        }
        return new QuestionContent(parsed, prompt, whole("points", points), parsedOptions,
                truth == null ? null : Boolean.valueOf(truth), number("answer", answer), number("tolerance", tolerance),
                lines(accepted));
    }

    public boolean is(String value) {
        return value.equals(kind);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }


    private static BigDecimal number(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Question.number(value).orElseThrow(() -> DomainException.invalid(field, "must be a number"));
    }
}
