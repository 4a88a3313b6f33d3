package org.surgalt.cartridge.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.surgalt.quiz.QuestionContent;
import org.surgalt.quiz.QuestionKind;

/**
 * A quiz as a QTI 1.2 assessment in the Common Cartridge 1.3 profile: single choice as
 * {@code cc.multiple_choice.v0p1}, multiple choice as {@code cc.multiple_response.v0p1}, true/false
 * as {@code cc.true_false.v0p1}, short answer as {@code cc.fib.v0p1} (each accepted answer, any
 * case). Numeric questions have no kind in the profile (it matches text, not a number within a
 * tolerance): they are left out, and the assessment's comment says how many.
 */
final class QtiWriter {

    static final String QTI = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2";
    private static final String RESPONSE = "response1";

    private QtiWriter() {
    }

    /** How many of the questions the profile cannot hold. */
    static long leftOut(List<QuestionContent> questions) {
        return questions.stream().filter(q -> profile(q.kind()) == null).count();
    }

    static void write(String identifier, String title, List<QuestionContent> questions, OutputStream out)
            throws XMLStreamException {
        XMLStreamWriter xml = Xml.root(out, QTI, "questestinterop");
        xml.writeStartElement(QTI, "assessment");
        xml.writeAttribute("ident", identifier);
        Xml.attribute(xml, "title", title);
        long leftOut = leftOut(questions);
        if (leftOut > 0) {
            Xml.element(xml, QTI, "qticomment", "Exported from Surgalt. Left out: " + leftOut
                    + " numeric question(s); Common Cartridge 1.3 has no numeric question type.");
        }
        xml.writeStartElement(QTI, "qtimetadata");
        field(xml, "cc_profile", "cc.exam.v0p1");
        field(xml, "qmd_assessmenttype", "Examination");
        xml.writeEndElement();
        xml.writeStartElement(QTI, "section");
        xml.writeAttribute("ident", identifier + "_section");
        int n = 0;
        for (QuestionContent question : questions) {
            n++;
            if (profile(question.kind()) != null) {
                item(xml, identifier + "_q" + n, question);
            }
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        Xml.end(xml);
    }

    static String profile(QuestionKind kind) {
        return switch (kind) {
            case SINGLE_CHOICE -> "cc.multiple_choice.v0p1";
            case MULTIPLE_CHOICE -> "cc.multiple_response.v0p1";
            case TRUE_FALSE -> "cc.true_false.v0p1";
            case SHORT_ANSWER -> "cc.fib.v0p1";
            case NUMERIC -> null;
        };
    }

    private static void item(XMLStreamWriter xml, String ident, QuestionContent question) throws XMLStreamException {
        xml.writeStartElement(QTI, "item");
        xml.writeAttribute("ident", ident);
        Xml.attribute(xml, "title", title(question.prompt()));
        xml.writeStartElement(QTI, "itemmetadata");
        xml.writeStartElement(QTI, "qtimetadata");
        field(xml, "cc_profile", profile(question.kind()));
        field(xml, "cc_weighting", Integer.toString(question.points() == null ? 1 : question.points()));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement(QTI, "presentation");
        material(xml, question.prompt());
        List<String> correct = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        if (question.kind() == QuestionKind.SHORT_ANSWER) {
            xml.writeStartElement(QTI, "response_str");
            xml.writeAttribute("ident", RESPONSE);
            xml.writeAttribute("rcardinality", "Single");
            xml.writeEmptyElement(QTI, "render_fib");
            xml.writeEndElement();
        } else {
            xml.writeStartElement(QTI, "response_lid");
            xml.writeAttribute("ident", RESPONSE);
            xml.writeAttribute("rcardinality", question.kind() == QuestionKind.MULTIPLE_CHOICE ? "Multiple" : "Single");
            xml.writeStartElement(QTI, "render_choice");
            List<QuestionContent.Option> options = question.kind() == QuestionKind.TRUE_FALSE
                    ? List.of(new QuestionContent.Option("True", Boolean.TRUE.equals(question.truth())),
                            new QuestionContent.Option("False", Boolean.FALSE.equals(question.truth())))
                    : question.options();
            int n = 0;
            for (QuestionContent.Option option : options) {
                String label = ident + "_" + (++n);
                (option.correct() ? correct : wrong).add(label);
                xml.writeStartElement(QTI, "response_label");
                xml.writeAttribute("ident", label);
                material(xml, option.text());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        processing(xml, question, correct, wrong);
        xml.writeEndElement();
    }

    /** Full marks for the right response(s): all correct options and no wrong one for multiple choice. */
    private static void processing(XMLStreamWriter xml, QuestionContent question, List<String> correct,
            List<String> wrong) throws XMLStreamException {
        xml.writeStartElement(QTI, "resprocessing");
        xml.writeStartElement(QTI, "outcomes");
        xml.writeEmptyElement(QTI, "decvar");
        xml.writeAttribute("varname", "SCORE");
        xml.writeAttribute("vartype", "Decimal");
        xml.writeAttribute("minvalue", "0");
        xml.writeAttribute("maxvalue", "100");
        xml.writeEndElement();
        xml.writeStartElement(QTI, "respcondition");
        xml.writeAttribute("continue", "No");
        xml.writeStartElement(QTI, "conditionvar");
        if (question.kind() == QuestionKind.SHORT_ANSWER) {
            xml.writeStartElement(QTI, "or");
            for (String accepted : question.accepted()) {
                xml.writeStartElement(QTI, "varequal");
                xml.writeAttribute("respident", RESPONSE);
                xml.writeAttribute("case", "No");
                Xml.text(xml, accepted);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        } else if (question.kind() == QuestionKind.MULTIPLE_CHOICE) {
            xml.writeStartElement(QTI, "and");
            for (String label : correct) {
                varequal(xml, label);
            }
            for (String label : wrong) {
                xml.writeStartElement(QTI, "not");
                varequal(xml, label);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        } else {
            for (String label : correct) {
                varequal(xml, label);
            }
        }
        xml.writeEndElement();
        xml.writeStartElement(QTI, "setvar");
        xml.writeAttribute("action", "Set");
        xml.writeAttribute("varname", "SCORE");
        Xml.text(xml, "100");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void varequal(XMLStreamWriter xml, String label) throws XMLStreamException {
        xml.writeStartElement(QTI, "varequal");
        xml.writeAttribute("respident", RESPONSE);
        Xml.text(xml, label);
        xml.writeEndElement();
    }

    private static void material(XMLStreamWriter xml, String text) throws XMLStreamException {
        xml.writeStartElement(QTI, "material");
        xml.writeStartElement(QTI, "mattext");
        xml.writeAttribute("texttype", "text/plain");
        Xml.text(xml, text);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static String title(String prompt) {
        String line = prompt == null ? "" : prompt.strip().replaceAll("\\s+", " ");
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }

    private static void field(XMLStreamWriter xml, String label, String entry) throws XMLStreamException {
        xml.writeStartElement(QTI, "qtimetadatafield");
        Xml.element(xml, QTI, "fieldlabel", label);
        Xml.element(xml, QTI, "fieldentry", entry);
        xml.writeEndElement();
    }
}
