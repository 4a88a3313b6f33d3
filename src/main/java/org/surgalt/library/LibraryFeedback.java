package org.surgalt.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/** Ratings (1 to 5, one per person, changeable) and comments (their author deletes them). */
@ApplicationScoped
public class LibraryFeedback {

    private final LibraryService library;
    private final LibraryRepository resources;
    private final LibraryCommentRepository comments;
    private final LibraryAccess access;

    LibraryFeedback(LibraryService library, LibraryRepository resources, LibraryCommentRepository comments,
            LibraryAccess access) {
        this.library = library;
        this.resources = resources;
        this.comments = comments;
        this.access = access;
    }

    @Transactional
    public void rate(Viewer viewer, long resourceId, Integer stars) {
        TeachingResource resource = library.visible(viewer, resourceId);
        if (stars == null || stars < 1 || stars > 5) {
            throw DomainException.invalid("stars", "must be from 1 to 5");
        }
        resources.rate(resource.id(), viewer.userId(), stars);
    }

    @Transactional
    public LibraryComment comment(Viewer viewer, long resourceId, String body) {
        TeachingResource resource = library.visible(viewer, resourceId);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > LibraryComment.MAX_BODY) {
            throw DomainException.invalid("body", "is required, at most " + LibraryComment.MAX_BODY + " characters");
        }
        LibraryComment comment = new LibraryComment(resource.id(), viewer.userId(), text);
        comments.persist(comment);
        comments.flush();
        return comment;
    }

    /** Deletes the caller's own comment; returns the resource it was on. */
    @Transactional
    public long deleteComment(Viewer viewer, long commentId) {
        LibraryComment comment = comments.findByIdOptional(commentId)
                .filter(c -> c.authorId() == viewer.userId())
                .filter(c -> resources.findByIdOptional(c.resourceId()).map(r -> access.canSee(viewer, r)).orElse(false))
                .orElseThrow(() -> DomainException.notFound("comment", commentId));
        comments.delete(comment);
        return comment.resourceId();
    }
}
