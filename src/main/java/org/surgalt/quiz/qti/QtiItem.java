package org.surgalt.quiz.qti;

import java.util.List;

import org.surgalt.quiz.QuestionContent;

/** What one QTI file gives: a question (with notes on what was left out of it), or why it gives none. */
public sealed interface QtiItem {

    String file();

    record Question(String file, String identifier, QuestionContent content, List<String> notes) implements QtiItem {
    }

    record Skipped(String file, String reason) implements QtiItem {
    }
}
