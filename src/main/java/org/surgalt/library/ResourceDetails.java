package org.surgalt.library;

import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import org.surgalt.platform.DomainException;

/** What describes a resource, checked: the same for the page's form and the API. */
public record ResourceDetails(String title, String description, ResourceKind kind, Licence licence, Subject subject,
        SortedSet<Integer> grades, String language, String aimag) {

    public static final int MIN_GRADE = 1;
    public static final int MAX_GRADE = 12;

    /**
     * Parses what was typed or sent, field by field, refusing the first field at fault. A blank
     * licence is CC BY 4.0, the library's default; a blank aimag means the whole country.
     */
    public static ResourceDetails parse(String title, String description, String kind, String licence, String subject,
            List<String> grades, String language, String aimag) {
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > 200) {
            throw DomainException.invalid("title", "is required, at most 200 characters");
        }
        String cleanDescription = description == null ? "" : description.strip();
        if (cleanDescription.isEmpty() || cleanDescription.length() > 2000) {
            throw DomainException.invalid("description", "is required, at most 2000 characters");
        }
        ResourceKind parsedKind = kind(kind);
        Licence parsedLicence = lower(licence).isEmpty() ? Licence.CC_BY : licence(licence);
        Subject parsedSubject = subject(subject);
        SortedSet<Integer> parsedGrades = new TreeSet<>();
        for (String grade : grades == null ? List.<String>of() : grades) {
            parsedGrades.add(grade(grade));
        }
        if (parsedGrades.isEmpty()) {
            throw DomainException.invalid("grades", "choose at least one grade level");
        }
        String parsedLanguage = language(language);
        String cleanAimag = aimag == null || aimag.isBlank() ? null : aimag.strip();
        return new ResourceDetails(cleanTitle, cleanDescription, parsedKind, parsedLicence, parsedSubject,
                parsedGrades, parsedLanguage, cleanAimag);
    }

    static ResourceKind kind(String typed) {
        return ResourceKind.fromId(lower(typed))
                .orElseThrow(() -> DomainException.invalid("kind", "must be a lesson plan, worksheet, slide deck or page"));
    }

    static Licence licence(String typed) {
        return Licence.fromId(lower(typed))
                .orElseThrow(() -> DomainException.invalid("licence", "must be CC BY 4.0, CC BY-SA 4.0 or all rights reserved"));
    }

    static Subject subject(String typed) {
        return Subject.fromId(lower(typed))
                .orElseThrow(() -> DomainException.invalid("subject", "must be one of the library's subjects"));
    }

    static String language(String typed) {
        String language = lower(typed);
        if (!language.equals("mn") && !language.equals("en")) {
            throw DomainException.invalid("language", "must be Mongolian or English");
        }
        return language;
    }

    static int grade(String typed) {
        try {
            int grade = Integer.parseInt(typed == null ? "" : typed.strip());
            if (grade >= MIN_GRADE && grade <= MAX_GRADE) {
                return grade;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw DomainException.invalid("grades", "must be grade levels from 1 to 12");
    }

    ResourceDetails withAimag(String canonical) {
        return new ResourceDetails(title, description, kind, licence, subject, grades, language, canonical);
    }

    private static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT).replace('-', '_');
    }
}
