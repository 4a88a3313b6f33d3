package org.surgalt.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.surgalt.reporting.CohortReport.Funnel;
import org.surgalt.reporting.CohortReport.Teacher;
import org.surgalt.reporting.ReportData.Counts;
import org.surgalt.reporting.ReportTables.Table;

/**
 * What the dashboard page shows, ready for display: the drill-down trail, the filter, the charts
 * (inline SVG) and the tables, the same tables the exports write.
 *
 * @param courseNote shown when counts are per learner and course (several courses, none chosen)
 * @param summary the teachers' level's totals; null at the other levels (their table ends with them)
 * @param inactiveCut / notAttendedCut "showing the first n of m" when the list is cut; null otherwise
 */
public record DashboardPage(String cohortName, String cohortCode, List<Crumb> crumbs, List<CourseOption> courses,
        int inactiveDays, String aimag, String soum, Long school, String courseNote, Table level, Table summary,
        String levelChart, List<FunnelChart> funnels, Table funnel, int inactiveCount, Table inactive,
        String inactiveCut, List<Gap> gaps, Table notAttended, String notAttendedCut, List<Download> downloads,
        String downloadAll) {

    /** {@code link} null: where the reader is. */
    public record Crumb(String label, String link) {
    }

    public record CourseOption(String code, String title, String lang, boolean selected) {
    }

    public record FunnelChart(String course, String lang, String svg, boolean empty) {
    }

    public record Gap(String title, String lang, String course, int notAttended) {
    }

    public record Download(String table, String csv, String xlsx) {
    }

    public static DashboardPage of(CohortReport report, ReportMessages msg, Locale locale, ReportLinks links) {
        ReportTables tables = new ReportTables(report, msg, locale, links);
        ReportScope scope = report.scope();
        Table level = tables.level();
        Table inactive = tables.inactive();
        Table notAttended = tables.notAttended();
        List<Download> downloads = new ArrayList<>();
        for (Table table : List.of(level, tables.funnel(), inactive, notAttended)) {
            downloads.add(new Download(table.title(), links.export(scope, "csv", table.name()),
                    links.export(scope, "xlsx", table.name())));
        }
        int shownCourses = (int) report.courses().stream()
                .filter(course -> scope.courseId() == null || course.id() == scope.courseId()).count();
        return new DashboardPage(report.cohort().name(), report.cohort().code(), crumbs(report, msg, links),
                report.courses().stream().map(course -> new CourseOption(course.code(), course.title().in(locale),
                        course.title().languageIn(locale), scope.courseId() != null && course.id() == scope.courseId()))
                        .toList(),
                report.inactiveDays(), scope.aimag(), scope.soum(), scope.schoolId(),
                shownCourses > 1 ? msg.report_per_enrolment(shownCourses) : null, level,
                report.level() == ReportScope.Level.SCHOOL ? tables.summary() : null,
                levelChart(report, tables, msg), funnels(report, msg, locale), tables.funnel(), report.inactiveCount(),
                inactive, cut(msg, report.inactive().size(), report.inactiveCount()),
                report.sessionGaps().stream().map(gap -> new Gap(gap.title().in(locale), gap.title().languageIn(locale),
                        gap.course().title().in(locale), gap.notAttended())).toList(),
                notAttended, cut(msg, report.notAttended().size(), report.notAttendedCount()), downloads,
                links.export(scope, "xlsx", null));
    }

    public boolean hasCourses() {
        return !courses.isEmpty();
    }

    public boolean hasSessions() {
        return !gaps.isEmpty();
    }

    private static String cut(ReportMessages msg, int shown, int count) {
        if (shown == 0 && count > 0) {
            return msg.report_list_too_long(count);
        }
        return shown < count ? msg.report_list_cut(shown, count) : null;
    }

    private static List<Crumb> crumbs(CohortReport report, ReportMessages msg, ReportLinks links) {
        List<Crumb> crumbs = new ArrayList<>();
        ReportScope scope = report.scope();
        CohortReport.Place place = report.place();
        crumbs.add(new Crumb(msg.report_whole_cohort(), links.at(ReportScope.whole())));
        if (scope.schoolId() != null && scope.schoolId() == ReportScope.NO_SCHOOL) {
            crumbs.add(new Crumb(msg.report_no_school(), null));
        } else {
            if (place.aimag() != null) {
                crumbs.add(new Crumb(place.aimag(), links.aimag(place.aimag())));
            }
            if (place.soum() != null) {
                crumbs.add(new Crumb(place.soum(), links.soum(place.aimag(), place.soum())));
            }
            if (place.school() != null) {
                crumbs.add(new Crumb(place.school(), null));
            }
        }
        // The last step is where the reader is: no link.
        Crumb last = crumbs.remove(crumbs.size() - 1);
        crumbs.add(new Crumb(last.label(), null));
        return crumbs;
    }

    private static String levelChart(CohortReport report, ReportTables tables, ReportMessages msg) {
        List<BarChart.Bar> bars = new ArrayList<>();
        if (report.level() == ReportScope.Level.SCHOOL) {
            for (Teacher teacher : report.teachers()) {
                int courses = teacher.courses().size();
                int percent = courses == 0 ? 0
                        : (int) Math.round(teacher.courses().stream().mapToInt(c -> c.percent()).average().orElse(0));
                int complete = (int) teacher.courses().stream().filter(c -> c.complete()).count();
                bars.add(new BarChart.Bar(teacher.name(), percent, -1, 100,
                        msg.report_teacher_bar_text(percent, complete, courses)));
            }
        } else {
            for (Counts counts : report.rows()) {
                bars.add(new BarChart.Bar(tables.label(counts), counts.percentComplete(), -1, 100,
                        msg.report_bar_text(counts.percentComplete(), counts.completed(), counts.enrolments())));
            }
        }
        return BarChart.svg("chart-level", msg.report_chart_level(tables.levelTitle()), bars);
    }

    private static List<FunnelChart> funnels(CohortReport report, ReportMessages msg, Locale locale) {
        List<FunnelChart> charts = new ArrayList<>();
        int n = 0;
        for (Funnel funnel : report.funnels()) {
            String course = funnel.course().title().in(locale);
            List<BarChart.Bar> bars = funnel.steps().stream().map(step -> new BarChart.Bar(step.title().in(locale),
                    step.reached(), step.completed(), funnel.learners(),
                    msg.report_funnel_bar_text(step.reached(), step.completed(), funnel.learners()))).toList();
            charts.add(new FunnelChart(course, funnel.course().title().languageIn(locale),
                    BarChart.svg("chart-funnel-" + ++n, msg.report_funnel_chart(course), bars), bars.isEmpty()));
        }
        return charts;
    }
}
