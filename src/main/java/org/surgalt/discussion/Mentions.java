package org.surgalt.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.surgalt.identity.ViewerService;
import org.surgalt.platform.jobs.JobQueue;

/**
 * @mentions. In a post, {@code @handle} names a person by their email address up to the @
 * ({@code @ana.bold} for ana.bold@school.mn), or by the whole address when two people share that
 * part ({@code @ana.bold@school.mn}). A handle names someone only if exactly one person has it and
 * that person may read the forum ({@link ForumAccess}); anything else stays as written, so a post
 * never tells whether an address exists. Mentions are recorded when the post is written or edited
 * (forum_mention), at most {@value #MAX_PER_POST} people a post; one job per post then mails the
 * newly mentioned ({@link MentionMails}). On the page a mention shows the person's name.
 */
@ApplicationScoped
class Mentions {

    static final int MAX_PER_POST = 20;

    /** Not after a letter, digit, '.' or '@' (so an address in the text is no mention); trailing dots are the sentence's. */
    private static final Pattern HANDLE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.@])@([A-Za-z0-9][A-Za-z0-9._%+-]{0,63}(?:@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)?)");

    /** One recorded mention: what was written and whom it names. */
    record Named(String handle, long userId, String name) {
    }

    private final EntityManager em;
    private final ForumAccess access;
    private final ViewerService viewers;
    private final ForumRepository forums;
    private final ThreadRepository threads;
    private final JobQueue jobs;

    Mentions(EntityManager em, ForumAccess access, ViewerService viewers, ForumRepository forums,
            ThreadRepository threads, JobQueue jobs) {
        this.em = em;
        this.access = access;
        this.viewers = viewers;
        this.forums = forums;
        this.threads = threads;
        this.jobs = jobs;
    }

    /** The handles written in a text, lower-cased, in order, without a sentence's trailing dots. */
    static Set<String> handles(String body) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = HANDLE.matcher(body == null ? "" : body);
        while (m.find()) {
            String handle = m.group(1).replaceAll("\\.+$", "").toLowerCase(Locale.ROOT);
            if (!handle.isEmpty()) {
                found.add(handle);
            }
        }
        return found;
    }

    /** A new post: in the post's transaction, as its mail is queued. */
    void posted(@Observes Posted posted) {
        record(em.find(Post.class, posted.postId()));
    }

    /**
     * Records whom the post's text names now (forgetting those it no longer names) and queues one
     * job to mail the newly named, if any.
     */
    void record(Post post) {
        Forum forum = forums.findById(threads.findById(post.threadId()).forumId());
        Map<Long, String> named = new HashMap<>();
        for (String handle : handles(post.body())) {
            if (named.size() >= MAX_PER_POST) {
                break;
            }
            person(handle).filter(id -> id != post.authorId() && !named.containsKey(id))
                    .filter(id -> viewers.viewerOf(id).map(v -> access.canRead(v, forum)).orElse(false))
                    .ifPresent(id -> named.put(id, handle));
        }
        em.createNativeQuery("DELETE FROM forum_mention WHERE post_id = ?1 AND user_id NOT IN (?2)")
                .setParameter(1, post.id())
                .setParameter(2, named.isEmpty() ? List.of(-1L) : List.copyOf(named.keySet())).executeUpdate();
        int added = 0;
        for (Map.Entry<Long, String> e : named.entrySet()) {
            added += em.createNativeQuery("INSERT IGNORE INTO forum_mention (post_id, user_id, handle) VALUES (?1, ?2, ?3)")
                    .setParameter(1, post.id()).setParameter(2, e.getKey()).setParameter(3, e.getValue())
                    .executeUpdate();
        }
        if (added > 0) {
            jobs.enqueue(MentionMails.JOB, Map.of("post", post.id()));
        }
    }

    /** The one person whose address is the handle (whole, or up to the @); none when unknown or shared. */
    private java.util.Optional<Long> person(String handle) {
        String escaped = handle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(handle.contains("@")
                ? "SELECT id FROM app_user WHERE email = ?1 AND erased_at IS NULL"
                : "SELECT id FROM app_user WHERE email LIKE ?1 AND erased_at IS NULL LIMIT 2")
                .setParameter(1, handle.contains("@") ? handle : escaped + "@%").getResultList();
        return ids.size() == 1 ? java.util.Optional.of(ids.get(0).longValue()) : java.util.Optional.empty();
    }

    /** The mentions of these posts, with the names to show. */
    Map<Long, List<Named>> of(Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT m.post_id, m.handle, m.user_id, u.display_name "
                + "FROM forum_mention m JOIN app_user u ON u.id = m.user_id WHERE m.post_id IN (?1)")
                .setParameter(1, List.copyOf(postIds)).getResultList();
        Map<Long, List<Named>> byPost = new HashMap<>();
        for (Object[] r : rows) {
            byPost.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(new Named((String) r[1], ((Number) r[2]).longValue(), (String) r[3]));
        }
        return byPost;
    }

    /**
     * The Markdown with each recorded mention written as the person's name in bold: the name's
     * punctuation escaped, so a name is text and never markup (the sanitiser still runs after).
     */
    static String withNames(String body, List<Named> named) {
        if (named == null || named.isEmpty()) {
            return body;
        }
        String text = body;
        List<Named> longestFirst = new ArrayList<>(named);
        longestFirst.sort(Comparator.comparingInt((Named n) -> n.handle().length()).reversed());
        for (Named n : longestFirst) {
            Pattern one = Pattern.compile("(?<![\\p{L}\\p{N}_.@])@" + Pattern.quote(n.handle())
                    + "(?![A-Za-z0-9_%+@-]|\\.[A-Za-z0-9])", Pattern.CASE_INSENSITIVE);
            text = one.matcher(text).replaceAll(Matcher.quoteReplacement("**@" + escape(n.name()) + "**"));
        }
        return text;
    }

    private static String escape(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (c < 128 && !Character.isLetterOrDigit(c) && c != ' ') {
                out.append('\\');
            }
            out.appendCodePoint(c == '\n' || c == '\r' ? ' ' : c);
        });
        return out.toString();
    }
}
