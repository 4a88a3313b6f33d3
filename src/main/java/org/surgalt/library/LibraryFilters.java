package org.surgalt.library;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The list's filters from a query string: a value that is not one of the choices is refused, as on the form. */
final class LibraryFilters {

    private LibraryFilters() {
    }

    static LibraryRepository.Filter parse(String kind, String subject, String grade, String language, String aimag,
            String licence) {
        return new LibraryRepository.Filter(blank(kind) ? null : ResourceDetails.kind(kind),
                blank(subject) ? null : ResourceDetails.subject(subject),
                blank(grade) ? null : ResourceDetails.grade(grade),
                blank(language) ? null : ResourceDetails.language(language),
                blank(aimag) ? null : aimag.strip(),
                blank(licence) ? null : ResourceDetails.licence(licence));
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

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
