package org.surgalt.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.surgalt.identity.AuditLog;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * The moderators' list of reported posts: the open reports of the forums the viewer moderates
 * ({@link ForumAccess#canModerate}, as for hiding and locking), and their resolution: hide the post
 * ({@link ModerationService#hide}, which resolves every open report of it) or dismiss one report.
 * Both keep the reporter's reason and the moderator's, and are audited.
 */
@ApplicationScoped
public class ReportService {

    static final int EXCERPT = 300;

    /** One open report as a moderator sees it. */
    public record OpenReport(long id, long postId, long threadId, String threadTitle, long forumId,
            String forumTitle, String reason, String reporter, Instant reportedAt, String postAuthor,
            String excerpt) {
        /** The thread page at the post (its page of the thread is found by the thread link's anchor). */
        public String postLink() {
            return "/discussion/threads/" + threadId + "#post-" + postId;
        }
    }

    private final Reports reports;
    private final ForumRepository forums;
    private final ForumAccess access;
    private final ModerationService moderation;
    private final AuditLog audit;

    ReportService(Reports reports, ForumRepository forums, ForumAccess access, ModerationService moderation,
            AuditLog audit) {
        this.reports = reports;
        this.forums = forums;
        this.access = access;
        this.moderation = moderation;
        this.audit = audit;
    }

    /** The open reports in the forums the viewer moderates, oldest first; none for anyone else. */
    @Transactional
    public List<OpenReport> open(Viewer viewer) {
        Map<Long, Boolean> moderates = new HashMap<>();
        return reports.open().stream()
                .filter(r -> moderates.computeIfAbsent(r.forumId(),
                        id -> access.canModerate(viewer, forums.findById(id))))
                .map(r -> new OpenReport(r.id(), r.postId(), r.threadId(), r.threadTitle(), r.forumId(),
                        r.forumTitle(), r.reason(), r.reporter(), r.reportedAt(), r.postAuthor(), excerpt(r.body())))
                .toList();
    }

    /** The report stays, resolved as DISMISSED with the moderator's reason; the post stays as it is. */
    @Transactional
    public Report dismiss(Viewer viewer, long reportId, String reason) {
        Report report = moderated(viewer, reportId);
        String why = PostWriter.required("reason", reason, 500);
        report.resolve(viewer.userId(), Report.Resolution.DISMISSED, why);
        audit.record(AuditLog.by(viewer, "report.dismiss").object("report", reportId).person(report.reporterId())
                .before(Map.of("open", true)).after(Map.of("open", false, "post", report.postId())).detail(why));
        return report;
    }

    /** Hides the reported post with the moderator's reason; every open report of it is resolved as HIDDEN. */
    @Transactional
    public Report hide(Viewer viewer, long reportId, String reason) {
        Report report = moderated(viewer, reportId);
        moderation.hide(viewer, report.postId(), reason, true);
        return report;
    }

    /** An open report of a forum the viewer moderates; another's report is not found, as a hidden post is. */
    private Report moderated(Viewer viewer, long reportId) {
        Report report = reports.locked(reportId).orElseThrow(() -> DomainException.notFound("report", reportId));
        long forumId = moderation.forumOfPost(report.postId());
        if (!access.canModerate(viewer, forums.findById(forumId))) {
            throw DomainException.notFound("report", reportId);
        }
        if (!report.open()) {
            throw DomainException.conflict("This report has been resolved already.");
        }
        return report;
    }

    /** Plain text, roughly: the Markdown's words on one line, cut at a word. */
    static String excerpt(String body) {
        String text = body == null ? "" : body.replaceAll("[*_`#>\\[\\]]+", "").replaceAll("\\s+", " ").strip();
        if (text.length() <= EXCERPT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT);
        return text.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT) + "…";
    }
}
