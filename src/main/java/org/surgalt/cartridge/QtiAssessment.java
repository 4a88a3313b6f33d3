package org.surgalt.cartridge;

import static org.surgalt.content.ManifestXml.attribute;
import static org.surgalt.content.ManifestXml.child;
import static org.surgalt.content.ManifestXml.children;
import static org.surgalt.content.ManifestXml.descendants;
import static org.surgalt.content.ManifestXml.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.surgalt.quiz.QuestionContent;
import org.surgalt.quiz.QuestionKind;
import org.w3c.dom.Element;

/**
 * A Common Cartridge assessment (QTI 1.2, the CC profile) as questions of the kinds Surgalt has:
 * multiple choice (one answer), multiple response, true/false and fill in the blank (short answer).
 * Other kinds (essay, pattern match, Canvas' own) are named, not imported. The correct answers are
 * the responses of the condition that sets a score; a prompt's HTML goes through the lessons'
 * allow-list ({@link PageHtml}).
 */
final class QtiAssessment {

    /** The questions read, and the kinds of those left out. */
    record Read(String title, List<QuestionContent> questions, Set<String> leftOut) {
    }

    private QtiAssessment() {
    }

    /**
     * One item of an assessment or bank: {@code kind}, its kind as the cartridge names it (without the
     * CC profile's decoration); {@code content}, null when Surgalt has no such kind or cannot read it.
     */
    record ItemRead(String ident, String title, String kind, QuestionContent content) {

        /** Whether Surgalt has questions of the item's kind (an unread item of such a kind lacks a prompt or answer). */
        boolean knownKind() {
            return KNOWN.contains(kind);
        }
    }

    private static final Set<String> KNOWN = Set.of("multiple_choice", "multiple_choice_question",
            "multiple_response", "multiple_answers_question", "true_false", "true_false_question", "fib",
            "short_answer_question");

    static Read read(Element root, PageHtml html, String path) {
        Element assessment = descendants(root, "assessment").stream().findFirst().orElse(null);
        List<QuestionContent> questions = new ArrayList<>();
        Set<String> leftOut = new TreeSet<>();
        for (ItemRead item : items(root, html, path)) {
            if (item.content() == null) {
                leftOut.add(item.kind().isEmpty() ? "?" : item.kind());
            } else {
                questions.add(item.content());
            }
        }
        return new Read(attribute(assessment, "title"), questions, leftOut);
    }

    /** Every item below {@code root} (an assessment's sections, a bank's objectbank), in document order. */
    static List<ItemRead> items(Element root, PageHtml html, String path) {
        List<ItemRead> items = new ArrayList<>();
        for (Element item : descendants(root, "item")) {
            String profile = profile(item);
            items.add(new ItemRead(attribute(item, "ident"), attribute(item, "title"),
                    profile.replaceFirst("^cc\\.", "").replaceFirst("\\.v0p1$", ""),
                    question(item, profile, html, path)));
        }
        return items;
    }

    /** A QTI 1.2 question bank's title (Canvas' {@code bank_title}), or empty. */
    static String bankTitle(Element objectbank) {
        for (Element field : descendants(objectbank, "qtimetadatafield")) {
            if (text(child(field, "fieldlabel")).equals("bank_title")) {
                return text(child(field, "fieldentry"));
            }
        }
        return "";
    }

    private static String profile(Element item) {
        for (Element field : descendants(item, "qtimetadatafield")) {
            String label = text(child(field, "fieldlabel"));
            if (label.equals("cc_profile") || label.equals("question_type")) {
                return text(child(field, "fieldentry")).toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    private static QuestionContent question(Element item, String profile, PageHtml html, String path) {
        String prompt = prompt(item, html, path);
        Map<String, String> options = new LinkedHashMap<>();
        for (Element label : descendants(item, "response_label")) {
            options.put(attribute(label, "ident"), text(child(child(label, "material"), "mattext")));
        }
        List<String> correct = correct(item);
        if (prompt.isEmpty() || correct.isEmpty()) {
            return null;
        }
        return switch (profile) {
            case "cc.multiple_choice.v0p1", "multiple_choice_question" -> choice(QuestionKind.SINGLE_CHOICE, prompt,
                    options, correct);
            case "cc.multiple_response.v0p1", "multiple_answers_question" -> choice(QuestionKind.MULTIPLE_CHOICE,
                    prompt, options, correct);
            case "cc.true_false.v0p1", "true_false_question" -> {
                String answer = options.getOrDefault(correct.get(0), "").strip().toLowerCase(Locale.ROOT);
                yield answer.equals("true") || answer.equals("false") ? new QuestionContent(QuestionKind.TRUE_FALSE,
                        prompt, 1, null, answer.equals("true"), null, null, null) : null;
            }
            case "cc.fib.v0p1", "short_answer_question" -> new QuestionContent(QuestionKind.SHORT_ANSWER, prompt, 1,
                    null, null, null, null, correct);
            default -> null;
        };
    }

    private static QuestionContent choice(QuestionKind kind, String prompt, Map<String, String> options,
            List<String> correct) {
        List<QuestionContent.Option> list = new ArrayList<>();
        options.forEach((ident, text) -> list.add(new QuestionContent.Option(text, correct.contains(ident))));
        return new QuestionContent(kind, prompt, 1, list, null, null, null, null);
    }

    private static String prompt(Element item, PageHtml html, String path) {
        Element mattext = child(child(child(item, "presentation"), "material"), "mattext");
        String value = text(mattext);
        return attribute(mattext, "texttype").contains("html") ? html.convert(value, path).body() : value;
    }

    /** The responses of the first condition that sets a score above zero (those not under a {@code not}). */
    private static List<String> correct(Element item) {
        for (Element condition : descendants(item, "respcondition")) {
            Element setvar = child(condition, "setvar");
            if (child(condition, "conditionvar") == null || setvar == null || text(setvar).isEmpty() || text(setvar).startsWith("0")
                    || text(setvar).startsWith("-")) {
                continue;
            }
            List<String> responses = new ArrayList<>();
            for (Element equal : descendants(child(condition, "conditionvar"), "varequal")) {
                if (!"not".equals(((Element) equal.getParentNode()).getLocalName())) {
                    responses.add(text(equal));
                }
            }
            return responses;
        }
        return List.of();
    }
}
