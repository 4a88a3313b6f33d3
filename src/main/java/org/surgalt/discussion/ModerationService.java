package org.surgalt.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Objects;
import org.surgalt.identity.AuditLog;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * Reports by readers; hiding, locking and moving by moderators. Each keeps its reason and is
 * audited in the same transaction ("post.hide", "thread.lock", "thread.move", ...).
 */
@ApplicationScoped
public class ModerationService {

    private final ThreadService threads;
    private final ForumRepository forums;
    private final ForumAccess access;
    private final AuditLog audit;
    private final Reports reports;

    ModerationService(ThreadService threads, ForumRepository forums, ForumAccess access, AuditLog audit,
            Reports reports) {
        this.threads = threads;
        this.forums = forums;
        this.access = access;
        this.audit = audit;
        this.reports = reports;
    }

    /** Any reader reports a post they see, with a reason, for the forum's moderators. */
    @Transactional
    public void report(Viewer viewer, long postId, String reason) {
        Post post = visiblePost(viewer, postId);
        String why = PostWriter.required("reason", reason, 500);
        reports.persist(new Report(postId, viewer.userId(), why));
        audit.record(AuditLog.by(viewer, "post.report").object("post", postId).person(post.authorId()).detail(why));
    }

    /** Hiding a post resolves its open reports (HIDDEN, with this reason); what the reporters wrote stays. */
    @Transactional
    public Post hide(Viewer viewer, long postId, String reason, boolean hidden) {
        Post post = threads.post(postId);
        ForumThread thread = threads.thread(post.threadId());
        access.requireModerate(viewer, forums.findById(thread.forumId()));
        String why = PostWriter.required("reason", reason, 500);
        boolean before = post.hidden();
        if (hidden) {
            post.hide(why);
            reports.openOf(postId).forEach(r -> r.resolve(viewer.userId(), Report.Resolution.HIDDEN, why));
        } else {
            post.unhide();
        }
        audit.record(AuditLog.by(viewer, hidden ? "post.hide" : "post.unhide").object("post", postId)
                .person(post.authorId()).before(Map.of("hidden", before)).after(Map.of("hidden", hidden)).detail(why));
        return post;
    }

    @Transactional
    public ForumThread lock(Viewer viewer, long threadId, String reason, boolean locked) {
        ForumThread thread = threads.thread(threadId);
        access.requireModerate(viewer, forums.findById(thread.forumId()));
        String why = PostWriter.required("reason", reason, 500);
        boolean before = thread.locked();
        thread.lock(locked);
        audit.record(AuditLog.by(viewer, locked ? "thread.lock" : "thread.unlock").object("thread", threadId)
                .person(thread.authorId()).before(Map.of("locked", before)).after(Map.of("locked", locked)).detail(why));
        return thread;
    }

    /** To another forum of the same course (or the same cohort), which the moderator moderates too. */
    @Transactional
    public ForumThread move(Viewer viewer, long threadId, long toForumId, String reason) {
        ForumThread thread = threads.thread(threadId);
        Forum from = forums.findById(thread.forumId());
        access.requireModerate(viewer, from);
        String why = PostWriter.required("reason", reason, 500);
        Forum to = forums.findByIdOptional(toForumId).orElse(null);
        if (to == null || !Objects.equals(to.courseId(), from.courseId()) || !Objects.equals(to.cohortId(), from.cohortId())) {
            throw DomainException.invalid("forum", "must be another forum of the same course");
        }
        access.requireModerate(viewer, to);
        thread.moveTo(to.id());
        audit.record(AuditLog.by(viewer, "thread.move").object("thread", threadId).person(thread.authorId())
                .before(Map.of("forum", from.id())).after(Map.of("forum", to.id())).detail(why));
        return thread;
    }

    @Transactional
    public long threadOf(long postId) {
        return threads.post(postId).threadId();
    }

    long forumOfPost(long postId) {
        return threads.thread(threads.post(postId).threadId()).forumId();
    }

    private Post visiblePost(Viewer viewer, long postId) {
        Post post = threads.post(postId);
        Forum forum = threads.forumOf(viewer, threads.thread(post.threadId()));
        if (post.hidden() && !access.canModerate(viewer, forum)) {
            throw DomainException.notFound("post", postId);
        }
        return post;
    }
}
