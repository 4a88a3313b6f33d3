package org.surgalt.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.surgalt.course.CourseScope;
import org.surgalt.identity.Viewer;

/**
 * Site search's view of the discussions (search/ asks here, never the tables): posts whose text, and
 * opening posts whose thread title, match a FULLTEXT query, in the forums the viewer reads
 * ({@link ForumAccess}). What the thread page would not show is never found: hidden posts (for
 * moderators too: search is no moderation tool), threads whose opening post is hidden, and in a
 * question-and-answer forum the others' answers until the viewer has answered (or asked) there.
 */
@ApplicationScoped
public class PostSearch {

    /** A post found: {@code text}, part of its Markdown around {@code anchor} (from {@code from}, 1-based, of {@code length}). */
    public record Found(long postId, long threadId, String threadTitle, String forumTitle, boolean opening,
            String text, int from, int length) {
        public String link() {
            return "/discussion/threads/" + threadId + "#post-" + postId;
        }
    }

    static final int LEAD = 300;
    static final int WINDOW = 1200;

    private final ForumRepository forums;
    private final ForumAccess access;
    private final EntityManager em;

    PostSearch(ForumRepository forums, ForumAccess access, EntityManager em) {
        this.forums = forums;
        this.access = access;
        this.em = em;
    }

    /**
     * @param courses   a first cut of the courses the viewer reads (search's scope); ForumAccess decides
     * @param booleanQuery MariaDB boolean-mode text, made by search from what was typed (never raw input)
     */
    @Transactional
    public List<Found> find(Viewer viewer, CourseScope courses, String booleanQuery, String anchor, int limit) {
        List<Forum> candidates = courses.every() ? forums.listAll()
                : forums.list("cohortId is not null or courseId in ?1", courses.ids().isEmpty() ? Set.of(-1L) : courses.ids());
        Map<String, Boolean> reads = new HashMap<>();
        List<Forum> readable = candidates.stream()
                .filter(f -> reads.computeIfAbsent(f.cohortId() != null ? "cohort" + f.cohortId() : "course" + f.courseId(),
                        key -> access.canRead(viewer, f)))
                .toList();
        if (readable.isEmpty()) {
            return List.of();
        }
        Set<Long> answersOpen = readable.stream()
                .filter(f -> f.kind() == ForumKind.QUESTIONS && access.canModerate(viewer, f))
                .map(Forum::id).collect(Collectors.toSet());
        String window = "GREATEST(1, LOCATE(:anchor, p.body) - " + LEAD + ")";
        String sql = "SELECT p.id, t.id AS thread_id, t.title AS thread_title, f.title AS forum_title, p.opening, "
                + "SUBSTRING(p.body, " + window + ", " + WINDOW + "), " + window + ", CHAR_LENGTH(p.body), "
                + "MATCH (p.body) AGAINST (:q IN BOOLEAN MODE) + IF(p.opening, MATCH (t.title) AGAINST (:q IN BOOLEAN MODE), 0) AS score "
                + "FROM forum_post p JOIN forum_thread t ON t.id = p.thread_id JOIN forum f ON f.id = t.forum_id "
                + "WHERE f.id IN (:forums) AND p.hidden = FALSE "
                + "AND (MATCH (p.body) AGAINST (:q IN BOOLEAN MODE) "
                + "OR (p.opening = TRUE AND MATCH (t.title) AGAINST (:q IN BOOLEAN MODE))) "
                + "AND NOT EXISTS (SELECT 1 FROM forum_post o WHERE o.thread_id = t.id AND o.opening = TRUE AND o.hidden = TRUE) "
                // The Q&A rule of ThreadService.read: the others' answers once the viewer has answered.
                + "AND (f.kind <> 'QUESTIONS' OR f.id IN (:answersOpen) OR p.opening = TRUE OR p.author_id = :me "
                + "OR t.author_id = :me OR EXISTS (SELECT 1 FROM forum_post m WHERE m.thread_id = t.id "
                + "AND m.author_id = :me AND m.opening = FALSE)) "
                + "ORDER BY score DESC, p.id DESC";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter("q", booleanQuery).setParameter("anchor", anchor)
                .setParameter("forums", readable.stream().map(Forum::id).toList())
                .setParameter("answersOpen", answersOpen.isEmpty() ? List.of(-1L) : List.copyOf(answersOpen))
                .setParameter("me", viewer.userId()).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new Found(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                (String) r[3], ThreadRepository.truth(r[4]), r[5] == null ? "" : r[5].toString(),
                ((Number) r[6]).intValue(), ((Number) r[7]).intValue())).toList();
    }
}
