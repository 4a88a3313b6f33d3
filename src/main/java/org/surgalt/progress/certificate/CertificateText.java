package org.surgalt.progress.certificate;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a certificate writes its date and hours, per language (dates in Ulaanbaatar time). */
final class CertificateText {

    static final ZoneId ZONE = ZoneId.of("Asia/Ulaanbaatar");

    private CertificateText() {
    }

    /** The bundle in a given language (the PDF is in two, whatever the page's language). */
    static CertificateMessages messages(String lang) {
        return MessageBundles.get(CertificateMessages.class, Localized.Literal.of(lang));
    }

    static LocalDate day(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** As the language writes a date (the pattern is a message: "12 March 2026", "2026 оны 3-р сарын 12"). */
    static String date(Instant instant, String lang) {
        return DateTimeFormatter.ofPattern(CertificateText.messages(lang).certificate_date_pattern(),
                Locale.forLanguageTag(lang)).format(day(instant));
    }

    /** 12.0 → "12", 12.5 → "12.5". */
    static String hours(BigDecimal hours) {
        BigDecimal plain = hours.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }
}
