package org.surgalt.admin;

import java.util.List;
import org.surgalt.identity.Institution;
import org.surgalt.identity.InstitutionKind;
import org.surgalt.identity.InstitutionService;
import org.surgalt.identity.place.Places;

/** What the institution pages show: rows, forms and choices, in the reader's language. */
final class InstitutionPages {

    private InstitutionPages() {
    }

    /** A list filter from a query string; an unknown kind filters nothing. */
    static InstitutionService.Filter filter(String q, String aimag, String kind, boolean retired) {
        InstitutionKind chosen = null;
        for (InstitutionKind k : InstitutionKind.values()) {
            if (k.name().equalsIgnoreCase(kind == null ? "" : kind.strip())) {
                chosen = k;
            }
        }
        return new InstitutionService.Filter(q, aimag, chosen, retired);
    }

    public record Row(long id, String code, String name, String kind, String aimag, String soum, String state) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    public record ListPage(List<Row> rows, String q, List<Option> aimags, List<Option> kinds, boolean retired,
            boolean canCreate, boolean limited, int limit) {
    }

    /** A form as typed: nothing is lost when it comes back with errors. */
    public record Form(String code, String name, String kind, String aimag, String soum, boolean addSoum) {

        static Form of(Institution i) {
            return new Form(i.code(), i.name(), i.kind().name(), i.aimag(), i.soum(), false);
        }

        static Form empty() {
            return new Form("", "", InstitutionKind.SCHOOL.name(), "", "", false);
        }

        InstitutionService.Input input() {
            return new InstitutionService.Input(code, name, kind, aimag, soum, addSoum);
        }
    }

    /**
     * The new and edit pages. {@code id} null: a new one. {@code canManage}: a site admin (every field,
     * retire, merge); otherwise the name only.
     */
    public record FormPage(Long id, String title, Form form, List<Option> kinds, List<Option> aimags,
            List<Places.Soum> soums, boolean canManage, boolean retired, String retiredOn, String mergedInto,
            boolean saved, String mergeInto) {
    }

    static String kind(InstitutionKind kind, AdminMessages text) {
        return switch (kind) {
            case SCHOOL -> text.kind_school();
            case UNIVERSITY -> text.kind_university();
            case MINISTRY -> text.kind_ministry();
        };
    }

    static List<Option> kinds(String chosen, AdminMessages text) {
        return java.util.Arrays.stream(InstitutionKind.values())
                .map(k -> new Option(k.name(), kind(k, text), k.name().equalsIgnoreCase(chosen))).toList();
    }

    static List<Option> aimags(Places places, String chosen, boolean english) {
        return places.aimags().stream().map(a -> new Option(a.nameMn(),
                english ? a.nameEn() + " (" + a.nameMn() + ")" : a.nameMn(),
                a.nameMn().equals(chosen) || a.nameEn().equalsIgnoreCase(chosen == null ? "" : chosen))).toList();
    }
}
