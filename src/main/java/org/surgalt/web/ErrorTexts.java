package org.surgalt.web;

import io.quarkus.qute.TemplateExtension;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.surgalt.platform.DomainException.FieldError;

/**
 * The reader's language for the English texts of errors. Services throw English messages (they are
 * also what the log and the API's field names are in); this translates them where they reach a
 * person: the error page, the problem+json body, a re-rendered form. The translations live in
 * {@code i18n/errors_<lang>.po}, keyed by the English text as gettext does, so the hundreds of
 * places that throw need no change; web/ErrorTextsTest fails when a thrown text has no entry.
 */
public final class ErrorTexts {

    private static final Map<String, ErrorTexts> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final Pattern PO_LINE = Pattern.compile("(msgid|msgstr) \"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Map<String, String> exact;
    private final List<Parameterised> parameterised;

    /** An entry with parts filled in at run time ({@code %s}), tried when no entry matches exactly. */
    private record Parameterised(Pattern english, String translation, int literalLength) {
    }

    private ErrorTexts(Map<String, String> entries) {
        this.exact = Map.copyOf(entries);
        List<Parameterised> list = new ArrayList<>();
        entries.forEach((english, translation) -> {
            if (english.contains("%s")) {
                StringBuilder regex = new StringBuilder();
                String[] literals = english.split("%s", -1);
                for (int i = 0; i < literals.length; i++) {
                    if (i > 0) {
                        regex.append("(.+)");
                    }
                    regex.append(Pattern.quote(literals[i]));
                }
                list.add(new Parameterised(Pattern.compile(regex.toString(), Pattern.DOTALL), translation,
                        english.length() - 2 * (literals.length - 1)));
            }
        });
        // The most specific first: "must be at most %s characters" before "%s.".
        list.sort(Comparator.comparingInt(Parameterised::literalLength).reversed());
        this.parameterised = List.copyOf(list);
    }

    /** The text in the language of {@code locale}; the English text when there is no translation. */
    public static String translate(String english, Locale locale) {
        if (english == null || english.isEmpty() || locale == null || "en".equals(locale.getLanguage())) {
            return english;
        }
        return BY_LANGUAGE.computeIfAbsent(locale.getLanguage(), ErrorTexts::load).apply(english);
    }

    /** Whether {@code english} (a message as thrown, with {@code %s} for its run-time parts) has an entry. */
    static boolean has(String english, Locale locale) {
        return BY_LANGUAGE.computeIfAbsent(locale.getLanguage(), ErrorTexts::load).exact.containsKey(english);
    }

    public static FieldError translate(FieldError error, Locale locale) {
        return new FieldError(error.field(), translate(error.message(), locale));
    }

    /** {@code {error.text}} in a form's error list: the message in the page's language. */
    @TemplateExtension
    static String text(FieldError error, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return translate(error.message(), Formats.asLocale(locale));
    }

    private String apply(String english) {
        String translation = exact.get(english);
        if (translation != null) {
            return translation;
        }
        for (Parameterised entry : parameterised) {
            Matcher matcher = entry.english().matcher(english);
            if (matcher.matches()) {
                Object[] parts = new Object[matcher.groupCount()];
                for (int i = 0; i < parts.length; i++) {
                    // A filled-in noun ("course" in "There is no course 7.") is translated too, and
                    // so is a filled-in sentence ("was refused: " + an inspection's reason). Each
                    // part is shorter than the text, so this ends.
                    String part = matcher.group(i + 1);
                    parts[i] = part.length() < english.length() ? apply(part) : part;
                }
                return String.format(Locale.ROOT, entry.translation(), parts);
            }
        }
        return english;
    }

    private static ErrorTexts load(String language) {
        Map<String, String> entries = new HashMap<>();
        String resource = "i18n/errors_" + language + ".po";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return new ErrorTexts(Map.of());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String id = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                Matcher matcher = PO_LINE.matcher(line.strip());
                if (!matcher.matches()) {
                    continue;
                }
                String text = matcher.group(2).replace("\\\"", "\"").replace("\\\\", "\\");
                if (matcher.group(1).equals("msgid")) {
                    id = text;
                } else if (id != null) {
                    entries.put(id, text);
                    id = null;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return new ErrorTexts(entries);
    }
}
