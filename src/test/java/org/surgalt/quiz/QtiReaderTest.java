package org.surgalt.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.surgalt.quiz.qti.QtiItem;
import org.surgalt.quiz.qti.QtiReader;

/** What the QTI reader makes of the corpus items and of hostile XML. */
class QtiReaderTest {

    static byte[] resource(String path) {
        try (InputStream in = QtiReaderTest.class.getResourceAsStream("/qti/" + path)) {
            if (in == null) {
                throw new AssertionError("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static QtiItem.Question question(String path) {
        return assertInstanceOf(QtiItem.Question.class, QtiReader.read(path, resource(path)));
    }

    private static String skipped(String path) {
        return assertInstanceOf(QtiItem.Skipped.class, QtiReader.read(path, resource(path))).reason();
    }

    @Test
    void readsASingleChoiceItemWithItsCorrectOptionAndImageDescription() {
        QtiItem.Question item = question("interactions/choice.xml");
        QuestionContent content = item.content();
        assertEquals(QuestionKind.SINGLE_CHOICE, content.kind());
        assertEquals("Look at the text in the picture.\n[NEVER LEAVE LUGGAGE UNATTENDED]\nWhat does it say?",
                content.prompt());
        assertEquals(List.of(true, false, false), content.options().stream().map(QuestionContent.Option::correct)
                .toList());
        assertEquals("You must stay with your luggage at all times.", content.options().get(0).text());
        assertTrue(item.notes().get(0).contains("images/sign.png"), item.notes().toString());
    }

    @Test
    void readsMathAndCdataAsPlainText() {
        assertTrue(question("interactions/math.xml").content().prompt().contains("E=mc^2"));
        QuestionContent cdata = question("otherqtis/withcdata.xml").content();
        assertTrue(cdata.options().get(0).text().startsWith("Selskapet South Sea"), cdata.options().get(0).text());
        assertEquals(List.of(false, true, false), cdata.options().stream().map(QuestionContent.Option::correct)
                .toList());
    }

    @Test
    void readsATextEntryAsAShortAnswer() {
        QuestionContent content = question("otherqtis/invalid.xml").content();
        assertEquals(QuestionKind.SHORT_ANSWER, content.kind());
        assertEquals(List.of("53.699"), content.accepted());
        assertTrue(content.prompt().contains("Svar: ____"), content.prompt());
    }

    @Test
    void readsANumericTextEntry() {
        String item = """
                <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="n" title="Number">
                  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="float">
                    <correctResponse><value>3.5</value></correctResponse>
                  </responseDeclaration>
                  <itemBody><p>Half of seven? <textEntryInteraction responseIdentifier="RESPONSE"/></p></itemBody>
                </assessmentItem>""";
        QtiItem.Question read = assertInstanceOf(QtiItem.Question.class,
                QtiReader.read("numeric.xml", item.getBytes(StandardCharsets.UTF_8)));
        assertEquals(QuestionKind.NUMERIC, read.content().kind());
        assertEquals(0, new java.math.BigDecimal("3.5").compareTo(read.content().answer()));
    }

    @Test
    void saysWhyItSkipsWhatItCannotImport() {
        assertEquals("uses orderInteraction, which quizzes do not support (supported: choiceInteraction, "
                + "textEntryInteraction)", skipped("interactions/order.xml"));
        assertTrue(skipped("interactions/textEntryInteraction-inlineChoiceInteraction.xml")
                .startsWith("has 2 interactions (textEntryInteraction, inlineChoiceInteraction)"));
        assertTrue(skipped("interactions/extendedtext.xml").contains("needs a person to grade it"));
        assertTrue(skipped("interactions/audio.xml").contains("audio or video"));
        assertTrue(skipped("tests/rtest01.xml").startsWith("is an assessment test"));
    }

    @Test
    void refusesDoctypesSoNoEntityIsEverResolved() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE assessmentItem [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="x" title="x">
                  <responseDeclaration identifier="R" cardinality="single" baseType="string">
                    <correctResponse><value>&secret;</value></correctResponse>
                  </responseDeclaration>
                  <itemBody><p>&secret; <textEntryInteraction responseIdentifier="R"/></p></itemBody>
                </assessmentItem>""";
        QtiItem read = QtiReader.read("xxe.xml", xxe.getBytes(StandardCharsets.UTF_8));
        assertEquals("declares a DOCTYPE; DTDs and entities are not accepted",
                assertInstanceOf(QtiItem.Skipped.class, read).reason());
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                + "<l>&b;</l>";
        assertInstanceOf(QtiItem.Skipped.class, QtiReader.read("laughs.xml", laughs.getBytes(StandardCharsets.UTF_8)));
        assertInstanceOf(QtiItem.Skipped.class, QtiReader.read("broken.xml", "<assessmentItem".getBytes(
                StandardCharsets.UTF_8)));
    }
}
