package org.surgalt.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.surgalt.platform.DomainException;

/** A post: a thread's opening post, a reply to the thread, or a reply to a reply (one level, no deeper). */
@Entity
@Table(name = "forum_post")
public class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "thread_id", nullable = false)
    private long threadId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false)
    private boolean opening;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String body;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "hidden_reason", length = 500)
    private String hiddenReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    protected Post() {
    }

    Post(long threadId, Long parentId, long authorId, boolean opening, String body) {
        this.threadId = threadId;
        this.parentId = parentId;
        this.authorId = authorId;
        this.opening = opening;
        this.body = body;
        this.createdAt = Instant.now();
    }

    /** Its author changes it, within the window after posting; nobody else does (moderators hide). */
    void edit(long editorId, String newBody, Duration window, Instant now) {
        if (editorId != authorId) {
            throw DomainException.forbidden("Only its author edits a post.");
        }
        if (now.isAfter(createdAt.plus(window))) {
            throw DomainException.conflict("The time to edit this post has passed.");
        }
        this.body = newBody;
        this.editedAt = now;
    }

    boolean editableBy(long userId, Duration window, Instant now) {
        return userId == authorId && !now.isAfter(createdAt.plus(window));
    }

    void hide(String reason) {
        this.hidden = true;
        this.hiddenReason = reason;
    }

    void unhide() {
        this.hidden = false;
        this.hiddenReason = null;
    }

    public long id() {
        return id;
    }

    public long threadId() {
        return threadId;
    }

    public Long parentId() {
        return parentId;
    }

    public long authorId() {
        return authorId;
    }

    public boolean opening() {
        return opening;
    }

    public String body() {
        return body;
    }

    public boolean hidden() {
        return hidden;
    }

    public String hiddenReason() {
        return hiddenReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant editedAt() {
        return editedAt;
    }
}
