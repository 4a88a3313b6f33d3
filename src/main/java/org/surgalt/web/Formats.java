package org.surgalt.web;

import io.quarkus.qute.TemplateExtension;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates, times and numbers as the reader's language writes them, in Ulaanbaatar time (the
 * programmes' time zone, whatever the server's): {@code {submittedAt.when}} is "23 Nov 2026, 14:05"
 * in English and "2026 оны 11-р сарын 23, 14:05" in Mongolian; {@code {day.date}} the date alone;
 * {@code {count.number}} "35,000". Every page formats through here, so the rule is in one place.
 * Times are on the 24-hour clock in both languages, as Mongolia reads them.
 */
public final class Formats {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ulaanbaatar");

    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMM y", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_MN = DateTimeFormatter.ofPattern("y 'оны' M'-р сарын' d",
            Locale.forLanguageTag("mn"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Formats() {
    }

    /** An instant as a date and time of day in Ulaanbaatar; empty for none. */
    public static String when(Instant instant, Locale locale) {
        return when(instant, locale, ZONE);
    }

    /** The same in a configured zone (surgalt.notification.time-zone, Ulaanbaatar unless set otherwise). */
    public static String when(Instant instant, Locale locale, ZoneId zone) {
        return instant == null ? "" : date(LocalDate.ofInstant(instant, zone), locale) + ", "
                + TIME.format(instant.atZone(zone));
    }

    public static String date(LocalDate day, Locale locale) {
        return day == null ? "" : (mongolian(locale) ? DATE_MN : DATE_EN).format(day);
    }

    /** The Ulaanbaatar date of an instant. */
    public static String date(Instant instant, Locale locale) {
        return instant == null ? "" : date(LocalDate.ofInstant(instant, ZONE), locale);
    }

    /** The time of day in Ulaanbaatar, "14:05". */
    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(ZONE));
    }

    public static String number(Number number, Locale locale) {
        return number == null ? "" : NumberFormat.getInstance(locale(locale)).format(number);
    }

    // For the templates: the locale is the page's (Layout.apply sets it from the request's language).

    @TemplateExtension(matchName = "when")
    static String whenInPage(Instant instant, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return when(instant, asLocale(locale));
    }

    @TemplateExtension(matchName = "date")
    static String dateInPage(Instant instant, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return date(instant, asLocale(locale));
    }

    @TemplateExtension(matchName = "date")
    static String dateInPage(LocalDate day, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return date(day, asLocale(locale));
    }

    @TemplateExtension(matchName = "time")
    static String timeInPage(Instant instant) {
        return time(instant);
    }

    @TemplateExtension(matchName = "number")
    static String numberInPage(Number number, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return number(number, asLocale(locale));
    }

    static Locale asLocale(Object attribute) {
        if (attribute instanceof Locale locale) {
            return locale;
        }
        return attribute == null ? Locale.ENGLISH : Locale.forLanguageTag(attribute.toString());
    }

    private static boolean mongolian(Locale locale) {
        return locale != null && "mn".equals(locale.getLanguage());
    }

    private static Locale locale(Locale locale) {
        return locale == null ? Locale.ENGLISH : locale;
    }
}
