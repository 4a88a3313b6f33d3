package org.surgalt.cartridge;

import static org.surgalt.content.ManifestXml.attribute;
import static org.surgalt.content.ManifestXml.descendants;

import java.io.IOException;
import java.util.List;
import org.surgalt.cartridge.ReportLine.Note;
import org.surgalt.cartridge.ReportLine.Outcome;
import org.w3c.dom.Element;

/**
 * A cartridge's QTI 1.2 question bank outside any assessment (an {@code objectbank}: the CC
 * {@code question-bank} resource, or a Canvas bank in non_cc_assessments/): its questions of the
 * kinds Surgalt has go to the course's question bank. The report has a line for the bank and one
 * per question, imported or skipped with the reason.
 */
final class QuestionBanks {

    private QuestionBanks() {
    }

    /** The bank of a resource's XML, or null when it holds none (a Canvas quiz's own copy). */
    static Element objectbank(Element root) {
        return "objectbank".equals(root.getLocalName()) ? root
                : descendants(root, "objectbank").stream().findFirst().orElse(null);
    }

    /** Canvas keeps its question banks as QTI files in non_cc_assessments/ (its quizzes' own copies too). */
    static Element canvasBank(CartridgeArchive archive, Cartridge.Resource resource) throws IOException {
        if (!resource.href().startsWith("non_cc_assessments/") || !resource.href().endsWith(".qti")) {
            return null;
        }
        try {
            return objectbank(Planner.xml(archive, resource.href()));
        } catch (Planner.BrokenXml e) {
            return null;
        }
    }

    static void plan(Plan plan, Cartridge.Resource resource, Element bank, String given, PageHtml html) {
        String title = Planner.cut(!QtiAssessment.bankTitle(bank).isEmpty() ? QtiAssessment.bankTitle(bank)
                : given != null ? given : attribute(bank, "ident"));
        List<QtiAssessment.ItemRead> items = QtiAssessment.items(bank, html, resource.href());
        long read = items.stream().filter(item -> item.content() != null).count();
        // The bank's line names the kinds Surgalt lacks; its questions' lines say why each other one was left out.
        List<String> lacking = items.stream().filter(item -> item.content() == null && !item.knownKind())
                .map(QtiAssessment.ItemRead::kind).distinct().sorted().toList();
        plan.lines.add(read == 0
                ? ReportLine.skipped(resource.identifier(), title, resource.type(), Note.NO_QUESTIONS,
                        String.join(", ", items.stream().map(QtiAssessment.ItemRead::kind).distinct().toList()))
                : new ReportLine(resource.identifier(), title, resource.type(), Outcome.BANK, null,
                        lacking.isEmpty() ? Note.NONE : Note.QUESTIONS_LEFT_OUT, lacking.isEmpty() ? null
                                : String.join(", ", lacking)));
        int number = 0;
        for (QtiAssessment.ItemRead item : items) {
            number++;
            String name = Planner.cut(item.title().isEmpty() ? title + " #" + number : item.title());
            if (item.content() != null) {
                plan.bankQuestions.add(new Plan.BankQuestion(item.content(), item.ident(), plan.lines.size()));
                plan.lines.add(new ReportLine(item.ident(), name, "question", Outcome.BANK_QUESTION, title, Note.NONE,
                        item.kind()));
            } else {
                plan.lines.add(ReportLine.skipped(item.ident(), name, "question", item.knownKind()
                        ? Note.QUESTION_UNREADABLE : Note.QUESTION_KIND, item.kind()));
            }
        }
    }
}
