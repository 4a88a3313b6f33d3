package org.surgalt.quiz;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How typed answers are compared: Unicode NFC (a decomposed й equals the composed one), case
 * folded without a locale (upper then lower case, Locale.ROOT, so Ө/ө and Ү/ү fold the same on
 * every server, and a Turkish default locale cannot turn I into ı), every run of white space
 * (including no-break spaces) one space, trimmed.
 */
public final class AnswerText {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+",
            Pattern.UNICODE_CHARACTER_CLASS);

    private AnswerText() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        String folded = composed.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        String collapsed = WHITESPACE.matcher(Normalizer.normalize(folded, Normalizer.Form.NFC)).replaceAll(" ");
        return collapsed.strip();
    }
}
