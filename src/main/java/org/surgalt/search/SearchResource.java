package org.surgalt.search;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.DomainException.FieldError;
import org.surgalt.web.Language;
import org.surgalt.web.Layout;

/** The search page: a form, and what it found. A refused query comes back in the form with the reason. */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(SearchPage page, List<FieldError> errors);
    }

    private final SearchService search;
    private final CurrentUser currentUser;
    private final Layout layout;
    private final Language language;

    SearchResource(SearchService search, CurrentUser currentUser, Layout layout, Language language) {
        this.search = search;
        this.currentUser = currentUser;
        this.layout = layout;
        this.language = language;
    }

    @GET
    @Operation(summary = "Search the content of one's courses (HTML; without q, the empty form)")
    public Response page(@QueryParam("q") String q) {
        Viewer viewer = currentUser.require();
        if (q == null || q.isBlank()) {
            return html(200, Templates.search(SearchPage.form(""), List.of()));
        }
        try {
            SearchResults results = search.search(viewer, q, SearchService.DEFAULT_LIMIT);
            return html(200, Templates.search(SearchPage.of(results, language.locale()), List.of()));
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            return html(400, Templates.search(SearchPage.form(q), e.fieldErrors()));
        }
    }

    private Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(layout.apply(page).render()).build();
    }

    /** {@code searched}: there are results (or none) to show, not only the form. */
    public record SearchPage(String query, boolean searched, List<ResultView> results, String ignored, boolean more,
            List<PostHit> posts, boolean morePosts, List<ResourceHit> resources, boolean moreResources) {

        static SearchPage form(String query) {
            return new SearchPage(query, false, List.of(), null, false, List.of(), false, List.of(), false);
        }

        public boolean nothing() {
            return results.isEmpty() && posts.isEmpty() && resources.isEmpty();
        }

        static SearchPage of(SearchResults results, Locale locale) {
            List<String> ignored = results.query().ignored();
            return new SearchPage(results.query().text(), true,
                    results.hits().stream().map(hit -> ResultView.of(hit, locale)).toList(),
                    ignored.isEmpty() ? null : String.join(", ", ignored), results.more(), results.posts(),
                    results.morePosts(), results.resources(), results.moreResources());
        }
    }

    /** {@code before}, {@code match}, {@code after}: the snippet, with the word found marked on the page. */
    public record ResultView(String link, String title, String titleLang, String courseTitle, String courseLang,
            String kind, boolean draft, String filename, String before, String match, String after,
            String snippetLang) {

        static ResultView of(SearchHit hit, Locale locale) {
            Snippet snippet = hit.snippet();
            return new ResultView(hit.link(), hit.itemTitle().in(locale), hit.itemTitle().languageIn(locale),
                    hit.courseTitle().in(locale), hit.courseTitle().languageIn(locale), hit.kind().id(), hit.draft(),
                    hit.inFile() ? hit.filename() : null, snippet.before(), snippet.match(), snippet.after(),
                    hit.snippetLang());
        }

        public boolean hasSnippet() {
            return !before.isEmpty() || !match.isEmpty() || !after.isEmpty();
        }
    }
}
