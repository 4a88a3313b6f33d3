package org.surgalt.learning;

import java.time.Instant;
import java.util.List;

/**
 * Something dated coming up for a learner, for the home page: implemented by the features that
 * own dates (assignments: due dates with extensions; cohorts: face-to-face sessions), each as an
 * {@code @ApplicationScoped} bean. The home page asks every implementation and shows what they
 * return, earliest first; with none (or nothing returned) it shows no "coming up" section.
 */
public interface UpcomingSource {

    /**
     * What is coming up for the learner in [{@code from}, {@code until}), in the courses they are
     * enrolled in. Entries for other courses, or naming an item that is not in the course's
     * current version, are not shown.
     */
    List<Upcoming> upcoming(long userId, Instant from, Instant until);

    /**
     * {@code itemId}: the assignment (deadline) or session item it is about; {@code place}: where
     * a session happens (null for deadlines).
     */
    record Upcoming(Kind kind, long courseId, long itemId, Instant at, String place) {
        public enum Kind {
            DEADLINE, SESSION
        }
    }
}
