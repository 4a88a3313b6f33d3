package org.surgalt.search;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.surgalt.course.CourseJson;
import org.surgalt.identity.CurrentUser;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.LocalizedText;

@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchApiResource {

    private final SearchService search;
    private final CurrentUser currentUser;

    SearchApiResource(SearchService search, CurrentUser currentUser) {
        this.search = search;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "Search the lessons and files of the courses one may read, the drafts one authors or reviews, and the "
            + "discussion posts one may read, and the shared library's resources "
            + "(q: up to 200 characters, every word must occur, as a prefix; limit: 1 to 50, default 20)")
    public Results search(@QueryParam("q") String q, @QueryParam("limit") String limit) {
        var viewer = currentUser.require();
        return Results.of(search.search(viewer, q, limit(limit)));
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return SearchService.DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("limit", "must be between 1 and " + SearchService.MAX_LIMIT);
        }
    }

    /**
     * {@code searched}: the words looked for; {@code ignored}: words left out (too short or too
     * common to be in the index); {@code more}: there are more hits than {@code results}.
     */
    @Schema(name = "SearchResults")
    public record Results(String query, List<String> searched, List<String> ignored, boolean more,
            List<Result> results, boolean morePosts, List<PostResult> posts, boolean moreResources,
            List<LibraryResult> resources) {

        static Results of(SearchResults results) {
            return new Results(results.query().text(), results.query().terms(), results.query().ignored(),
                    results.more(), results.hits().stream().map(Result::of).toList(), results.morePosts(),
                    results.posts().stream().map(PostResult::of).toList(), results.moreResources(),
                    results.resources().stream().map(LibraryResult::of).toList());
        }
    }

    /**
     * A shared library resource found: {@code kind} (lesson_plan, worksheet, slide_deck, page), {@code licence}
     * (cc_by, cc_by_sa, all_rights_reserved), {@code snippet} plain text, {@code link} the resource's page.
     */
    @Schema(name = "SearchLibraryResult")
    public record LibraryResult(long resourceId, String title, String kind, String licence, String language,
            String snippet, String link) {

        static LibraryResult of(ResourceHit hit) {
            return new LibraryResult(hit.resourceId(), hit.title(), hit.kind(), hit.licence(), hit.language(),
                    hit.snippet().text(), hit.link());
        }
    }

    /** A discussion post found: {@code link}, the thread page at the post; {@code snippet}, plain text. */
    @Schema(name = "SearchPostResult")
    public record PostResult(long postId, long threadId, String threadTitle, String forumTitle, boolean opening,
            String snippet, String link) {

        static PostResult of(PostHit hit) {
            return new PostResult(hit.postId(), hit.threadId(), hit.threadTitle(), hit.forumTitle(), hit.opening(),
                    hit.snippet().text(), hit.link());
        }
    }

    /**
     * {@code foundIn}: "lesson" (the item's title or text) or "file" (the text of its file,
     * {@code filename}); {@code draft}: found in the draft, which only its authors and reviewers see;
     * {@code snippet}: plain text around the first match; {@code link}: the item's page.
     */
    @Schema(name = "SearchResult")
    public record Result(String courseCode, CourseJson.Text courseTitle, long itemId, CourseJson.Text itemTitle,
            String kind, String foundIn, String filename, boolean draft, String snippet, String link) {

        static Result of(SearchHit hit) {
            return new Result(hit.courseCode(), text(hit.courseTitle()), hit.itemId(), text(hit.itemTitle()),
                    hit.kind().id(), hit.inFile() ? "file" : "lesson", hit.filename(), hit.draft(),
                    hit.snippet().text(), hit.link());
        }

        private static CourseJson.Text text(LocalizedText text) {
            return new CourseJson.Text(text.en(), text.mn());
        }
    }
}
