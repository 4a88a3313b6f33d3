package org.surgalt.search;

import java.util.List;

/**
 * {@code more}: there are hits beyond the limit; {@code posts}, {@code morePosts} and {@code resources},
 * {@code moreResources}: the same for discussion posts and shared library resources.
 */
public record SearchResults(SearchQuery query, List<SearchHit> hits, boolean more, List<PostHit> posts,
        boolean morePosts, List<ResourceHit> resources, boolean moreResources) {
}
