package org.surgalt.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Short answers in Mongolian Cyrillic compare equal however they were typed. */
class AnswerTextTest {

    @Test
    void foldsMongolianLettersCaseWithoutALocale() {
        assertEquals(AnswerText.normalise("өвөрхангай"), AnswerText.normalise("ӨВӨРХАНГАЙ"));
        assertEquals(AnswerText.normalise("үнэн"), AnswerText.normalise("ҮНЭН"));
        assertEquals("өндөр үүл", AnswerText.normalise("Өндөр Үүл"));
    }

    @Test
    void composesDecomposedLettersAndCollapsesSpaces() {
        // й typed as и + combining breve, with a no-break space and a tab.
        assertEquals(AnswerText.normalise("Хойд Монгол"), AnswerText.normalise("  хои\u0306д\u00A0\tмонгол "));
    }

    @Test
    void doesNotDependOnTheServerLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertEquals("information", AnswerText.normalise("INFORMATION"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void keepsDifferentLettersDifferent() {
        // ө and о, ү and у are different letters in Mongolian: folding must not merge them.
        assertNotEquals(AnswerText.normalise("өл"), AnswerText.normalise("ол"));
        assertNotEquals(AnswerText.normalise("үр"), AnswerText.normalise("ур"));
    }
}
