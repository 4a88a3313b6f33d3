package org.surgalt.node.client.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.surgalt.assignment.SubmissionCopyService;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseService;
import org.surgalt.identity.AuditLog;
import org.surgalt.node.client.NodeLinks;
import org.surgalt.progress.CompletionFact;
import org.surgalt.progress.ProgressService;

/**
 * Writes one page of results on the node in one transaction together with the cursor after it, so a
 * page is applied whole and once: national GRADED and WAIVED facts become facts with source
 * 'national' (progress follows from them by the node's own rules; the up step never sends them
 * back), national grades replace the node's (national wins; a grade given on the node too is logged).
 */
@ApplicationScoped
public class ResultsApplier {

    private static final Logger LOG = Logger.getLogger(ResultsApplier.class);
    static final String STREAM = "results";
    static final String SOURCE = "national";

    /** waitingFor: a national course whose content the node lacks yet; nothing of the page was written then. */
    public record Applied(int facts, int grades, int conflicts, int skipped, Optional<Long> waitingFor) {
    }

    private record Target(long user, CourseContent version, CourseContent.ItemContent item) {
    }

    private final NodeLinks links;
    private final CourseService courses;
    private final ProgressService progress;
    private final SubmissionCopyService submissions;
    private final AuditLog audit;
    private final EntityManager em;

    ResultsApplier(NodeLinks links, CourseService courses, ProgressService progress, SubmissionCopyService submissions,
            AuditLog audit, EntityManager em) {
        this.links = links;
        this.courses = courses;
        this.progress = progress;
        this.submissions = submissions;
        this.audit = audit;
        this.em = em;
    }

    /** The cursor to send as {@code after}: empty before the first page. */
    @Transactional
    public String cursor() {
        List<?> rows = em.createNativeQuery("SELECT position FROM node_sync_cursor WHERE stream = ?1")
                .setParameter(1, STREAM).getResultList();
        return rows.isEmpty() ? "" : (String) rows.get(0);
    }

    @Transactional
    public Applied apply(ResultsPage page) {
        // First check that every fact's course and item are here: a page waits whole for the content step.
        List<Optional<Target>> targets = new java.util.ArrayList<>();
        for (ResultsPage.Fact fact : page.factsOrNone()) {
            Optional<Long> course = links.local(NodeLinks.Kind.COURSE, fact.course());
            Optional<Long> item = links.local(NodeLinks.Kind.ITEM, fact.item());
            if (course.isEmpty() || item.isEmpty()) {
                return new Applied(0, 0, 0, 0, Optional.of(fact.course()));
            }
            targets.add(target(fact, course.get(), item.get()));
        }
        int facts = 0;
        int skipped = 0;
        for (int i = 0; i < targets.size(); i++) {
            ResultsPage.Fact fact = page.factsOrNone().get(i);
            Optional<Target> target = targets.get(i);
            if (target.isEmpty()) {
                skipped++;
                continue;
            }
            progress.record(target.get().user(), target.get().version(), target.get().item(),
                    CompletionFact.Kind.valueOf(fact.kind()), fact.score(), SOURCE);
            facts++;
        }
        int grades = 0;
        int conflicts = 0;
        for (ResultsPage.Grade grade : page.gradesOrNone()) {
            Optional<Long> submission = links.local(NodeLinks.Kind.SUBMISSION, grade.submission());
            if (submission.isEmpty()) {
                // Not a submission this node sent up (or not acknowledged yet: then it is not graded either).
                skipped++;
                continue;
            }
            Optional<SubmissionCopyService.GradeState> replaced = submissions.takeGrade(submission.get(), grade.points(),
                    grade.maxPoints(), grade.feedback(), grade.gradedAt(), grade.released());
            grades++;
            if (replaced.isPresent()) {
                conflicts++;
                audit.record(AuditLog.by((Long) null, "node_result.grade_conflict").object("submission", submission.get())
                        .person(links.local(NodeLinks.Kind.USER, grade.person()).orElse(null)).before(replaced.get())
                        .after(new SubmissionCopyService.GradeState(grade.points(), grade.maxPoints(), grade.feedback()))
                        .detail("graded on the node and nationally: the national grade wins"));
            }
        }
        em.createNativeQuery("INSERT INTO node_sync_cursor (stream, position, updated_at) VALUES (?1, ?2, "
                + "CURRENT_TIMESTAMP(6)) ON DUPLICATE KEY UPDATE position = VALUES(position), updated_at = VALUES(updated_at)")
                .setParameter(1, STREAM).setParameter(2, page.cursor()).executeUpdate();
        return new Applied(facts, grades, conflicts, skipped, Optional.empty());
    }

    /** Empty when the person is not on the node or the item is not in the course's version here. */
    private Optional<Target> target(ResultsPage.Fact fact, long courseId, long itemId) {
        Optional<Long> user = links.local(NodeLinks.Kind.USER, fact.person());
        Optional<CourseContent> version = courses.currentVersion(courses.course(courseId));
        Optional<CourseContent.ItemContent> item = version.flatMap(v -> v.item(itemId));
        if (user.isEmpty() || item.isEmpty()) {
            LOG.infof("national fact %d not written: person or item %d not on this node", fact.id(), itemId);
            return Optional.empty();
        }
        return Optional.of(new Target(user.get(), version.get(), item.get()));
    }
}
