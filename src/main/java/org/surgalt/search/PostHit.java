package org.surgalt.search;

/** A discussion post a search found (its text, or its thread's title when it opens the thread). */
public record PostHit(long postId, long threadId, String threadTitle, String forumTitle, boolean opening,
        Snippet snippet, String link) {
}
