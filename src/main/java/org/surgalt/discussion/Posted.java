package org.surgalt.discussion;

/** Someone posted (a thread's opening post or a reply): for completion conditions and mail. */
public record Posted(long forumId, long threadId, long postId, long authorId, boolean opening) {
}
