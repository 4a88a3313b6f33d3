package org.surgalt.reporting;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.surgalt.course.CourseJson;
import org.surgalt.identity.CurrentUser;
import org.surgalt.platform.LocalizedText;
import org.surgalt.reporting.ReportData.CohortRow;
import org.surgalt.reporting.ReportData.Counts;
import org.surgalt.reporting.ReportData.Learner;

@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportApiResource {

    private final ReportService reports;
    private final CurrentUser currentUser;

    ReportApiResource(ReportService reports, CurrentUser currentUser) {
        this.reports = reports;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/cohorts/{cohortId}")
    @Operation(summary = "A cohort's dashboard numbers, as on its page: aimag, soum or school (0: none recorded) to "
            + "drill down, course (a course code) to filter, inactiveDays (default 14). The inactive and not-attended "
            + "lists hold at most 100 learners each (their counts are complete; the CSV/XLSX exports have all); "
            + "team (a team's id) for one team's members, at the SCHOOL level")
    public Report report(@PathParam("cohortId") long id, @QueryParam("aimag") String aimag, @QueryParam("soum") String soum,
            @QueryParam("school") String school, @QueryParam("course") String course,
            @QueryParam("inactiveDays") String inactiveDays, @QueryParam("team") String team) {
        CohortRow cohort = reports.cohortById(currentUser.require(), id);
        Long courseId = reports.courseOf(cohort, course);
        ReportScope scope = new ReportScope(aimag, soum, ReportParameters.school(school), courseId,
                reports.teamOf(cohort, team));
        return Report.of(reports.report(cohort, scope, ReportParameters.days(inactiveDays), ReportService.LIST_LIMIT));
    }

    /**
     * {@code level}: what {@code rows} are (COHORT: aimags, AIMAG: soums, SOUM: schools; SCHOOL: the
     * rows are in {@code teachers}). Counts are per learner and course (one course: per learner).
     */
    @Schema(name = "CohortReport")
    public record Report(long cohortId, String cohortCode, String cohortName, String level, String aimag, String soum,
            Long school, List<Course> courses, Long courseId, List<Group> rows, Group total, List<Teacher> teachers,
            List<Funnel> funnels, Inactive inactive, NotAttended notAttended) {

        static Report of(CohortReport report) {
            ReportScope scope = report.scope();
            return new Report(report.cohort().id(), report.cohort().code(), report.cohort().name(),
                    report.level().name(), scope.aimag(), scope.soum(), scope.schoolId(),
                    report.courses().stream().map(c -> new Course(c.id(), c.code(), text(c.title()))).toList(),
                    scope.courseId(), report.rows().stream().map(Group::of).toList(), Group.of(report.total()),
                    report.teachers().stream().map(Teacher::of).toList(),
                    report.funnels().stream().map(Funnel::of).toList(),
                    new Inactive(report.inactiveDays(), report.inactiveCount(),
                            report.inactive().stream().map(Person::of).toList()),
                    new NotAttended(report.notAttendedCount(), report.sessionGaps().stream()
                            .map(gap -> new Session(gap.itemId(), gap.course().code(), text(gap.title()),
                                    gap.notAttended()))
                            .toList(), report.notAttended().stream()
                            .map(a -> new Absent(a.session().itemId(), Person.of(a.learner()))).toList()));
        }
    }

    public record Course(long id, String code, CourseJson.Text title) {
    }

    /** {@code key}: the aimag, soum or school id to drill down with (null: no school recorded). */
    @Schema(name = "CohortReportGroup")
    public record Group(String key, String name, int learners, int enrolments, int started, int completed,
            int percentComplete, int averageProgress) {

        static Group of(Counts c) {
            return new Group(c.key(), c.label(), c.learners(), c.enrolments(), c.started(), c.completed(),
                    c.percentComplete(), c.averageProgress());
        }
    }

    @Schema(name = "CohortReportTeacher")
    public record Teacher(long userId, String name, String email, Instant lastActivity, List<TeacherCourse> courses) {

        static Teacher of(CohortReport.Teacher t) {
            return new Teacher(t.userId(), t.name(), t.email(), t.lastActivity(), t.courses().stream()
                    .map(c -> new TeacherCourse(c.courseCode(), c.percent(), c.complete(), c.started(), c.lastActivity()))
                    .toList());
        }
    }

    public record TeacherCourse(String courseCode, int percent, boolean complete, boolean started, Instant lastActivity) {
    }

    @Schema(name = "CohortReportFunnel")
    public record Funnel(String courseCode, int learners, List<Module> modules) {

        static Funnel of(CohortReport.Funnel f) {
            return new Funnel(f.course().code(), f.learners(), f.steps().stream()
                    .map(s -> new Module(s.moduleId(), s.position(), text(s.title()), s.reached(), s.completed()))
                    .toList());
        }
    }

    public record Module(long moduleId, int position, CourseJson.Text title, int reached, int completed) {
    }

    public record Inactive(int days, int count, List<Person> learners) {
    }

    public record NotAttended(int count, List<Session> sessions, List<Absent> learners) {
    }

    public record Session(long itemId, String courseCode, CourseJson.Text title, int notAttended) {
    }

    public record Absent(long itemId, Person learner) {
    }

    @Schema(name = "CohortReportLearner")
    public record Person(long userId, String name, String email, String school, String aimag, String soum,
            Instant lastActivity) {

        static Person of(Learner l) {
            return new Person(l.userId(), l.name(), l.email(), l.school(), l.aimag(), l.soum(), l.lastActivity());
        }
    }

    private static CourseJson.Text text(LocalizedText text) {
        return new CourseJson.Text(text.en(), text.mn());
    }
}
