package org.surgalt.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page string exists in English and in Mongolian, with the same placeholders: a key missing
 * from the Mongolian file would silently show English to a Mongolian reader. Each bundle also stays
 * under the 300 keys past which Quarkus 3.32's generated bundle class fails verification.
 */
class MessageBundlesTest {

    private static final Path DIR = Path.of("src/main/resources/messages");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    @ParameterizedTest
    @ValueSource(strings = {"msg", "quiz", "assignment", "certificate", "cohort", "progress", "session", "report", "audit",
            "auditlog", "rights", "admin"})
    void everyKeyIsInBothLanguagesWithTheSamePlaceholders(String bundle) throws IOException {
        Properties english = load(DIR.resolve(bundle + ".properties"));
        Properties mongolian = load(DIR.resolve(bundle + "_mn.properties"));
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(mongolian.stringPropertyNames()),
                bundle + ": the same keys in English and Mongolian");
        List<String> problems = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String mn = mongolian.getProperty(key);
            if (mn.isBlank()) {
                problems.add(key + " is empty in Mongolian");
            } else if (!placeholders(english.getProperty(key)).equals(placeholders(mn))) {
                problems.add(key + " has other placeholders in Mongolian");
            }
        }
        assertEquals(List.of(), problems, bundle);
        assertTrue(english.size() < 300, bundle + " has " + english.size() + " keys; split it before 300");
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
