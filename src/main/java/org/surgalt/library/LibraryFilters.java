package org.surgalt.library;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.surgalt.platform.DomainException;

/** The list's filters from a query string: a value that is not one of the choices is refused. */
final class LibraryFilters {

    private LibraryFilters() {
    }

    static LibraryRepository.Filter parse(String kind, String subject, String grade, String language, String aimag,
            String licence) {
        return new LibraryRepository.Filter(
                blank(kind) ? null : ResourceKind.fromId(kind.strip())
                        .orElseThrow(() -> DomainException.invalid("kind", "must be a lesson plan, worksheet, slide deck or page")),
                blank(subject) ? null : Subject.fromId(subject.strip())
                        .orElseThrow(() -> DomainException.invalid("subject", "must be one of the library's subjects")),
                blank(grade) ? null : ResourceDetails.grade(grade),
                blank(language) ? null : checkedLanguage(language.strip()),
                blank(aimag) ? null : aimag.strip(),
                blank(licence) ? null : Licence.fromId(licence.strip())
                        .orElseThrow(() -> DomainException.invalid("licence", "must be CC BY 4.0, CC BY-SA 4.0 or all rights reserved")));
    }

    /** The search and filters as a query string (without the page), for the pages' links. */
    static String query(String q, String kind, String subject, String grade, String language, String aimag,
            String licence) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("q", q);
        values.put("kind", kind);
        values.put("subject", subject);
        values.put("grade", grade);
        values.put("language", language);
        values.put("aimag", aimag);
        values.put("licence", licence);
        return values.entrySet().stream().filter(e -> !blank(e.getValue()))
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().strip(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String checkedLanguage(String language) {
        if (!language.equals("mn") && !language.equals("en")) {
            throw DomainException.invalid("language", "must be Mongolian or English");
        }
        return language;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
