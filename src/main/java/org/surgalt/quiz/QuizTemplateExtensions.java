package org.surgalt.quiz;

import io.quarkus.qute.TemplateExtension;

import java.util.List;

/** Display-only helpers for the quiz pages. */
@TemplateExtension
public class QuizTemplateExtensions {

    /** A prompt's paragraphs, one per line the author wrote. */
    static List<String> quizLines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    static String quizFirstLine(String text) {
        List<String> lines = quizLines(text);
        return lines.isEmpty() ? "" : lines.get(0);
    }

    /** A time limit as a clock shows it: 1:30:00, 15:00, 0:05. */
    static String quizDuration(Integer seconds) {
        if (seconds == null) {
            return "";
        }
        int h = seconds / 3600;
        int m = seconds % 3600 / 60;
        int s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }
}
