package org.surgalt.discussion;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The forum_report rows: open reports with what a moderator needs to judge them. */
@ApplicationScoped
class Reports implements PanacheRepository<Report> {

    /** An open report, with its post's place, its author and text. */
    record Open(long id, long postId, long threadId, String threadTitle, long forumId, String forumTitle,
            String reason, String reporter, Instant reportedAt, String body, String postAuthor) {
    }

    /** Every open report, oldest first; the caller keeps those of the forums the viewer moderates. */
    List<Open> open() {
        return getEntityManager().createQuery("select r.id, p.id, t.id, t.title, f.id, f.title, r.reason, "
                + "u.displayName, r.createdAt, p.body, a.displayName from Report r, Post p, ForumThread t, Forum f, "
                + "org.surgalt.identity.User u, org.surgalt.identity.User a where p.id = r.postId "
                + "and t.id = p.threadId and f.id = t.forumId and u.id = r.reporterId and a.id = p.authorId "
                + "and r.resolvedAt is null order by r.id", Object[].class).getResultList().stream()
                .map(r -> new Open((Long) r[0], (Long) r[1], (Long) r[2], (String) r[3], (Long) r[4], (String) r[5],
                        (String) r[6], (String) r[7], (Instant) r[8], (String) r[9], (String) r[10]))
                .toList();
    }

    Optional<Report> locked(long reportId) {
        return findByIdOptional(reportId, LockModeType.PESSIMISTIC_WRITE);
    }

    List<Report> openOf(long postId) {
        return list("postId = ?1 and resolvedAt is null", postId);
    }
}
