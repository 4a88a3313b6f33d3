package org.surgalt.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/** Writes posts in the caller's transaction: checks the text, the person's rate, and tells the thread. */
@ApplicationScoped
class PostWriter {

    static final int MAX_BODY = 20_000;

    private final PostRepository posts;
    private final DiscussionConfig config;
    private final Event<Posted> posted;

    PostWriter(PostRepository posts, DiscussionConfig config, Event<Posted> posted) {
        this.posts = posts;
        this.config = config;
        this.posted = posted;
    }

    Post write(ForumThread thread, Long parentId, long authorId, boolean opening, String body) {
        Post post = new Post(thread.id(), parentId, authorId, opening, body);
        posts.persist(post);
        thread.posted(post);
        posted.fire(new Posted(thread.forumId(), thread.id(), post.id(), authorId, opening));
        return post;
    }

    /** A person posts at most {@code posts-per-minute} times in any minute, in all forums together. */
    void requireUnderRate(Viewer viewer) {
        if (posts.writtenSince(viewer.userId(), Instant.now().minus(1, ChronoUnit.MINUTES)) >= config.postsPerMinute()) {
            throw DomainException.tooManyRequests("You are posting too fast: wait a minute, then post again.",
                    java.time.Duration.ofMinutes(1));
        }
    }

    static String required(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw DomainException.invalid(field, "must not be empty");
        }
        if (text.length() > max) {
            throw DomainException.invalid(field, "must be at most " + max + " characters");
        }
        return text;
    }
}
