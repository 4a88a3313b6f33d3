package org.surgalt.assignment;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SubmissionRepository implements PanacheRepository<Submission> {

    /** A learner's own submission (not a team's that they started). */
    public Optional<Submission> of(long itemId, long learnerId) {
        return find("itemId = ?1 and learnerId = ?2 and teamId is null", itemId, learnerId).firstResultOptional();
    }

    /** A team's submission (issue 22). */
    public Optional<Submission> ofTeam(long itemId, long teamId) {
        return find("itemId = ?1 and teamId = ?2", itemId, teamId).firstResultOptional();
    }

    /**
     * The team's submission, created by this member as an empty draft if there is none, locked: as
     * {@link #lockedOrNew}, against the unique (item, team) key. Empty when the member's own
     * (item, learner) row is in the way: they handed the work in alone before joining the team.
     */
    public Optional<Submission> lockedOrNewForTeam(long itemId, long courseId, long moduleId, long learnerId,
            long teamId) {
        getEntityManager().createNativeQuery("""
                INSERT IGNORE INTO submission (item_id, course_id, module_id, learner_id, team_id, state, attempts,
                    late, created_at, updated_at, version)
                VALUES (:item, :course, :module, :learner, :team, 'DRAFT', 0, FALSE, :now, :now, 0)""")
                .setParameter("item", itemId).setParameter("course", courseId).setParameter("module", moduleId)
                .setParameter("learner", learnerId).setParameter("team", teamId).setParameter("now", Instant.now())
                .executeUpdate();
        return find("itemId = ?1 and teamId = ?2", itemId, teamId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /**
     * The learner's submission, created as an empty draft if there is none, and locked until the
     * transaction ends. INSERT IGNORE against the unique (item, learner) key: of two requests at
     * once (a double click), one inserts and the other waits for it, then finds the row.
     */
    public Submission lockedOrNew(long itemId, long courseId, long moduleId, long learnerId) {
        getEntityManager().createNativeQuery("""
                INSERT IGNORE INTO submission (item_id, course_id, module_id, learner_id, state, attempts, late,
                    created_at, updated_at, version)
                VALUES (:item, :course, :module, :learner, 'DRAFT', 0, FALSE, :now, :now, 0)""")
                .setParameter("item", itemId).setParameter("course", courseId).setParameter("module", moduleId)
                .setParameter("learner", learnerId).setParameter("now", Instant.now()).executeUpdate();
        Submission own = find("itemId = ?1 and learnerId = ?2 and teamId is null", itemId, learnerId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (own == null) {
            // The (item, learner) row is a team's they started, and they are in that team no more.
            throw org.surgalt.platform.DomainException.conflict(
                    "You started your former team's submission of this assignment; ask a grader to help.");
        }
        return own;
    }

    public Optional<Submission> inCourse(long courseId, long submissionId) {
        return find("id = ?1 and courseId = ?2", submissionId, courseId).firstResultOptional();
    }

    public Optional<Submission> inCourseLocked(long courseId, long submissionId) {
        return find("id = ?1 and courseId = ?2", submissionId, courseId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** What graders see: handed-in work (drafts are the learners' own), oldest first. */
    public List<Submission> queue(long courseId, Long moduleId, Long itemId, Submission.State state, Boolean late,
            Boolean released) {
        StringBuilder query = new StringBuilder("courseId = ?1 and state <> ?2");
        List<Object> params = new ArrayList<>(List.of(courseId, Submission.State.DRAFT));
        if (moduleId != null) {
            params.add(moduleId);
            query.append(" and moduleId = ?").append(params.size());
        }
        if (itemId != null) {
            params.add(itemId);
            query.append(" and itemId = ?").append(params.size());
        }
        if (state != null) {
            params.add(state);
            query.append(" and state = ?").append(params.size());
        }
        if (late != null) {
            params.add(late);
            query.append(" and late = ?").append(params.size());
        }
        if (released != null) {
            query.append(released ? " and releasedAt is not null" : " and releasedAt is null");
        }
        query.append(" order by submittedAt, id");
        return list(query.toString(), params.toArray());
    }
}
