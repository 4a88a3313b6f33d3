package org.surgalt.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final Locale MN = Locale.forLanguageTag("mn");
    // 06:05 UTC is 14:05 in Ulaanbaatar (UTC+8, no daylight saving).
    private static final Instant AFTERNOON = Instant.parse("2026-11-23T06:05:00Z");
    // 20:30 UTC on the 23rd is already the 24th in Ulaanbaatar.
    private static final Instant LATE_UTC = Instant.parse("2026-11-23T20:30:00Z");

    @Test
    void datesAndTimesAreInUlaanbaatarAsEachLanguageWritesThem() {
        assertEquals("23 Nov 2026, 14:05", Formats.when(AFTERNOON, Locale.ENGLISH));
        assertEquals("2026 оны 11-р сарын 23, 14:05", Formats.when(AFTERNOON, MN));
        assertEquals("24 Nov 2026, 04:30", Formats.when(LATE_UTC, Locale.ENGLISH), "the day in Ulaanbaatar");
        assertEquals("2026 оны 11-р сарын 24", Formats.date(LATE_UTC, MN));
        assertEquals("3 Mar 2026", Formats.date(LocalDate.of(2026, 3, 3), Locale.ENGLISH));
        assertEquals("2026 оны 3-р сарын 3", Formats.date(LocalDate.of(2026, 3, 3), MN));
        assertEquals("14:05", Formats.time(AFTERNOON));
        assertEquals("23 Nov 2026, 07:05", Formats.when(AFTERNOON, Locale.ENGLISH, ZoneId.of("Europe/Berlin")));
    }

    @Test
    void noneIsEmpty() {
        assertEquals("", Formats.when(null, MN));
        assertEquals("", Formats.date((LocalDate) null, MN));
        assertEquals("", Formats.number(null, MN));
    }

    @Test
    void numbersAreGroupedPerLanguage() {
        assertEquals("35,000", Formats.number(35000, Locale.ENGLISH));
        assertEquals("21,500,000", Formats.number(21_500_000L, MN));
        assertEquals("12.5", Formats.number(12.5, Locale.ENGLISH));
    }

    @Test
    void theTemplateLocaleMayBeALocaleOrATag() {
        assertEquals(MN, Formats.asLocale(MN));
        assertEquals(MN, Formats.asLocale("mn"));
        assertEquals(Locale.ENGLISH, Formats.asLocale(null));
    }
}
