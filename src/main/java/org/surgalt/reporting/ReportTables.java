package org.surgalt.reporting;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.surgalt.reporting.CohortReport.Absentee;
import org.surgalt.reporting.CohortReport.CourseCell;
import org.surgalt.reporting.CohortReport.Funnel;
import org.surgalt.reporting.CohortReport.Step;
import org.surgalt.reporting.CohortReport.Teacher;
import org.surgalt.reporting.ReportData.Counts;
import org.surgalt.reporting.ReportData.CourseRow;
import org.surgalt.reporting.ReportData.Learner;

/**
 * A report's tables as the page shows them and the exports write them: the same headers, rows and
 * numbers, in the reader's language, with a link on the cells that drill down.
 */
public final class ReportTables {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ulaanbaatar");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The tables by the name exports take ({@code ?table=}). */
    public static final List<String> NAMES = List.of("level", "funnel", "inactive", "not-attended");

    /** {@code sheet}: the short name of its XLSX sheet. */
    public record Table(String name, String title, String sheet, List<String> headers, List<Row> rows) {
    }

    public record Row(List<Cell> cells, boolean total) {
    }

    /** {@code value}: a String or a Number (numbers stay numbers in XLSX); {@code link}: a page to go to. */
    public record Cell(Object value, String link) {

        static Cell of(Object value) {
            return new Cell(value, null);
        }

        public String text() {
            return value == null ? "" : value.toString();
        }

        public boolean isNumber() {
            return value instanceof Number;
        }
    }

    private final CohortReport report;
    private final ReportMessages msg;
    private final Locale locale;
    private final ReportLinks links;

    public ReportTables(CohortReport report, ReportMessages msg, Locale locale, ReportLinks links) {
        this.report = report;
        this.msg = msg;
        this.locale = locale;
        this.links = links;
    }

    public Table table(String name) {
        return switch (name) {
            case "level" -> level();
            case "funnel" -> funnel();
            case "inactive" -> inactive();
            case "not-attended" -> notAttended();
            default -> throw new IllegalArgumentException(name);
        };
    }

    public static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(ZONE));
    }

    /** The current level: its rows and the total, or the teachers of a school. */
    public Table level() {
        if (report.level() == ReportScope.Level.SCHOOL) {
            return teachers();
        }
        String first = switch (report.level()) {
            case COHORT -> msg.report_col_aimag();
            case AIMAG -> msg.report_col_soum();
            default -> msg.report_col_school();
        };
        List<Row> rows = new ArrayList<>();
        for (Counts counts : report.rows()) {
            rows.add(new Row(countCells(new Cell(label(counts), drill(counts)), counts), false));
        }
        rows.add(new Row(countCells(Cell.of(msg.report_total()), report.total()), true));
        return new Table("level", levelTitle(), msg.report_table_level(), List.of(first, msg.report_col_learners(), msg.report_col_started(),
                msg.report_col_completed(), msg.report_col_percent_complete(), msg.report_col_average()), rows);
    }

    public String levelTitle() {
        CohortReport.Place place = report.place();
        return switch (report.level()) {
            case COHORT -> msg.report_level_heading_cohort();
            case AIMAG -> msg.report_level_heading_aimag(place.aimag());
            case SOUM -> msg.report_level_heading_soum(place.soum());
            case SCHOOL -> msg.report_level_heading_school(place.school() == null ? msg.report_no_school() : place.school());
        };
    }

    /** A level row's name: a group with no school recorded has no aimag, soum or school name. */
    public String label(Counts counts) {
        return counts.label() == null ? msg.report_no_school() : counts.label();
    }

    private String drill(Counts counts) {
        if (counts.key() == null) {
            return links.school(null);
        }
        return switch (report.level()) {
            case COHORT -> links.aimag(counts.key());
            case AIMAG -> links.soum(report.scope().aimag(), counts.key());
            default -> links.school(Long.parseLong(counts.key()));
        };
    }

    private static List<Cell> countCells(Cell first, Counts counts) {
        return List.of(first, Cell.of(counts.learners()), Cell.of(counts.started()), Cell.of(counts.completed()),
                Cell.of(counts.percentComplete()), Cell.of(counts.averageProgress()));
    }

    private List<CourseRow> shownCourses() {
        return report.courses().stream()
                .filter(course -> report.scope().courseId() == null || course.id() == report.scope().courseId()).toList();
    }

    private Table teachers() {
        List<CourseRow> courses = shownCourses();
        List<String> headers = new ArrayList<>(List.of(msg.report_col_teacher(), msg.report_col_email()));
        for (CourseRow course : courses) {
            headers.add(course.code() + " · " + msg.report_col_percent());
            headers.add(course.code() + " · " + msg.report_col_complete());
            headers.add(course.code() + " · " + msg.report_col_last_activity());
        }
        headers.add(msg.report_col_last_activity());
        List<Row> rows = new ArrayList<>();
        for (Teacher teacher : report.teachers()) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.of(teacher.name()), Cell.of(teacher.email())));
            for (CourseRow course : courses) {
                CourseCell cell = teacher.courses().stream().filter(c -> c.courseId() == course.id()).findFirst()
                        .orElse(null);
                cells.add(new Cell(cell == null ? 0 : cell.percent(), ReportLinks.why(course.code(), teacher.userId())));
                cells.add(Cell.of(cell != null && cell.complete() ? msg.report_yes() : msg.report_no()));
                cells.add(Cell.of(cell == null || cell.lastActivity() == null ? msg.report_never() : when(cell.lastActivity())));
            }
            cells.add(Cell.of(teacher.lastActivity() == null ? msg.report_never() : when(teacher.lastActivity())));
            rows.add(new Row(cells, false));
        }
        return new Table("level", levelTitle(), msg.report_table_level(), headers, rows);
    }

    /** The teachers' level's totals (the other levels have them as the table's last row). */
    public Table summary() {
        return new Table("summary", msg.report_total(), msg.report_total(), List.of(msg.report_col_school(), msg.report_col_learners(),
                msg.report_col_started(), msg.report_col_completed(), msg.report_col_percent_complete(),
                msg.report_col_average()), List.of(new Row(countCells(Cell.of(msg.report_total()), report.total()), true)));
    }

    public Table funnel() {
        List<Row> rows = new ArrayList<>();
        for (Funnel funnel : report.funnels()) {
            String course = funnel.course().title().in(locale);
            for (Step step : funnel.steps()) {
                rows.add(new Row(List.of(Cell.of(course), Cell.of(step.position()), Cell.of(step.title().in(locale)),
                        Cell.of(funnel.learners()), Cell.of(step.reached()), Cell.of(step.completed())), false));
            }
        }
        return new Table("funnel", msg.report_funnel_title(), msg.report_table_funnel(), List.of(msg.report_col_course(), msg.report_col_position(),
                msg.report_col_module(), msg.report_col_learners(), msg.report_col_reached(),
                msg.report_col_module_completed()), rows);
    }

    public Table inactive() {
        List<Row> rows = new ArrayList<>();
        for (Learner learner : report.inactive()) {
            rows.add(new Row(learnerCells(List.of(), learner, List.of(Cell.of(learner.lastActivity() == null
                    ? msg.report_never() : when(learner.lastActivity())))), false));
        }
        List<String> headers = new ArrayList<>(learnerHeaders());
        headers.add(msg.report_col_last_activity());
        return new Table("inactive", msg.report_inactive_title(), msg.report_table_inactive(), headers, rows);
    }

    public Table notAttended() {
        List<Row> rows = new ArrayList<>();
        for (Absentee absentee : report.notAttended()) {
            rows.add(new Row(learnerCells(List.of(Cell.of(absentee.session().title().in(locale)),
                    Cell.of(absentee.session().course().title().in(locale))), absentee.learner(), List.of()), false));
        }
        List<String> headers = new ArrayList<>(List.of(msg.report_col_session(), msg.report_col_course()));
        headers.addAll(learnerHeaders());
        return new Table("not-attended", msg.report_not_attended_title(), msg.report_table_not_attended(), headers, rows);
    }

    private List<String> learnerHeaders() {
        return List.of(msg.report_col_teacher(), msg.report_col_email(), msg.report_col_school(), msg.report_col_aimag(),
                msg.report_col_soum());
    }

    private List<Cell> learnerCells(List<Cell> before, Learner learner, List<Cell> after) {
        List<Cell> cells = new ArrayList<>(before);
        cells.addAll(List.of(Cell.of(learner.name()), Cell.of(learner.email()),
                Cell.of(learner.school() == null ? msg.report_no_school() : learner.school()),
                Cell.of(learner.aimag() == null ? "" : learner.aimag()), Cell.of(learner.soum() == null ? "" : learner.soum())));
        cells.addAll(after);
        return cells;
    }
}
