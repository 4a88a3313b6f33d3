package org.surgalt.admin.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An action in words: {@code audit_action_<object>_<verb>} from messages/audit.properties (or
 * audit_mn.properties), else the action's own name. A plain properties file rather than a Qute
 * bundle: every feature adds its actions' lines there, and a bundle would want a method per line.
 */
@ApplicationScoped
public class AuditActionWords {

    private final Map<String, Properties> bundles = new ConcurrentHashMap<>();

    public String of(String action, Locale locale) {
        String key = key(action);
        String language = "mn".equals(locale.getLanguage()) ? "mn" : "en";
        String words = bundle(language).getProperty(key);
        if (words == null && !"en".equals(language)) {
            words = bundle("en").getProperty(key);
        }
        return words == null ? action : words;
    }

    /** "submission.grade" → "audit_action_submission_grade"; "PERSON_DISABLED" → "audit_action_PERSON_DISABLED". */
    public static String key(String action) {
        return "audit_action_" + action.replace('.', '_');
    }

    private Properties bundle(String language) {
        return bundles.computeIfAbsent(language, AuditActionWords::load);
    }

    private static Properties load(String language) {
        String name = "messages/audit" + ("en".equals(language) ? "" : "_" + language) + ".properties";
        Properties properties = new Properties();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
