package org.surgalt.search;

import java.util.List;

/** {@code more}: there are hits beyond the limit; {@code posts}, {@code morePosts}: the same for discussion posts. */
public record SearchResults(SearchQuery query, List<SearchHit> hits, boolean more, List<PostHit> posts,
        boolean morePosts) {
}
