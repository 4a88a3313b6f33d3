package org.surgalt.samples;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.surgalt.platform.LocalizedText;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * One YAML file of the course format, read with SnakeYAML's safe constructor (plain maps, lists
 * and scalars; no Java types), and the typed look-ups the readers use. Each look-up that fails
 * records a problem with its path ("modules[1].items[0].kind") and returns null, so that a reader
 * reports every problem of a file at once.
 */
final class YamlDocument {

    static final long MAX_FILE_BYTES = 1_000_000;

    private final String name;
    private final List<String> problems = new ArrayList<>();

    private YamlDocument(String name) {
        this.name = name;
    }

    /** @return the document's top-level mapping, and a document to report problems against */
    static Loaded load(Path file, String name) throws SampleFormatException {
        YamlDocument document = new YamlDocument(name);
        Object root;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new SampleFormatException(name, List.of("is larger than " + MAX_FILE_BYTES + " bytes"));
            }
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(20);
            options.setAllowDuplicateKeys(false);
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                root = new Yaml(new SafeConstructor(options)).load(reader);
            }
        } catch (MarkedYAMLException e) {
            String where = e.getProblemMark() == null ? "" : "line " + (e.getProblemMark().getLine() + 1)
                    + ", column " + (e.getProblemMark().getColumn() + 1) + ": ";
            throw new SampleFormatException(name, List.of(where + e.getProblem()));
        } catch (YAMLException e) {
            throw new SampleFormatException(name, List.of(e.getMessage()));
        } catch (CharacterCodingException e) {
            throw new SampleFormatException(name, List.of("is not valid UTF-8"));
        } catch (IOException e) {
            throw new SampleFormatException(name, List.of("cannot be read: " + e.getMessage()));
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new SampleFormatException(name, List.of("must be a mapping of keys to values"));
        }
        return new Loaded(document, map);
    }

    record Loaded(YamlDocument document, Map<?, ?> root) {
    }

    void problem(String path, String message) {
        problems.add(path + ": " + message);
    }

    void throwIfProblems() throws SampleFormatException {
        if (!problems.isEmpty()) {
            throw new SampleFormatException(name, problems);
        }
    }

    String string(Map<?, ?> map, String key, String path, boolean required) {
        Object value = map.get(key);
        if (value == null) {
            if (required) {
                problem(path + key, "is required");
            }
            return null;
        }
        if (!(value instanceof String) && !(value instanceof Number) && !(value instanceof Boolean)) {
            problem(path + key, "must be text");
            return null;
        }
        String text = value.toString().strip();
        if (required && text.isEmpty()) {
            problem(path + key, "must not be empty");
            return null;
        }
        return text.isEmpty() ? null : text;
    }

    String oneOf(Map<?, ?> map, String key, String path, Set<String> allowed) {
        String value = string(map, key, path, true);
        if (value != null && !allowed.contains(value)) {
            problem(path + key, "must be one of " + String.join(", ", new TreeSet<>(allowed)) + ", not '" + value + "'");
            return null;
        }
        return value;
    }

    List<?> list(Map<?, ?> map, String key, String path, boolean required) {
        Object value = map.get(key);
        if (value == null) {
            if (required) {
                problem(path + key, "is required");
            }
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            problem(path + key, "must be a list");
            return List.of();
        }
        if (required && list.isEmpty()) {
            problem(path + key, "must not be empty");
        }
        return list;
    }

    Map<?, ?> mapping(Object value, String path) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        problem(path, "must be a mapping of keys to values");
        return null;
    }

    /**
     * Localised text: a map of en/mn, or a plain string taken to be in {@code defaultLanguage}.
     * {@code values} turns each given value into the stored text (e.g. reads a file it names).
     */
    LocalizedText text(Map<?, ?> map, String key, String path, boolean required, String defaultLanguage,
            ValueReader values) {
        Object value = map.get(key);
        if (value == null) {
            if (required) {
                problem(path + key, "is required");
            }
            return LocalizedText.empty();
        }
        String en = null;
        String mn = null;
        if (value instanceof String plain) {
            String read = values.read(plain, path + key);
            if ("mn".equals(defaultLanguage)) {
                mn = read;
            } else {
                en = read;
            }
        } else if (value instanceof Map<?, ?> languages) {
            for (Map.Entry<?, ?> entry : languages.entrySet()) {
                String language = String.valueOf(entry.getKey());
                String entryPath = path + key + "." + language;
                if (!language.equals("en") && !language.equals("mn")) {
                    problem(entryPath, "only en and mn are supported");
                } else if (!(entry.getValue() instanceof String text)) {
                    problem(entryPath, "must be text");
                } else if (language.equals("en")) {
                    en = values.read(text, entryPath);
                } else {
                    mn = values.read(text, entryPath);
                }
            }
        } else {
            problem(path + key, "must be text or a mapping of en/mn to text");
        }
        LocalizedText text = LocalizedText.of(en, mn);
        if (required && text.isEmpty()) {
            problem(path + key, "must be given in en or mn");
        }
        return text;
    }

    /** Reads a Markdown file named relative to {@code folder}, refusing anything outside it. */
    String markdownFile(Path folder, String relative, String path, int maxChars) {
        Path base = folder.toAbsolutePath().normalize();
        Path file = base.resolve(relative).normalize();
        if (Path.of(relative).isAbsolute() || !file.startsWith(base)) {
            problem(path, "'" + relative + "' must be a path inside the course folder");
            return null;
        }
        if (!Files.isRegularFile(file)) {
            problem(path, "file '" + relative + "' does not exist");
            return null;
        }
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                problem(path, "file '" + relative + "' is larger than " + MAX_FILE_BYTES + " bytes");
                return null;
            }
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            if (text.length() > maxChars) {
                problem(path, "file '" + relative + "' has more than " + maxChars + " characters");
                return null;
            }
            return text;
        } catch (CharacterCodingException e) {
            problem(path, "file '" + relative + "' is not valid UTF-8");
        } catch (IOException e) {
            problem(path, "file '" + relative + "' cannot be read: " + e.getMessage());
        }
        return null;
    }

    @FunctionalInterface
    interface ValueReader {
        String read(String value, String path);

        ValueReader AS_IS = (value, path) -> value;
    }
}
