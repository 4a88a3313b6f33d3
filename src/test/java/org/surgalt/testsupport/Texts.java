package org.surgalt.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the pages say, in one language, read from the app's own message bundles
 * ({@code messages/<bundle>[_mn].properties}), so a journey that runs in English and in Mongolian
 * asserts the same visible text in both without a second copy of every string.
 */
public final class Texts {

    private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

    private final String lang;

    private Texts(String lang) {
        this.lang = lang;
    }

    /** "en" or "mn". */
    public static Texts in(String lang) {
        return new Texts(lang);
    }

    public String lang() {
        return lang;
    }

    /** A message of the default bundle {@code msg}. */
    public String msg(String key, Object... parameters) {
        return of("msg", key, parameters);
    }

    /**
     * A message of a bundle, with its {@code {parameters}} filled in order (use {@link #named} when a
     * message has more than one: the languages order them differently); a message whose
     * parameters are not given is cut before its first one (the fixed text a page starts it with).
     */
    public String of(String bundle, String key, Object... parameters) {
        String text = bundle(bundle).getProperty(key);
        if (text == null && "mn".equals(lang)) {
            text = bundle(bundle + "_en-fallback").getProperty(key);
        }
        if (text == null) {
            throw new IllegalArgumentException("no message " + bundle + ":" + key + " in " + lang);
        }
        for (Object parameter : parameters) {
            text = text.replaceFirst("\\{[^}]*}", java.util.regex.Matcher.quoteReplacement(String.valueOf(parameter)));
        }
        int open = text.indexOf('{');
        return (open < 0 ? text : text.substring(0, open)).strip();
    }

    /** A message with its parameters filled by name: the languages put them in different orders. */
    public String named(String bundle, String key, Map<String, Object> parameters) {
        String text = of(bundle, key);
        String full = bundle(bundle).getProperty(key);
        if (full == null) {
            full = bundle(bundle + "_en-fallback").getProperty(key);
        }
        for (var parameter : parameters.entrySet()) {
            full = full.replace("{" + parameter.getKey() + "}", String.valueOf(parameter.getValue()));
        }
        return text.isEmpty() && full.isEmpty() ? text : full.strip();
    }

    private Properties bundle(String bundle) {
        String file = bundle.endsWith("_en-fallback") ? bundle.replace("_en-fallback", "")
                : "mn".equals(lang) ? bundle + "_mn" : bundle;
        return BUNDLES.computeIfAbsent(file, Texts::load);
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try (InputStream in = Texts.class.getClassLoader().getResourceAsStream("messages/" + file + ".properties")) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
