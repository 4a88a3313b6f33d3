package org.surgalt.cohort;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.surgalt.course.Course;
import org.surgalt.course.CourseService;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/** Cohorts, their courses and their members; every member is enrolled in every course of the cohort. */
@ApplicationScoped
public class CohortService {

    private final CohortRepository cohorts;
    private final CohortMemberRepository members;
    private final CohortAccess access;
    private final CourseService courses;
    private final org.surgalt.identity.IdentityService identity;

    private final org.surgalt.identity.AuditLog audit;

    CohortService(CohortRepository cohorts, CohortMemberRepository members, CohortAccess access,
            CourseService courses, org.surgalt.identity.IdentityService identity,
            org.surgalt.identity.AuditLog audit) {
        this.audit = audit;
        this.identity = identity;
        this.cohorts = cohorts;
        this.members = members;
        this.access = access;
        this.courses = courses;
    }

    /** The cohorts someone manages, newest first. */
    @Transactional
    public List<Cohort> manageable(Viewer viewer) {
        access.requireCanSeeCohorts(viewer);
        if (access.managesAll(viewer)) {
            return cohorts.listAll(Sort.descending("createdAt", "id"));
        }
        List<Long> granted = viewer.grants().stream()
                .filter(grant -> grant.scope() == org.surgalt.identity.RoleGrant.Scope.COHORT)
                .map(Grant::scopeId).toList();
        return cohorts.list("(id in ?1 or createdBy = ?2) order by createdAt desc, id desc",
                granted.isEmpty() ? List.of(-1L) : granted, viewer.userId());
    }

    @Transactional
    public Cohort create(Viewer viewer, NewCohort input) {
        access.requireCanSeeCohorts(viewer);
        String code = input.code() == null ? "" : input.code().strip().toLowerCase(Locale.ROOT);
        if (!Cohort.CODE.matcher(code).matches()) {
            throw DomainException.invalid("code", "must be 1 to 64 lower-case letters, digits and dashes");
        }
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty() || name.length() > 255) {
            throw DomainException.invalid("name", "must be 1 to 255 characters");
        }
        LocalDate starts = date("startsOn", input.startsOn());
        LocalDate ends = date("endsOn", input.endsOn());
        if (starts != null && ends != null && ends.isBefore(starts)) {
            throw DomainException.invalid("endsOn", "must not be before the start");
        }
        if (cohorts.findByCode(code).isPresent()) {
            throw DomainException.conflict("A cohort with the code '" + code + "' exists already.");
        }
        String description = input.description() == null || input.description().isBlank() ? null
                : input.description().strip();
        Cohort cohort = new Cohort(code, name, description, starts, ends, viewer.userId());
        cohorts.persist(cohort);
        cohorts.flush();
        java.util.Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("code", code);
        after.put("name", name);
        after.put("startsOn", starts == null ? null : starts.toString());
        after.put("endsOn", ends == null ? null : ends.toString());
        audit.record(org.surgalt.identity.AuditLog.by(viewer, "cohort.create").object("cohort", cohort.id())
                .after(after));
        return cohort;
    }

    /**
     * For trusted callers (the demo data): a cohort created by a coordinator, with courses and
     * members, unless one with the code exists (then nothing changes).
     */
    @Transactional
    public java.util.Optional<Cohort> createIfAbsent(NewCohort input, String coordinatorEmail, List<String> courseCodes,
            List<String> memberEmails) {
        if (cohorts.findByCode(input.code()).isPresent()) {
            return java.util.Optional.empty();
        }
        org.surgalt.identity.User coordinator = identity.findUserByEmail(coordinatorEmail)
                .orElseThrow(() -> DomainException.invalid("coordinator", "'" + coordinatorEmail + "' is not a known person"));
        Viewer creator = new Viewer(coordinator.id(), coordinator.email(), coordinator.displayName(),
                coordinator.locale(), null, java.util.Set.of(Grant.site(org.surgalt.identity.Role.COORDINATOR)));
        Cohort cohort = create(creator, input);
        for (String code : courseCodes) {
            cohort.addCourse(courses.courseByCode(code).id());
        }
        List<Long> memberIds = identity.usersByEmail(memberEmails).values().stream()
                .map(org.surgalt.identity.User::id).toList();
        addMembers(cohort, memberIds, coordinator.id(), CohortMember.Source.WEB);
        return java.util.Optional.of(cohort);
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "must be a date like 2026-03-01");
        }
    }

    @Transactional
    public Cohort manageable(Viewer viewer, String code) {
        Cohort cohort = cohorts.findByCode(code).orElseThrow(() -> DomainException.notFound("cohort", code));
        access.requireCanManage(viewer, cohort);
        return cohort;
    }

    @Transactional
    public Cohort manageable(Viewer viewer, long id) {
        Cohort cohort = cohorts.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("cohort", id));
        access.requireCanManage(viewer, cohort);
        return cohort;
    }

    /** Which cohort an id or code names, for those who only say which (a role's scope); no access rule. */
    @Transactional
    public java.util.Optional<Cohort> find(long id) {
        return cohorts.findByIdOptional(id);
    }

    @Transactional
    public java.util.Optional<Cohort> findByCode(String code) {
        return cohorts.findByCode(code);
    }

    /** The cohort's courses, by code. */
    @Transactional
    public List<Course> courses(Cohort cohort) {
        return cohort.courseIds().stream().map(courses::course)
                .sorted(java.util.Comparator.comparing(Course::code)).toList();
    }

    /**
     * Adds a published course and enrols every member in it.
     * @return how many members were enrolled now
     */
    @Transactional
    public int addCourse(Viewer viewer, long cohortId, String courseCode) {
        Cohort cohort = manageable(viewer, cohortId);
        if (courseCode == null || courseCode.isBlank()) {
            throw DomainException.invalid("course", "choose a course");
        }
        Course course = courses.courseByCode(courseCode.strip());
        if (course.publishedVersion().isEmpty()) {
            throw DomainException.invalid("course", "'" + course.code() + "' is not published yet");
        }
        if (!cohort.addCourse(course.id())) {
            return 0;
        }
        int enrolled = courses.enrolAll(members.userIdsIn(cohort.id()), course.id());
        audit.record(org.surgalt.identity.AuditLog.by(viewer, "cohort.add_course").object("cohort", cohort.id())
                .after(java.util.Map.of("course", course.code(), "enrolled", enrolled)));
        return enrolled;
    }

    /** Members stay enrolled: what they did in the course is theirs. */
    @Transactional
    public void removeCourse(Viewer viewer, long cohortId, long courseId) {
        Cohort cohort = manageable(viewer, cohortId);
        if (!cohort.removeCourse(courseId)) {
            throw DomainException.notFound("course in the cohort", courseId);
        }
        audit.record(org.surgalt.identity.AuditLog.by(viewer, "cohort.remove_course").object("cohort", cohort.id())
                .before(java.util.Map.of("course", courseId)));
    }

    /** Makes these people members (those who are not yet) and enrols them in every course. */
    @Transactional
    int addMembers(Cohort cohort, Collection<Long> userIds, long addedBy, CohortMember.Source source) {
        java.util.Set<Long> already = members.membersAmong(cohort.id(), userIds);
        List<Long> added = userIds.stream().distinct().filter(id -> !already.contains(id)).toList();
        for (Long userId : added) {
            members.persist(new CohortMember(cohort.id(), userId, addedBy, source));
        }
        for (Long courseId : cohort.courseIds()) {
            courses.enrolAll(added, courseId);
        }
        return added.size();
    }

    public record MembersPage(List<CohortMemberRepository.MemberRow> members, long total, int page, int pages) {
    }

    @Transactional
    public MembersPage members(Cohort cohort, int page, int size) {
        long total = members.countIn(cohort.id());
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int current = Math.min(Math.max(1, page), pages);
        return new MembersPage(members.page(cohort.id(), (current - 1) * size, size), total, current, pages);
    }

    @Transactional
    public long memberCount(Cohort cohort) {
        return members.countIn(cohort.id());
    }
}
