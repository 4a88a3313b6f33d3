package org.surgalt.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.DomainException.FieldError;

/**
 * Every error text the code throws has its Mongolian entry in i18n/errors_mn.po: the test reads
 * the sources for the messages given to DomainException (a concatenation becomes {@code %s} for each
 * run-time part, as in the catalogue) and for the {@code message} of constraint annotations.
 */
class ErrorTextsTest {

    private static final Locale MN = Locale.forLanguageTag("mn");
    private static final Pattern CALL = Pattern.compile(
            "DomainException\\.(invalid|conflict|forbidden|tooLarge|tooManyRequests|insufficientStorage|notFound)\\(|new (?:DomainException\\.)?FieldError\\("
            // The reasons inspection gives for refusing an upload: stored in English, shown translated.
            + "|new (InspectionRejected)\\(|Inspection\\.(rejected)\\(");
    private static final Pattern ANNOTATION_MESSAGE = Pattern.compile("message *= *\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void everyThrownTextHasAMongolianEntry() throws IOException {
        TreeSet<String> missing = new TreeSet<>();
        TreeSet<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String english : thrownTexts(Files.readString(file, StandardCharsets.UTF_8))) {
                    found.add(english);
                    if (!ErrorTexts.has(english, MN)) {
                        missing.add(file.getFileName() + ": " + english);
                    }
                }
            }
        }
        assertEquals(new TreeSet<>(), missing, "add these to src/main/resources/i18n/errors_mn.po");
        assertTrue(found.size() > 200, "the scan found only " + found.size() + " texts: is it still reading the calls?");
    }

    @Test
    void messagesWithRunTimePartsAndNounsAreTranslated() {
        assertEquals("Сургалт 7 олдсонгүй.", message(DomainException.notFound("course", 7)));
        assertEquals("Ийм кодтой гэрчилгээ ABC-123 олдсонгүй.",
                message(DomainException.notFound("certificate with the code", "ABC-123")));
        assertEquals("300 тэмдэгтээс ихгүй байх ёстой", ErrorTexts.translate("must be at most 300 characters", MN));
        assertEquals("файл биш, video болгон байршуулсан байна",
                ErrorTexts.translate("was uploaded as a video, not a file", MN));
        assertEquals("package биш, video болгон байршуулсан байна",
                ErrorTexts.translate("was uploaded as a video, not a package", MN), "the parts in their own order");
        assertEquals("Зөвшөөрөгдөөгүй арга.", ErrorTexts.translate("Method Not Allowed.", MN));
        assertEquals(new FieldError("title", "англи эсвэл монгол хэлээр өгнө үү"), ErrorTexts.translate(
                DomainException.invalid("title", "must be given in English or Mongolian").fieldErrors().get(0), MN));
    }

    /** Inspection's reasons are stored in English and reach people inside other messages. */
    @Test
    void aRefusedUploadsReasonIsTranslatedWithItsKindAndAllowedTypes() {
        assertEquals("татгалзсан: Файл нь үнэндээ application/pdf төрлийнх тул зураг болгон оруулах боломжгүй"
                + " (зөвшөөрөгдсөн: JPEG, PNG, GIF, WebP)", ErrorTexts.translate("was refused: The file is really"
                + " application/pdf, which is not allowed for images (allowed: JPEG, PNG, GIF, WebP)", MN));
        for (org.surgalt.content.FileKind kind : org.surgalt.content.FileKind.values()) {
            assertNotEquals(kind.plural(), ErrorTexts.translate(kind.plural(), MN));
            if (kind.allowedLabels().matches(".*[a-z]{4,}.*")) {
                assertNotEquals(kind.allowedLabels(), ErrorTexts.translate(kind.allowedLabels(), MN), kind.name());
            }
        }
        assertTrue(ErrorTexts.has("The document is password-protected; upload a copy without a password", MN));
    }

    @Test
    void englishAndUnknownTextsStayAsTheyAre() {
        assertEquals("must be at most 300 characters",
                ErrorTexts.translate("must be at most 300 characters", Locale.ENGLISH));
        assertEquals("Something nobody wrote down.", ErrorTexts.translate("Something nobody wrote down.", MN));
        assertEquals(null, ErrorTexts.translate((String) null, MN));
    }

    record Input(@NotBlank @Email @Size(max = 254) String email, @NotNull @Size(min = 10, max = 200) String password,
            @Min(1) int count) {
    }

    /** Hibernate Validator's own English texts for the constraints the API uses. */
    @Test
    void beanValidationMessagesAreTranslated() {
        Validator validator = Validation.byProvider(HibernateValidator.class).configure()
                .defaultLocale(Locale.ENGLISH).messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator();
        List<String> english = new ArrayList<>();
        for (Input input : List.of(new Input(" ", null, 0), new Input("not an address", "short", 1))) {
            validator.validate(input).stream().map(ConstraintViolation::getMessage).forEach(english::add);
        }
        assertTrue(english.size() >= 5, english.toString());
        for (String text : english) {
            assertNotEquals(text, ErrorTexts.translate(text, MN), "no Mongolian for Hibernate Validator's \"" + text + "\"");
        }
    }

    private static String message(DomainException e) {
        return ErrorTexts.translate(e.getMessage(), MN);
    }

    /** The English texts given to DomainException and constraint annotations in one source file. */
    static List<String> thrownTexts(String source) {
        List<String> texts = new ArrayList<>();
        Matcher call = CALL.matcher(source);
        while (call.find()) {
            List<String> arguments = arguments(source, call.end());
            String kind = call.group(1) != null ? call.group(1) : call.group(2) != null ? call.group(2) : call.group(3);
            if ("notFound".equals(kind)) {
                texts.add("There is no %s %s.");
            }
            String message = kind == null || "invalid".equals(kind) || "rejected".equals(kind)
                    ? (arguments.size() > 1 ? arguments.get(1) : null)
                    : arguments.get(0);
            String text = message == null ? null : template(message);
            if (text != null) {
                texts.add(text);
            }
        }
        Matcher annotation = ANNOTATION_MESSAGE.matcher(source);
        while (annotation.find()) {
            texts.add(unescape(annotation.group(1)));
        }
        return texts;
    }

    /** The top-level arguments of a call whose '(' ends just before {@code start}. */
    private static List<String> arguments(String source, int start) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 1;
        for (int i = start; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                int end = i + 1;
                while (source.charAt(end) != c) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                current.append(source, i, end + 1);
                i = end;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    arguments.add(current.toString().strip());
                    return arguments;
                }
            } else if (c == ',' && depth == 1) {
                arguments.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        throw new IllegalStateException("unbalanced call at " + start);
    }

    /** {@code "at most " + max + " characters"} → {@code "at most %s characters"}; null when no literal. */
    private static String template(String expression) {
        StringBuilder text = new StringBuilder();
        boolean literal = false;
        for (String part : concatenated(expression)) {
            Matcher matcher = LITERAL.matcher(part);
            if (matcher.matches()) {
                text.append(unescape(matcher.group(1)));
                literal = true;
            } else if (!text.toString().endsWith("%s")) {
                text.append("%s");
            }
        }
        return literal ? text.toString() : null;
    }

    private static List<String> concatenated(String expression) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (expression.charAt(end) != '"') {
                    end += expression.charAt(end) == '\\' ? 2 : 1;
                }
                current.append(expression, i, end + 1);
                i = end;
                continue;
            }
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '+' && depth == 0) {
                parts.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        parts.add(current.toString().strip());
        return parts;
    }

    private static String unescape(String literal) {
        return literal.replace("\\\"", "\"").replace("\\'", "'").replace("\\\\", "\\");
    }
}
