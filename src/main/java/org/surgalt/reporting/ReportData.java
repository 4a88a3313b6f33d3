package org.surgalt.reporting;

import java.time.Instant;

import org.surgalt.platform.LocalizedText;

/** The rows the report's queries return, before they are put together into a {@link CohortReport}. */
public final class ReportData {

    private ReportData() {
    }

    public record CohortRow(long id, String code, String name, Long createdBy) {
    }

    public record CourseRow(long id, String code, LocalizedText title) {
    }

    /**
     * One row of a level's table. Counts are per learner and course (an enrolment): with one course
     * (or a course chosen) that is per learner. {@code percentSum}: the sum of each enrolment's
     * percent as its learner sees it, so that the average is exactly theirs.
     */
    public record Counts(String key, String label, int learners, int enrolments, int started, int completed,
            long percentSum) {

        public int percentComplete() {
            return enrolments == 0 ? 0 : (int) Math.round(completed * 100.0 / enrolments);
        }

        public int averageProgress() {
            return enrolments == 0 ? 0 : (int) Math.round((double) percentSum / enrolments);
        }

        Counts plus(Counts other) {
            return new Counts(key, label, learners + other.learners, enrolments + other.enrolments,
                    started + other.started, completed + other.completed, percentSum + other.percentSum);
        }
    }

    /** A member's progress in one course: no course_progress row yet reads as nothing done. */
    public record Enrolment(long userId, String name, String email, long courseId, int itemsDone, int itemsRequired,
            boolean complete, Instant lastActivity, boolean hasRow) {

        public int percent() {
            return itemsRequired == 0 ? 0 : itemsDone * 100 / itemsRequired;
        }

        public boolean started() {
            return hasRow && (itemsDone > 0 || lastActivity != null);
        }
    }

    public record ModuleRow(long courseId, long moduleId, int position, LocalizedText title) {
    }

    /** {@code reached}: members with any progress in the module; {@code completed}: with all of it. */
    public record ModuleCount(long courseId, long moduleId, int reached, int completed) {
    }

    public record SessionItem(long courseId, long itemId, LocalizedText title) {
    }

    /** A member as the lists show them; {@code lastActivity} null when they never did anything. */
    public record Learner(long userId, String name, String email, String school, String aimag, String soum,
            Instant lastActivity) {
    }

    /** A member who has not attended any session of a session item. */
    public record Absence(long itemId, Learner learner) {
    }
}
