package org.surgalt.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.identity.RoleGrant;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.reporting.CohortReport.Absentee;
import org.surgalt.reporting.CohortReport.CourseCell;
import org.surgalt.reporting.CohortReport.Funnel;
import org.surgalt.reporting.CohortReport.Place;
import org.surgalt.reporting.CohortReport.SessionGap;
import org.surgalt.reporting.CohortReport.Step;
import org.surgalt.reporting.CohortReport.Teacher;
import org.surgalt.reporting.ReportData.CohortRow;
import org.surgalt.reporting.ReportData.Counts;
import org.surgalt.reporting.ReportData.CourseRow;
import org.surgalt.reporting.ReportData.Enrolment;
import org.surgalt.reporting.ReportData.Learner;
import org.surgalt.reporting.ReportData.ModuleCount;

/**
 * Coordinator reporting: read-only projections of a cohort's derived progress. Who may look: site
 * admins and site coordinators, a coordinator granted the cohort, and the cohort's creator.
 */
@ApplicationScoped
public class ReportService {

    public static final int DEFAULT_INACTIVE_DAYS = 14;
    public static final int MAX_INACTIVE_DAYS = 3650;
    /** Rows of the inactive and not-attended lists on a page; the counts and exports have all. */
    public static final int LIST_LIMIT = 100;
    /**
     * Above this many members in the scope a page lists no names, only how many (the exports
     * still have them all): a hundred names out of thousands help nobody, and sorting thousands
     * by place and name is what a national cohort's page would spend its time on.
     */
    public static final int LIST_SCOPE_MAX = 3000;

    private final ReportRepository reports;
    private final org.surgalt.cohort.team.TeamDirectory teams;

    ReportService(ReportRepository reports, org.surgalt.cohort.team.TeamDirectory teams) {
        this.reports = reports;
        this.teams = teams;
    }

    /** The cohort's teams, for the dashboard's team filter (issue 22). */
    @Transactional
    public List<org.surgalt.cohort.team.TeamDirectory.TeamView> teams(CohortRow cohort) {
        return teams.teamsOf(cohort.id());
    }

    /** A team of the cohort by its id (a query parameter as typed); null for none. */
    @Transactional
    public Long teamOf(CohortRow cohort, String team) {
        if (team == null || team.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(team.strip());
            return teams.team(id).filter(found -> found.cohortId() == cohort.id()).map(found -> id)
                    .orElseThrow(() -> DomainException.invalid("team", "is not a team of this cohort"));
        } catch (NumberFormatException e) {
            throw DomainException.invalid("team", "is not a team of this cohort");
        }
    }

    /** The cohorts whose report the viewer may open. */
    @Transactional
    public List<CohortRow> cohorts(Viewer viewer) {
        return reports.cohortsFor(viewer.userId(), seesEveryCohort(viewer));
    }

    @Transactional
    public CohortRow cohortByCode(Viewer viewer, String code) {
        return allowed(viewer, reports.cohortByCode(code).orElseThrow(() -> DomainException.notFound("cohort", code)));
    }

    @Transactional
    public CohortRow cohortById(Viewer viewer, long id) {
        return allowed(viewer, reports.cohortById(id).orElseThrow(() -> DomainException.notFound("cohort", id)));
    }

    /** A course of the cohort by its code; null for none. */
    @Transactional
    public Long courseOf(CohortRow cohort, String courseCode) {
        if (courseCode == null || courseCode.isBlank()) {
            return null;
        }
        return reports.courses(cohort.id()).stream().filter(course -> course.code().equals(courseCode.strip()))
                .map(CourseRow::id).findFirst()
                .orElseThrow(() -> DomainException.invalid("course", "is not a course of this cohort"));
    }

    /** The dashboard at one place of the drill-down; {@code limit}: rows of the lists (null: all, for exports). */
    @Transactional
    public CohortReport report(CohortRow cohort, ReportScope scope, Integer inactiveDays, Integer limit) {
        int days = inactiveDays(inactiveDays);
        long id = cohort.id();
        List<CourseRow> allCourses = reports.courses(id);
        List<CourseRow> courses = allCourses.stream()
                .filter(course -> scope.courseId() == null || course.id() == scope.courseId()).toList();
        List<Counts> rows = List.of();
        List<Teacher> teachers = List.of();
        Counts total;
        if (scope.level() == ReportScope.Level.SCHOOL) {
            List<Enrolment> enrolments = reports.enrolments(id, scope);
            teachers = teachers(enrolments, courses);
            total = total(enrolments);
        } else {
            rows = reports.counts(id, scope);
            total = rows.stream().reduce(new Counts(null, null, 0, 0, 0, 0, 0), Counts::plus);
        }
        List<Funnel> funnels = funnels(id, scope, courses, total.learners());
        List<SessionGap> gaps = sessionGaps(id, scope, courses);
        Map<Long, SessionGap> gapByItem = gaps.stream().collect(Collectors.toMap(SessionGap::itemId, Function.identity()));
        boolean listed = limit == null || total.learners() <= LIST_SCOPE_MAX;
        Integer rowsShown = listed ? limit : Integer.valueOf(0);
        List<Absentee> absentees = (listed ? reports.notAttended(id, scope, limit) : List.<ReportData.Absence>of()).stream()
                .filter(absence -> gapByItem.containsKey(absence.itemId()))
                .map(absence -> new Absentee(gapByItem.get(absence.itemId()), absence.learner())).toList();
        ReportRepository.Inactive inactive = reports.inactive(id, scope, days, rowsShown);
        return new CohortReport(cohort, allCourses, scope, place(scope), rows, total, teachers, funnels, days,
                inactive.count(), inactive.learners(), gaps,
                gaps.stream().mapToInt(SessionGap::notAttended).sum(), absentees);
    }

    static int inactiveDays(Integer requested) {
        if (requested == null) {
            return DEFAULT_INACTIVE_DAYS;
        }
        if (requested < 1 || requested > MAX_INACTIVE_DAYS) {
            throw DomainException.invalid("inactiveDays", "must be between 1 and " + MAX_INACTIVE_DAYS);
        }
        return requested;
    }

    private CohortRow allowed(Viewer viewer, CohortRow cohort) {
        boolean allowed = seesEveryCohort(viewer) || Objects.equals(cohort.createdBy(), viewer.userId())
                || viewer.grants().contains(new Grant(Role.COORDINATOR, RoleGrant.Scope.COHORT, cohort.id()));
        if (!allowed) {
            throw DomainException.forbidden("Only the cohort's coordinators may see its report.");
        }
        return cohort;
    }

    private static boolean seesEveryCohort(Viewer viewer) {
        return viewer.isAdmin() || viewer.grants().contains(Grant.site(Role.COORDINATOR));
    }

    private static List<Teacher> teachers(List<Enrolment> enrolments, List<CourseRow> courses) {
        Map<Long, String> codes = courses.stream().collect(Collectors.toMap(CourseRow::id, CourseRow::code));
        Map<Long, List<Enrolment>> byUser = enrolments.stream()
                .collect(Collectors.groupingBy(Enrolment::userId, LinkedHashMap::new, Collectors.toList()));
        List<Teacher> teachers = new ArrayList<>();
        byUser.forEach((userId, own) -> {
            List<CourseCell> cells = own.stream().map(e -> new CourseCell(e.courseId(), codes.get(e.courseId()),
                    e.percent(), e.complete(), e.started(), e.lastActivity())).toList();
            Instant last = own.stream().map(Enrolment::lastActivity).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            teachers.add(new Teacher(userId, own.get(0).name(), own.get(0).email(), cells, last));
        });
        return teachers;
    }

    private static Counts total(List<Enrolment> enrolments) {
        int learners = (int) enrolments.stream().mapToLong(Enrolment::userId).distinct().count();
        return new Counts(null, null, learners, enrolments.size(),
                (int) enrolments.stream().filter(Enrolment::started).count(),
                (int) enrolments.stream().filter(Enrolment::complete).count(),
                enrolments.stream().mapToLong(Enrolment::percent).sum());
    }

    private List<Funnel> funnels(long cohortId, ReportScope scope, List<CourseRow> courses, int learners) {
        Map<Long, ModuleCount> counts = reports.moduleCounts(cohortId, scope).stream()
                .collect(Collectors.toMap(ModuleCount::moduleId, Function.identity()));
        Map<Long, List<Step>> steps = new LinkedHashMap<>();
        reports.modules(cohortId).forEach(module -> {
            ModuleCount count = counts.get(module.moduleId());
            steps.computeIfAbsent(module.courseId(), c -> new ArrayList<>()).add(new Step(module.moduleId(),
                    module.position(), module.title(), count == null ? 0 : count.reached(),
                    count == null ? 0 : count.completed()));
        });
        return courses.stream().map(course -> new Funnel(course, learners, steps.getOrDefault(course.id(), List.of())))
                .toList();
    }

    private List<SessionGap> sessionGaps(long cohortId, ReportScope scope, List<CourseRow> courses) {
        Map<Long, CourseRow> byId = courses.stream().collect(Collectors.toMap(CourseRow::id, Function.identity()));
        Map<Long, Integer> counts = reports.notAttendedCounts(cohortId, scope);
        return reports.sessionItems(cohortId).stream().filter(item -> byId.containsKey(item.courseId()))
                .map(item -> new SessionGap(byId.get(item.courseId()), item.itemId(), item.title(),
                        counts.getOrDefault(item.itemId(), 0)))
                .toList();
    }

    private Place place(ReportScope scope) {
        if (scope.teamId() != null) {
            // A team is shown where a school would be: its members listed.
            return new Place(null, null, teams.team(scope.teamId()).map(found -> found.name()).orElse(""));
        }
        if (scope.schoolId() == null) {
            return new Place(scope.aimag(), scope.soum(), null);
        }
        if (scope.schoolId() == ReportScope.NO_SCHOOL) {
            return new Place(null, null, null);
        }
        return reports.school(scope.schoolId()).orElseThrow(() -> DomainException.notFound("school", scope.schoolId()));
    }
}
