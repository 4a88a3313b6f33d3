package org.surgalt.discussion;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class PostRepository implements PanacheRepository<Post> {

    /** A post with its author's name, for a page. */
    public record Named(Post post, String author) {
    }

    /**
     * A page of a thread's posts in reading order: the opening post, then each reply to the thread
     * followed by the replies to it. {@code onlyOpeningAndOwn}: the Q&A rule for a reader who has
     * not answered yet (the opening post and their own posts only).
     */
    public List<Named> page(long threadId, boolean withHidden, Long onlyOpeningAndOwn, int offset, int limit) {
        String filter = (withHidden ? "" : " and p.hidden = false")
                + (onlyOpeningAndOwn == null ? "" : " and (p.opening = true or p.authorId = :own)");
        var query = getEntityManager().createQuery("select p, u.displayName from Post p, org.surgalt.identity.User u "
                + "where u.id = p.authorId and p.threadId = :thread" + filter
                + " order by coalesce(p.parentId, p.id), p.id", Object[].class).setParameter("thread", threadId);
        if (onlyOpeningAndOwn != null) {
            query.setParameter("own", onlyOpeningAndOwn);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(r -> new Named((Post) r[0], (String) r[1])).toList();
    }

    public long count(long threadId, boolean withHidden, Long onlyOpeningAndOwn) {
        String filter = (withHidden ? "" : " and hidden = false")
                + (onlyOpeningAndOwn == null ? "" : " and (opening = true or authorId = ?2)");
        return onlyOpeningAndOwn == null ? count("threadId = ?1" + filter, threadId)
                : count("threadId = ?1" + filter, threadId, onlyOpeningAndOwn);
    }

    public Post opening(long threadId) {
        return find("threadId = ?1 and opening = true", threadId).firstResult();
    }

    public boolean hasReplied(long threadId, long userId) {
        return count("threadId = ?1 and authorId = ?2 and opening = false", threadId, userId) > 0;
    }

    public long writtenSince(long userId, Instant since) {
        return count("authorId = ?1 and createdAt > ?2", userId, since);
    }
}
