package org.surgalt.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A comment on a resource, in Markdown (rendered with the lesson sanitiser); its author may delete it. */
@Entity
@Table(name = "library_comment")
public class LibraryComment {

    public static final int MAX_BODY = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "resource_id", nullable = false)
    private long resourceId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LibraryComment() {
    }

    LibraryComment(long resourceId, long authorId, String body) {
        this.resourceId = resourceId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public long resourceId() {
        return resourceId;
    }

    public long authorId() {
        return authorId;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
