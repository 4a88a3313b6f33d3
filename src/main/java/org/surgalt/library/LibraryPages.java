package org.surgalt.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.surgalt.identity.Viewer;
import org.surgalt.identity.place.Places;
import org.surgalt.platform.DomainException;
import org.surgalt.web.Formats;
import org.surgalt.web.Language;
import org.surgalt.web.Layout;
import org.surgalt.web.MarkdownRenderer;

/** Renders the library's pages, for the page resource and the forms that come back to them. */
@RequestScoped
class LibraryPages {

    private final LibraryService library;
    private final LibraryRepository resources;
    private final LibraryCommentRepository comments;
    private final LibraryAccess access;
    private final LibraryCopies copies;
    private final MarkdownRenderer markdown;
    private final Places places;
    private final Language language;
    private final Layout layout;

    LibraryPages(LibraryService library, LibraryRepository resources, LibraryCommentRepository comments,
            LibraryAccess access, LibraryCopies copies, MarkdownRenderer markdown, Places places, Language language,
            Layout layout) {
        this.library = library;
        this.resources = resources;
        this.comments = comments;
        this.access = access;
        this.copies = copies;
        this.markdown = markdown;
        this.places = places;
        this.language = language;
        this.layout = layout;
    }

    LibraryViews views() {
        return new LibraryViews(language.code());
    }

    LibraryTemplates.Filters filters(String q, String kind, String subject, String grade, String lang, String aimag,
            String licence, String query) {
        LibraryViews views = views();
        return new LibraryTemplates.Filters(q == null ? "" : q, views.kinds(kind), views.subjects(subject),
                views.grades(grade == null ? Set.of() : Set.of(grade)), views.languages(lang),
                views.aimags(places.aimags(), aimag), views.licences(licence), query);
    }

    Response list(Response.Status status, LibraryService.ListPage found, LibraryTemplates.Filters filters,
            List<DomainException.FieldError> errors) {
        LibraryViews views = views();
        List<LibraryViews.Card> cards = found == null ? List.of()
                : found.resources().stream().map(l -> views.card(l.resource(), l.author(), l.average(), l.ratings()))
                        .toList();
        LibraryTemplates.ListPage page = found == null ? new LibraryTemplates.ListPage(cards, 0, 1, 1, "", filters)
                : new LibraryTemplates.ListPage(cards, (int) found.total(), found.page(), found.pages(),
                        String.join(", ", found.ignored()), filters);
        return layout.render(status, LibraryTemplates.list(page, errors));
    }

    /** {@code typed}: the form as sent; null for a new resource or the resource's own values. */
    Response form(Response.Status status, TeachingResource resource, FormInput typed,
            List<DomainException.FieldError> errors) {
        LibraryViews views = views();
        FormInput in = typed != null ? typed : resource != null ? FormInput.of(resource) : FormInput.EMPTY;
        LibraryTemplates.Form form = new LibraryTemplates.Form(resource == null ? null : resource.id(),
                in.title(), in.description(), in.body(), resource != null && resource.isFile(), views.kinds(in.kind()),
                views.licences(in.licence()), views.subjects(in.subject()), views.grades(Set.copyOf(in.grades())),
                views.languages(in.language()), views.aimags(places.aimags(), in.aimag()));
        return layout.render(status, LibraryTemplates.form(form, errors));
    }

    /** {@code copiedInto}: the code of the course the resource was just copied into (its draft is linked), or null. */
    Response resource(Response.Status status, Viewer viewer, long id, String comment, String copiedInto,
            List<DomainException.FieldError> errors) {
        TeachingResource r = library.visible(viewer, id);
        LibraryViews views = views();
        LibraryRepository.Rating rating = resources.ratings(Set.of(r.id())).getOrDefault(r.id(),
                LibraryRepository.Rating.NONE);
        LibraryViews.Card card = views.card(r, library.author(r.authorId()).orElse(null), rating.average(),
                rating.count());
        boolean author = access.isAuthor(viewer, r);
        List<LibraryViews.Option> targets = r.licence().allowsCopies()
                ? copies.targets(viewer, language.locale()).stream().map(t -> new LibraryViews.Option(t.value(),
                        t.courseTitle() + " (" + t.courseCode() + "): " + t.moduleTitle(), false)).toList()
                : List.of();
        Integer mine = resources.ratingOf(r.id(), viewer.userId()).orElse(null);
        List<LibraryViews.Option> stars = IntStream.rangeClosed(1, 5).mapToObj(s -> new LibraryViews.Option(
                String.valueOf(s), String.valueOf(s), mine != null && mine == s)).toList();
        List<LibraryTemplates.CommentView> commentViews = comments.withAuthors(r.id()).stream()
                .map(c -> new LibraryTemplates.CommentView(c.id(),
                        c.author() == null ? views.words().library_former_member() : c.author(),
                        markdown.render(c.body()), Formats.when(c.createdAt(), language.locale()),
                        c.authorId() == viewer.userId()))
                .toList();
        LibraryTemplates.ResourcePage page = new LibraryTemplates.ResourcePage(card,
                r.isFile() ? null : markdown.render(r.body()), r.file().map(f -> f.filename()).orElse(null),
                r.isPending(), author ? r.rejection() : null, author, access.canCurate(viewer),
                r.licence().allowsCopies(), targets, mine, stars, commentViews, comment == null ? "" : comment,
                copiedInto == null || !copies.canOpenDraft(viewer, copiedInto) ? null : copiedInto);
        return layout.render(status, LibraryTemplates.resource(page, errors));
    }

    /** The publish form's fields as typed. */
    record FormInput(String title, String description, String kind, String licence, String subject,
            List<String> grades, String language, String aimag, String body) {

        static final FormInput EMPTY = new FormInput("", "", "lesson_plan", "cc_by", "", List.of(), "mn", "", "");

        static FormInput of(TeachingResource r) {
            return new FormInput(r.title(), r.description(), r.kind().id(), r.licence().id(), r.subject().id(),
                    r.grades().stream().map(String::valueOf).toList(), r.language(), r.aimag() == null ? "" : r.aimag(),
                    r.body() == null ? "" : r.body());
        }

        ResourceDetails details() {
            return ResourceDetails.parse(title, description, kind, licence, subject, grades, language, aimag);
        }
    }
}
