package org.surgalt.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** The rows of forum_subscription and forum_post_mail (V036), in SQL. */
@ApplicationScoped
class Subscriptions {

    /** What a subscription is to: a forum or one thread. */
    enum Target {
        FORUM("forum_id"), THREAD("thread_id");

        final String column;

        Target(String column) {
            this.column = column;
        }
    }

    /** One subscription: its person, forum or thread, and how they want its posts. */
    record Row(long id, long userId, Long forumId, Long threadId, String mode) {
    }

    private final EntityManager em;

    Subscriptions(EntityManager em) {
        this.em = em;
    }

    private EntityManager em() {
        return em;
    }

    /** Subscribes, or changes the mode of the subscription there is. */
    void put(long userId, Target target, long id, String mode) {
        em().createNativeQuery("INSERT INTO forum_subscription (user_id, " + target.column + ", mode) "
                + "VALUES (?1, ?2, ?3) ON DUPLICATE KEY UPDATE mode = VALUES(mode)").setParameter(1, userId)
                .setParameter(2, id).setParameter(3, mode).executeUpdate();
    }

    /** Subscribes with the default unless already subscribed (then their choice stays). */
    void putIfAbsent(long userId, Target target, long id) {
        em().createNativeQuery("INSERT IGNORE INTO forum_subscription (user_id, " + target.column + ") VALUES (?1, ?2)")
                .setParameter(1, userId).setParameter(2, id).executeUpdate();
    }

    void remove(long userId, Target target, long id) {
        em().createNativeQuery("DELETE FROM forum_subscription WHERE user_id = ?1 AND " + target.column + " = ?2")
                .setParameter(1, userId).setParameter(2, id).executeUpdate();
    }

    boolean removeById(long subscriptionId) {
        return em().createNativeQuery("DELETE FROM forum_subscription WHERE id = ?1").setParameter(1, subscriptionId)
                .executeUpdate() == 1;
    }

    Optional<String> mode(long userId, Target target, long id) {
        List<?> rows = em().createNativeQuery("SELECT mode FROM forum_subscription WHERE user_id = ?1 AND "
                + target.column + " = ?2").setParameter(1, userId).setParameter(2, id).getResultList();
        return rows.stream().findFirst().map(String.class::cast);
    }

    Optional<Row> find(long subscriptionId) {
        List<?> rows = em().createNativeQuery("SELECT id, user_id, forum_id, thread_id, mode FROM forum_subscription "
                + "WHERE id = ?1").setParameter(1, subscriptionId).getResultList();
        return rows.stream().findFirst().map(r -> row((Object[]) r));
    }

    /**
     * Who wants each post of this thread mailed: subscribed to it or to its forum with "each post"
     * (a thread subscription decides over the forum's); the subscription the mail's link ends.
     */
    List<Row> eachPost(long forumId, long threadId) {
        List<?> rows = em().createNativeQuery("SELECT s.id, s.user_id, s.forum_id, s.thread_id, s.mode "
                + "FROM forum_subscription s WHERE s.mode = 'POST' AND (s.thread_id = ?2 OR (s.forum_id = ?1 "
                + "AND NOT EXISTS (SELECT 1 FROM forum_subscription t WHERE t.user_id = s.user_id AND t.thread_id = ?2)))")
                .setParameter(1, forumId).setParameter(2, threadId).getResultList();
        return rows.stream().map(r -> row((Object[]) r)).toList();
    }

    /** @return true if this call recorded the mail (so it goes now), false if it went already */
    boolean claimPostMail(long postId, long userId) {
        return em().createNativeQuery("INSERT IGNORE INTO forum_post_mail (post_id, user_id) VALUES (?1, ?2)")
                .setParameter(1, postId).setParameter(2, userId).executeUpdate() == 1;
    }

    /** People with at least one "daily digest" subscription. */
    List<Long> digestReaders() {
        return em().createNativeQuery("SELECT DISTINCT user_id FROM forum_subscription WHERE mode = 'DIGEST'")
                .getResultList().stream().map(id -> ((Number) id).longValue()).toList();
    }

    List<Row> digestSubscriptions(long userId) {
        List<?> rows = em().createNativeQuery("SELECT id, user_id, forum_id, thread_id, mode FROM forum_subscription "
                + "WHERE user_id = ?1 AND mode = 'DIGEST' ORDER BY id").setParameter(1, userId).getResultList();
        return rows.stream().map(r -> row((Object[]) r)).toList();
    }

    /**
     * The posts of a person's digest subscriptions not mailed to them yet (written since they
     * subscribed, in the last two days, not hidden, not theirs), oldest first; a thread they follow
     * with "each post" is left to those mails.
     */
    List<Long> digestPosts(long userId) {
        return em().createNativeQuery("SELECT DISTINCT p.id FROM forum_post p JOIN forum_thread t ON t.id = p.thread_id "
                + "JOIN forum_subscription s ON s.user_id = ?1 AND s.mode = 'DIGEST' AND (s.thread_id = t.id "
                + "OR (s.forum_id = t.forum_id AND NOT EXISTS (SELECT 1 FROM forum_subscription x "
                + "WHERE x.user_id = ?1 AND x.thread_id = t.id))) "
                + "WHERE p.hidden = FALSE AND p.author_id <> ?1 AND p.created_at >= s.created_at "
                + "AND p.created_at > NOW(6) - INTERVAL 2 DAY AND NOT EXISTS (SELECT 1 FROM forum_post_mail m "
                + "WHERE m.post_id = p.id AND m.user_id = ?1) ORDER BY p.id").setParameter(1, userId)
                .getResultList().stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** @return true if this call recorded the person's digest of that day (so it goes now) */
    boolean claimDigest(long userId, java.time.LocalDate day) {
        return em().createNativeQuery("INSERT IGNORE INTO forum_digest_mail (user_id, day) VALUES (?1, ?2)")
                .setParameter(1, userId).setParameter(2, day).executeUpdate() == 1;
    }

    private static Row row(Object[] r) {
        return new Row(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), r[2] == null ? null : ((Number) r[2]).longValue(),
                r[3] == null ? null : ((Number) r[3]).longValue(), (String) r[4]);
    }
}
