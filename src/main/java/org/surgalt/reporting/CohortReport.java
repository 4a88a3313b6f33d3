package org.surgalt.reporting;

import java.time.Instant;
import java.util.List;

import org.surgalt.platform.LocalizedText;
import org.surgalt.reporting.ReportData.CohortRow;
import org.surgalt.reporting.ReportData.Counts;
import org.surgalt.reporting.ReportData.CourseRow;
import org.surgalt.reporting.ReportData.Learner;

/**
 * Everything a cohort dashboard shows at one place in the drill-down: the level's rows and their
 * total, the funnel of each course, inactive members and who has not attended each workshop.
 * Lists are cut at {@link ReportService#LIST_LIMIT} rows (the counts are complete; exports have all).
 *
 * @param rows the level's rows (aimags, soums or schools); empty at the teachers' level
 * @param teachers the teachers' rows, at the school level only
 * @param place the names of the scope's aimag, soum and school, for headings and links
 */
public record CohortReport(CohortRow cohort, List<CourseRow> courses, ReportScope scope, Place place,
        List<Counts> rows, Counts total, List<Teacher> teachers, List<Funnel> funnels, int inactiveDays,
        int inactiveCount, List<Learner> inactive, List<SessionGap> sessionGaps, int notAttendedCount,
        List<Absentee> notAttended) {

    public record Place(String aimag, String soum, String school) {
    }

    /** A member's row on the teachers' level: one cell per course of the report. */
    public record Teacher(long userId, String name, String email, List<CourseCell> courses, Instant lastActivity) {
    }

    public record CourseCell(long courseId, String courseCode, int percent, boolean complete, boolean started,
            Instant lastActivity) {
    }

    /** {@code learners}: the members of the scope, every one enrolled in the course. */
    public record Funnel(CourseRow course, int learners, List<Step> steps) {
    }

    public record Step(long moduleId, int position, LocalizedText title, int reached, int completed) {
    }

    public record SessionGap(CourseRow course, long itemId, LocalizedText title, int notAttended) {
    }

    public record Absentee(SessionGap session, Learner learner) {
    }

    public ReportScope.Level level() {
        return scope.level();
    }
}
