package org.surgalt.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.surgalt.identity.Viewer;
import org.surgalt.search.SearchQuery;

/**
 * Site search's view of the shared library (search/ asks here, never the table): the resources
 * whose title, description or text match, as the library's own list finds them for the viewer.
 * Hidden resources and files inspection has not accepted are found by their author only, curators
 * included: like hidden posts, search is no moderation tool.
 */
@ApplicationScoped
public class LibrarySearch {

    private static final LibraryRepository.Filter EVERYTHING = new LibraryRepository.Filter(null, null, null, null, null,
            null);

    /**
     * {@code kind} and {@code licence}: their ids, {@code kindLabel} and {@code licenceLabel} in the viewer's
     * language; {@code text}: the description when it has a word searched for, else the Markdown text
     * ({@code markdown}).
     */
    public record Found(long id, String title, String kind, String kindLabel, String licence, String licenceLabel,
            String language, String text, boolean markdown) {
        public String link() {
            return "/library/" + id;
        }
    }

    private final LibraryRepository resources;

    LibrarySearch(LibraryRepository resources) {
        this.resources = resources;
    }

    @Transactional
    public List<Found> find(Viewer viewer, SearchQuery query, int limit) {
        List<Long> ids = resources.firstIds(query, EVERYTHING, viewer.userId(), false, limit);
        LibraryViews words = new LibraryViews(viewer.locale().getLanguage());
        return resources.inOrder(ids).stream().map(resource -> {
            String description = resource.description() == null ? "" : resource.description();
            boolean inDescription = resource.body() == null || mentions(description, query.terms());
            return new Found(resource.id(), resource.title(), resource.kind().id(), words.kind(resource.kind()),
                    resource.licence().id(), words.licence(resource.licence()), resource.language(),
                    inDescription ? description : resource.body(), !inDescription);
        }).toList();
    }

    private static boolean mentions(String text, List<String> terms) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return terms.stream().anyMatch(term -> lower.contains(term.toLowerCase(java.util.Locale.ROOT)));
    }
}
