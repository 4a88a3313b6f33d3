package org.surgalt.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.surgalt.course.CourseService;

/**
 * Cohorts kept as copies of another server's (a school node's copies of national cohorts, issue 24):
 * the original decides the name, the courses and the members, so nobody's access is checked here; the
 * caller is a sync step, not a person. Members join every course of the cohort, as they do everywhere.
 */
@ApplicationScoped
public class CohortCopyService {

    private final CohortRepository cohorts;
    private final CohortMemberRepository members;
    private final CourseService courses;

    CohortCopyService(CohortRepository cohorts, CohortMemberRepository members, CourseService courses) {
        this.cohorts = cohorts;
        this.members = members;
        this.courses = courses;
    }

    /** The copy with this id, else the cohort with this code (adopted), else a new one; named as the original. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Cohort copy(Optional<Long> copyId, String code, String name) {
        Cohort cohort = copyId.flatMap(cohorts::findByIdOptional).or(() -> cohorts.findByCode(code)).orElse(null);
        if (cohort == null) {
            cohort = new Cohort(code, name, null, null, null, null);
            cohorts.persist(cohort);
            cohorts.flush();
        } else if (!cohort.name().equals(name.strip())) {
            cohort.rename(name);
        }
        return cohort;
    }

    /** Adds these courses (members are enrolled in each); courses the cohort has already are left. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int attachCourses(long cohortId, Collection<Long> courseIds) {
        Cohort cohort = cohorts.findById(cohortId);
        int attached = 0;
        for (Long courseId : courseIds) {
            if (cohort.addCourse(courseId)) {
                courses.enrolAll(members.userIdsIn(cohortId), courseId);
                attached++;
            }
        }
        return attached;
    }

    /**
     * Makes {@code keep} the members among {@code governed}: those of {@code keep} not yet members join
     * (and are enrolled in the cohort's courses), members in {@code governed} but not in {@code keep}
     * leave. Members outside {@code governed} (the node's own people) are not touched. Leaving keeps
     * enrolments and everything done in the courses.
     * @return how many joined and left
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int[] governMembers(long cohortId, Set<Long> keep, Set<Long> governed) {
        Cohort cohort = cohorts.findById(cohortId);
        Set<Long> already = members.membersAmong(cohortId, keep);
        List<Long> joining = keep.stream().filter(id -> !already.contains(id)).sorted().toList();
        for (Long userId : joining) {
            members.persist(new CohortMember(cohortId, userId, null, CohortMember.Source.API));
        }
        for (Long courseId : cohort.courseIds()) {
            courses.enrolAll(joining, courseId);
        }
        List<Long> leaving = members.membersAmong(cohortId, governed).stream().filter(id -> !keep.contains(id))
                .toList();
        if (!leaving.isEmpty()) {
            members.delete("cohortId = ?1 and userId in ?2", cohortId, leaving);
        }
        return new int[] {joining.size(), leaving.size()};
    }
}
