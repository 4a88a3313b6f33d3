package org.surgalt.cartridge;

import java.util.ArrayList;
import java.util.List;
import org.surgalt.assignment.Assignment;
import org.surgalt.course.ItemKind;

/**
 * What an import will make, decided before anything is written: modules of items (a file item names
 * the archive path of its file), the discussion threads of the course forum, and the report.
 */
final class Plan {

    final String title;
    final String language;
    final List<Module> modules = new ArrayList<>();
    final List<Thread> threads = new ArrayList<>();
    final List<BankQuestion> bankQuestions = new ArrayList<>();
    final List<ReportLine> lines = new ArrayList<>();

    Plan(String title, String language) {
        this.title = title;
        this.language = language;
    }

    static final class Module {
        final String title;
        final List<Item> items = new ArrayList<>();

        Module(String title) {
            this.title = title;
        }
    }

    /**
     * {@code path}: a file item's file in the archive; {@code upload}: its upload once stored;
     * {@code points}, {@code rubric}: an assignment's grading; {@code questions}: a quiz's;
     * {@code custom}: an LTI item's custom parameters.
     */
    static final class Item {
        final ItemKind kind;
        final String title;
        final String body;
        final String url;
        final String path;
        String upload;
        Integer points;
        List<Assignment.NewCriterion> rubric = List.of();
        List<org.surgalt.quiz.QuestionContent> questions = List.of();
        java.util.Map<String, String> custom = java.util.Map.of();

        Item(ItemKind kind, String title, String body, String url, String path) {
            this.kind = kind;
            this.title = title;
            this.body = body;
            this.url = url;
            this.path = path;
        }
    }

    record Thread(String title, String body) {
    }

    /** A question of a bank outside assessments, for the course's question bank; {@code line}: its report line. */
    record BankQuestion(org.surgalt.quiz.QuestionContent content, String ident, int line) {
    }
}
