package org.surgalt.library;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import java.util.List;
import org.surgalt.platform.DomainException;

/** The library pages (templates/LibraryResource/), shared by the page and action resources. */
@CheckedTemplate(basePath = "LibraryResource")
class LibraryTemplates {

    /** The list's search and filters as the reader chose them, with the choices offered. */
    record Filters(String q, List<LibraryViews.Option> kinds, List<LibraryViews.Option> subjects,
            List<LibraryViews.Option> grades, List<LibraryViews.Option> languages, List<LibraryViews.Option> aimags,
            List<LibraryViews.Option> licences, String query) {
    }

    record ListPage(List<LibraryViews.Card> cards, int total, int page, int pages, String ignored, Filters filters) {
    }

    /** The publish and change form: what was typed, kept when it comes back with errors. */
    record Form(Long id, String title, String description, String body, boolean file, List<LibraryViews.Option> kinds,
            List<LibraryViews.Option> licences, List<LibraryViews.Option> subjects, List<LibraryViews.Option> grades,
            List<LibraryViews.Option> languages, List<LibraryViews.Option> aimags) {
    }

    record CommentView(long id, String author, RawString html, String when, boolean canDelete) {
    }

    record ResourcePage(LibraryViews.Card card, RawString html, String filename, boolean pending, String rejection,
            boolean canEdit, boolean canCurate, boolean copyable, List<LibraryViews.Option> targets,
            Integer myRating, List<LibraryViews.Option> stars, List<CommentView> comments, String comment,
            String copiedInto) {
    }

    static native TemplateInstance list(ListPage page, List<DomainException.FieldError> errors);

    static native TemplateInstance form(Form form, List<DomainException.FieldError> errors);

    static native TemplateInstance resource(ResourcePage page, List<DomainException.FieldError> errors);
}
