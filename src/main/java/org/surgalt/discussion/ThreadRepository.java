package org.surgalt.discussion;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class ThreadRepository implements PanacheRepository<ForumThread> {

    /** A line of a forum's list, as one reader sees it. */
    public record Line(long id, String title, String author, boolean pinned, boolean locked, long replies,
            Instant lastPostAt, boolean unread) {
    }

    /**
     * A forum's threads, pinned first, then by their newest post; a thread whose opening post is
     * hidden is left out unless the reader moderates, and hidden replies are not counted for them.
     */
    public List<Line> page(long forumId, long readerId, boolean moderator, int offset, int limit) {
        String hidden = moderator ? "" : " AND p.hidden = FALSE";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT t.id, t.title, u.display_name, t.pinned, "
                + "t.locked, (SELECT COUNT(*) FROM forum_post p WHERE p.thread_id = t.id AND p.opening = FALSE" + hidden
                + "), t.last_post_at, t.last_post_id > COALESCE(r.last_post_id, 0) FROM forum_thread t "
                + "JOIN app_user u ON u.id = t.author_id "
                + "LEFT JOIN forum_read r ON r.thread_id = t.id AND r.user_id = ?2 "
                + "WHERE t.forum_id = ?1" + visible(moderator) + " ORDER BY t.pinned DESC, t.last_post_at DESC, t.id DESC")
                .setParameter(1, forumId).setParameter(2, readerId).setFirstResult(offset).setMaxResults(limit)
                .getResultList();
        // The time through the entity, as Hibernate wrote it: a native query's reading depends on the JDBC zone.
        java.util.Map<Long, Instant> times = rows.isEmpty() ? java.util.Map.of()
                : list("id in ?1", rows.stream().map(r -> ((Number) r[0]).longValue()).toList()).stream()
                        .collect(java.util.stream.Collectors.toMap(ForumThread::id, ForumThread::lastPostAt));
        return rows.stream().map(r -> new Line(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                truth(r[3]), truth(r[4]), ((Number) r[5]).longValue(), times.get(((Number) r[0]).longValue()),
                truth(r[7]))).toList();
    }

    public long count(long forumId, boolean moderator) {
        return ((Number) getEntityManager().createNativeQuery("SELECT COUNT(*) FROM forum_thread t WHERE t.forum_id = ?1"
                + visible(moderator)).setParameter(1, forumId).getSingleResult()).longValue();
    }

    /** Threads a person started in a forum, and replies they wrote there (hidden ones do not count). */
    public long startedBy(long forumId, long userId) {
        return ((Number) getEntityManager().createNativeQuery("SELECT COUNT(*) FROM forum_thread t JOIN forum_post p "
                + "ON p.thread_id = t.id AND p.opening = TRUE AND p.hidden = FALSE WHERE t.forum_id = ?1 "
                + "AND t.author_id = ?2").setParameter(1, forumId).setParameter(2, userId).getSingleResult()).longValue();
    }

    public long repliesBy(long forumId, long userId) {
        return ((Number) getEntityManager().createNativeQuery("SELECT COUNT(*) FROM forum_post p JOIN forum_thread t "
                + "ON t.id = p.thread_id WHERE t.forum_id = ?1 AND p.author_id = ?2 AND p.opening = FALSE "
                + "AND p.hidden = FALSE").setParameter(1, forumId).setParameter(2, userId).getSingleResult()).longValue();
    }

    /** The reader has seen the thread up to this post; never moves back. */
    public void markRead(long userId, long threadId, long postId) {
        getEntityManager().createNativeQuery("INSERT INTO forum_read (user_id, thread_id, last_post_id) "
                + "VALUES (?1, ?2, ?3) ON DUPLICATE KEY UPDATE last_post_id = GREATEST(last_post_id, VALUES(last_post_id))")
                .setParameter(1, userId).setParameter(2, threadId).setParameter(3, postId).executeUpdate();
    }

    private static String visible(boolean moderator) {
        return moderator ? "" : " AND NOT EXISTS (SELECT 1 FROM forum_post o WHERE o.thread_id = t.id "
                + "AND o.opening = TRUE AND o.hidden = TRUE)";
    }

    static boolean truth(Object value) {
        return value instanceof Boolean b ? b : value != null && ((Number) value).intValue() != 0;
    }
}
