package org.surgalt.course.release;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

import org.surgalt.course.CourseContent;
import org.surgalt.progress.BestScores;
import org.surgalt.progress.ProgressService.LearnerProgress;

/**
 * Which items are open to a learner ({@link Release}), with the facts it takes read only for a
 * version that has conditions besides prerequisites: most courses pay nothing for them.
 */
@ApplicationScoped
public class ReleaseService {

    private final BestScores scores;
    private final Audiences audiences;

    ReleaseService(BestScores scores, Audiences audiences) {
        this.scores = scores;
        this.audiences = audiences;
    }

    /** For a learner whose school the caller knows already (the signed-in viewer's). */
    public ReleaseState state(long userId, Long institutionId, CourseContent content, LearnerProgress learner) {
        Instant now = Instant.now();
        if (content.isDraft()) {
            return ReleaseState.OPEN;
        }
        if (!content.hasReleaseConditions()) {
            return Release.of(content, learner, LearnerFacts.none(now));
        }
        return Release.of(content, learner, new LearnerFacts(now, audiences.schoolWithMerged(institutionId),
                audiences.cohortsOf(userId),
                scores.of(userId, content.courseId())));
    }

    /** For any learner (staff and dashboards looking at one). */
    public ReleaseState state(long userId, CourseContent content, LearnerProgress learner) {
        return state(userId, content.hasReleaseConditions() ? audiences.institutionOf(userId) : null, content,
                learner);
    }
}
