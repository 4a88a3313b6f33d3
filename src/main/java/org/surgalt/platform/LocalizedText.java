package org.surgalt.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;

/**
 * Text a course gives in English, Mongolian or both. Readers get their language when it is
 * there and the other one otherwise, so a course written in one language is still usable.
 */
@Embeddable
public class LocalizedText {

    @Column(name = "en")
    private String en;

    @Column(name = "mn")
    private String mn;

    protected LocalizedText() {
    }

    private LocalizedText(String en, String mn) {
        this.en = blankToNull(en);
        this.mn = blankToNull(mn);
    }

    public static LocalizedText of(String en, String mn) {
        return new LocalizedText(en, mn);
    }

    public static LocalizedText empty() {
        return new LocalizedText(null, null);
    }

    /** Refuses text longer than a column holds, naming the field and language at fault. */
    public LocalizedText within(String field, int maxLength) {
        if (en != null && en.length() > maxLength) {
            throw DomainException.invalid(field + ".en", "must be at most " + maxLength + " characters");
        }
        if (mn != null && mn.length() > maxLength) {
            throw DomainException.invalid(field + ".mn", "must be at most " + maxLength + " characters");
        }
        return this;
    }

    public String en() {
        return en;
    }

    public String mn() {
        return mn;
    }

    public boolean isEmpty() {
        return en == null && mn == null;
    }

    public String in(Locale locale) {
        boolean mongolian = locale != null && "mn".equals(locale.getLanguage());
        String preferred = mongolian ? mn : en;
        return preferred != null ? preferred : (mongolian ? en : mn);
    }

    /** Which language {@link #in(Locale)} actually returns, for the page's lang attribute. */
    public String languageIn(Locale locale) {
        boolean mongolian = locale != null && "mn".equals(locale.getLanguage());
        if (mongolian) {
            return mn != null ? "mn" : "en";
        }
        return en != null ? "en" : "mn";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText text && Objects.equals(en, text.en) && Objects.equals(mn, text.mn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(en, mn);
    }
}
