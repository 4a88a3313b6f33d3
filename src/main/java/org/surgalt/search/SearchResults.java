package org.surgalt.search;

import java.util.List;

/** {@code more}: there are hits beyond the limit. */
public record SearchResults(SearchQuery query, List<SearchHit> hits, boolean more) {
}
