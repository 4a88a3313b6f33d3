package org.surgalt.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.surgalt.course.Course;
import org.surgalt.course.CourseAccess;
import org.surgalt.course.CourseScope;
import org.surgalt.course.CourseService;
import org.surgalt.course.ItemAccess;
import org.surgalt.discussion.PostSearch;
import org.surgalt.identity.Viewer;
import org.surgalt.library.LibrarySearch;
import org.surgalt.platform.DomainException;
import org.surgalt.search.SearchRepository.Row;
import org.surgalt.search.SearchRepository.TextWindow;

/**
 * Search of course content: the lessons and files of the current published version of every
 * course someone may read, and the drafts of the courses they author or review. What someone may
 * not see is filtered out in the query itself, so the limit counts only their hits. Discussion posts
 * the viewer may read are found too, in their own list ({@link PostSearch}), and so are the shared library's
 * resources ({@link LibrarySearch}).
 */
@ApplicationScoped
public class SearchService {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 50;

    private final SearchRepository repository;
    private final CourseAccess access;
    private final CourseService courses;
    private final ItemAccess itemAccess;
    private final PostSearch discussions;
    private final LibrarySearch library;

    SearchService(SearchRepository repository, CourseAccess access, CourseService courses, ItemAccess itemAccess,
            PostSearch discussions, LibrarySearch library) {
        this.library = library;
        this.repository = repository;
        this.access = access;
        this.courses = courses;
        this.itemAccess = itemAccess;
        this.discussions = discussions;
    }

    @Transactional
    public SearchResults search(Viewer viewer, String text, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw DomainException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        SearchQuery query = query(text);
        CourseScope readable = access.readableCourses(viewer);
        CourseScope drafts = access.reviewableCourses(viewer);
        Set<Long> locked = readable.isEmpty() ? Set.of() : lockedItems(viewer);
        List<Row> rows = repository.find(query, readable, locked, drafts, limit + 1);
        List<SearchHit> hits = rows.stream().limit(limit).map(row -> hit(row, query, viewer.locale())).toList();
        // Discussion posts the viewer may read: discussion/ decides which (ForumAccess, hidden posts, the Q&A rule).
        List<PostSearch.Found> found = discussions.find(viewer, readable, query.booleanMode(), query.anchor(), limit + 1);
        List<PostHit> posts = found.stream().limit(limit).map(post -> new PostHit(post.postId(), post.threadId(),
                post.threadTitle(), post.forumTitle(), post.opening(),
                snippet(new TextWindow(post.text(), post.from(), post.length()), true, query), post.link())).toList();
        List<LibrarySearch.Found> shared = library.find(viewer, query, limit + 1);
        List<ResourceHit> resources = shared.stream().limit(limit).map(r -> new ResourceHit(r.id(), r.title(), r.kind(),
                r.kindLabel(), r.licence(), r.licenceLabel(), r.language(),
                snippet(new TextWindow(r.text(), 1, r.text().codePointCount(0, r.text().length())), r.markdown(), query), r.link())).toList();
        return new SearchResults(query, hits, rows.size() > limit, posts, found.size() > limit, resources,
                shared.size() > limit);
    }

    /** What someone typed as the words this server's FULLTEXT indexes hold (for other features' searches too). */
    public SearchQuery query(String text) {
        SearchRepository.WordLengths lengths = repository.wordLengths();
        return SearchQuery.parse(text, lengths.min(), lengths.max());
    }

    /**
     * Items a learner may not read yet ({@link ItemAccess}): the item page refuses
     * them, so search does not show their text either. As there, the course's staff are not held back.
     */
    private Set<Long> lockedItems(Viewer viewer) {
        Set<Long> locked = new HashSet<>();
        for (long courseId : courses.enrolledCourseIds(viewer.userId())) {
            Course course = courses.course(courseId);
            courses.currentVersion(course)
                    .ifPresent(content -> locked.addAll(itemAccess.reading(viewer, course, content).closedItems()));
        }
        return locked;
    }

    private static SearchHit hit(Row row, SearchQuery query, Locale locale) {
        Snippet snippet;
        String lang = null;
        if (row.inFile()) {
            snippet = snippet(row.first(), false, query);
        } else {
            // The reader's language first, unless only the other language has the word.
            boolean mongolian = "mn".equals(locale.getLanguage());
            TextWindow preferred = mongolian ? row.second() : row.first();
            TextWindow other = mongolian ? row.first() : row.second();
            TextWindow chosen = preferred;
            if (preferred == null || (!Snippet.contains(preferred.text(), query.terms())
                    && other != null && Snippet.contains(other.text(), query.terms()))) {
                chosen = other;
            }
            snippet = snippet(chosen, true, query);
            if (chosen != null) {
                lang = (chosen == row.first()) ? "en" : "mn";
            }
        }
        return new SearchHit(row.courseCode(), row.courseTitle(), row.itemId(), row.itemTitle(), row.kind(),
                row.inFile(), row.filename(), row.draft(), snippet, lang);
    }

    private static Snippet snippet(TextWindow window, boolean markdown, SearchQuery query) {
        return window == null ? Snippet.EMPTY
                : Snippet.of(window.text(), window.cutBefore(), window.cutAfter(), markdown, query.terms());
    }
}
