package org.surgalt.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A thread of a forum: its title and state; its opening post is the first {@link Post}. */
@Entity
@Table(name = "forum_thread")
public class ForumThread {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "forum_id", nullable = false)
    private long forumId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private boolean pinned;

    @Column(nullable = false)
    private boolean locked;

    @Column(name = "accepted_post_id")
    private Long acceptedPostId;

    @Column(name = "last_post_id")
    private Long lastPostId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_post_at", nullable = false)
    private Instant lastPostAt;

    protected ForumThread() {
    }

    ForumThread(long forumId, long authorId, String title) {
        this.forumId = forumId;
        this.authorId = authorId;
        this.title = title;
        this.createdAt = Instant.now();
        this.lastPostAt = createdAt;
    }

    void posted(Post post) {
        this.lastPostId = post.id();
        this.lastPostAt = post.createdAt();
    }

    void pin(boolean value) {
        this.pinned = value;
    }

    void lock(boolean value) {
        this.locked = value;
    }

    void accept(Long postId) {
        this.acceptedPostId = postId;
    }

    void moveTo(long forumId) {
        this.forumId = forumId;
    }

    public long id() {
        return id;
    }

    public long forumId() {
        return forumId;
    }

    public long authorId() {
        return authorId;
    }

    public String title() {
        return title;
    }

    public boolean pinned() {
        return pinned;
    }

    public boolean locked() {
        return locked;
    }

    public Long acceptedPostId() {
        return acceptedPostId;
    }

    public Long lastPostId() {
        return lastPostId;
    }

    public Instant lastPostAt() {
        return lastPostAt;
    }
}
