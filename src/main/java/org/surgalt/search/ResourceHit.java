package org.surgalt.search;

/** A shared library resource a search found: {@code kind} and {@code licence} ids with their words in the reader's language. */
public record ResourceHit(long resourceId, String title, String kind, String kindLabel, String licence,
        String licenceLabel, String language, Snippet snippet, String link) {
}
