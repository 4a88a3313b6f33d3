package org.surgalt.library;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.surgalt.identity.place.Places;
import org.surgalt.web.Formats;

/** The words pages show for a resource's kind, licence, subject and the rest, in the reader's language. */
final class LibraryViews {

    /** A choice of a select or a group of checkboxes. */
    record Option(String value, String label, boolean selected) {
    }

    /** A resource as lists and pages show it, every label in the reader's language. */
    record Card(long id, String title, String description, String kind, String subject, String grades,
            String language, String aimag, String licence, String deed, String author, boolean featured,
            String hiddenReason, String rating, String published) {
    }

    private final LibraryMessages words;
    private final Locale locale;

    LibraryViews(String language) {
        this.locale = Locale.forLanguageTag(language);
        this.words = MessageBundles.get(LibraryMessages.class, Localized.Literal.of(language));
    }

    LibraryMessages words() {
        return words;
    }

    Card card(TeachingResource r, String author, double average, int ratings) {
        String rating = ratings == 0 ? words.library_unrated()
                : words.library_rating(String.format(Locale.ROOT, "%.1f", average), ratings);
        return new Card(r.id(), r.title(), r.description(), kind(r.kind()), subject(r.subject()),
                r.grades().stream().map(String::valueOf).collect(Collectors.joining(", ")), language(r.language()),
                r.aimag() == null ? words.field_aimag_none() : r.aimag(), licence(r.licence()), r.licence().deed(),
                author == null ? words.library_former_member() : author, r.featured(), r.hiddenReason(), rating,
                Formats.date(r.createdAt(), locale));
    }

    List<Option> kinds(String selected) {
        return options(Arrays.asList(ResourceKind.values()), ResourceKind::id, this::kind, Set.of(orEmpty(selected)));
    }

    List<Option> licences(String selected) {
        return options(Arrays.asList(Licence.values()), Licence::id, this::licence, Set.of(orEmpty(selected)));
    }

    List<Option> subjects(String selected) {
        return options(Arrays.asList(Subject.values()), Subject::id, this::subject, Set.of(orEmpty(selected)));
    }

    List<Option> languages(String selected) {
        return options(List.of("mn", "en"), Function.identity(), this::language, Set.of(orEmpty(selected)));
    }

    List<Option> grades(Set<String> selected) {
        return options(IntStream.rangeClosed(ResourceDetails.MIN_GRADE, ResourceDetails.MAX_GRADE).boxed().toList(),
                String::valueOf, words::field_grade, selected);
    }

    /** The aimags by their Mongolian names (what resources store), labelled in the reader's language. */
    List<Option> aimags(List<Places.Aimag> aimags, String selected) {
        List<Option> options = new ArrayList<>();
        for (Places.Aimag aimag : aimags) {
            options.add(new Option(aimag.nameMn(), "en".equals(locale.getLanguage()) ? aimag.nameEn() : aimag.nameMn(),
                    aimag.nameMn().equals(selected)));
        }
        return options;
    }

    String kind(ResourceKind kind) {
        return switch (kind) {
            case LESSON_PLAN -> words.kind_lesson_plan();
            case WORKSHEET -> words.kind_worksheet();
            case SLIDE_DECK -> words.kind_slide_deck();
            case PAGE -> words.kind_page();
        };
    }

    String licence(Licence licence) {
        return switch (licence) {
            case CC_BY -> words.licence_cc_by();
            case CC_BY_SA -> words.licence_cc_by_sa();
            case ALL_RIGHTS_RESERVED -> words.licence_all_rights_reserved();
        };
    }

    String language(String code) {
        return "mn".equals(code) ? words.language_mn() : words.language_en();
    }

    String subject(Subject subject) {
        return switch (subject) {
            case MONGOLIAN -> words.subject_mongolian();
            case MATHEMATICS -> words.subject_mathematics();
            case ENGLISH -> words.subject_english();
            case SCIENCE -> words.subject_science();
            case PHYSICS -> words.subject_physics();
            case CHEMISTRY -> words.subject_chemistry();
            case BIOLOGY -> words.subject_biology();
            case GEOGRAPHY -> words.subject_geography();
            case HISTORY -> words.subject_history();
            case SOCIAL_STUDIES -> words.subject_social_studies();
            case ICT -> words.subject_ict();
            case ARTS -> words.subject_arts();
            case MUSIC -> words.subject_music();
            case PHYSICAL_EDUCATION -> words.subject_physical_education();
            case TECHNOLOGY -> words.subject_technology();
            case PEDAGOGY -> words.subject_pedagogy();
            case OTHER -> words.subject_other();
        };
    }

    private static <T> List<Option> options(List<T> values, Function<T, String> id, Function<T, String> label,
            Set<String> selected) {
        return values.stream().map(v -> new Option(id.apply(v), label.apply(v), selected.contains(id.apply(v))))
                .toList();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
