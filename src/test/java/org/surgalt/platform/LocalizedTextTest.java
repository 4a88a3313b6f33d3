package org.surgalt.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    private static final Locale MN = Locale.forLanguageTag("mn");

    @Test
    void readersGetTheirLanguageElseTheOther() {
        LocalizedText both = LocalizedText.of("Course", "Сургалт");
        assertEquals("Сургалт", both.in(MN));
        assertEquals("Course", both.in(Locale.ENGLISH));
        LocalizedText english = LocalizedText.of("Only English", null);
        assertEquals("Only English", english.in(MN));
        assertEquals("en", english.languageIn(MN));
        assertEquals("mn", LocalizedText.of(null, "Зөвхөн монгол").languageIn(Locale.ENGLISH));
    }

    @Test
    void blankTextCountsAsAbsent() {
        assertTrue(LocalizedText.of("  ", "\t").isEmpty());
        assertEquals("trimmed", LocalizedText.of("  trimmed ", null).en());
    }
}
