package org.surgalt.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import org.surgalt.cohort.Cohort;
import org.surgalt.cohort.CohortAccess;
import org.surgalt.cohort.CohortService;
import org.surgalt.cohort.team.TeamDirectory;
import org.surgalt.course.CourseAccess;
import org.surgalt.course.CourseService;
import org.surgalt.identity.Role;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * Who may read, post in and moderate a forum; the one place these rules live.
 * <ul>
 * <li>A course's (or module's) forum is read by whoever reads the course ({@link CourseAccess}):
 * the people enrolled in it and its staff. Its authors, graders and site admins moderate it and
 * create its forums.</li>
 * <li>A cohort's forum is for the cohort's members and the coordinators who manage it
 * ({@link CohortAccess#takesPart}); those coordinators moderate it. Members of another cohort do
 * not see it.</li>
 * <li>A cohort forum of one team (issue 22) is for that team's members and the cohort's coordinators:
 * members of the cohort's other teams do not see it.</li>
 * <li>Readers post, except in an announcements forum, where only its moderators do.</li>
 * </ul>
 */
@ApplicationScoped
public class ForumAccess {

    private final CourseAccess courses;
    private final CourseService courseService;
    private final CohortAccess cohorts;
    private final CohortService cohortService;
    private final TeamDirectory teams;

    ForumAccess(CourseAccess courses, CourseService courseService, CohortAccess cohorts, CohortService cohortService,
            TeamDirectory teams) {
        this.teams = teams;
        this.courses = courses;
        this.courseService = courseService;
        this.cohorts = cohorts;
        this.cohortService = cohortService;
    }

    public boolean canRead(Viewer viewer, Forum forum) {
        if (forum.cohortId() != null) {
            return cohortService.find(forum.cohortId()).map(c -> forum.teamId() == null ? cohorts.takesPart(viewer, c)
                    : cohorts.canManage(viewer, c) || teams.isMember(forum.teamId(), viewer.userId())).orElse(false);
        }
        return canReadCourse(viewer, forum.courseId());
    }

    public boolean canReadCourse(Viewer viewer, long courseId) {
        return courses.canRead(viewer, courseId, () -> courseService.isEnrolled(viewer.userId(), courseId));
    }

    public boolean canModerate(Viewer viewer, Forum forum) {
        if (forum.cohortId() != null) {
            return cohortService.find(forum.cohortId()).map(c -> cohorts.canManage(viewer, c)).orElse(false);
        }
        return moderatesCourse(viewer, forum.courseId());
    }

    /** A course's authors, graders and site admins run its forums (create them, pin, lock, hide, move). */
    public boolean moderatesCourse(Viewer viewer, long courseId) {
        return courses.canEdit(viewer, courseId) || viewer.hasInCourse(Role.GRADER, courseId);
    }

    public boolean canPost(Viewer viewer, Forum forum) {
        return forum.kind() == ForumKind.ANNOUNCEMENTS ? canModerate(viewer, forum) : canRead(viewer, forum);
    }

    public void requireRead(Viewer viewer, Forum forum) {
        if (!canRead(viewer, forum)) {
            throw DomainException.forbidden("This forum is for the people of its course or cohort.");
        }
    }

    public void requirePost(Viewer viewer, Forum forum) {
        requireRead(viewer, forum);
        if (!canPost(viewer, forum)) {
            throw DomainException.forbidden("Only the course's staff post announcements.");
        }
    }

    public void requireModerate(Viewer viewer, Forum forum) {
        requireRead(viewer, forum);
        if (!canModerate(viewer, forum)) {
            throw DomainException.forbidden("Only the forum's moderators do this.");
        }
    }

    public boolean takesPartIn(Viewer viewer, Cohort cohort) {
        return cohorts.takesPart(viewer, cohort);
    }

    public boolean managesCohort(Viewer viewer, Cohort cohort) {
        return cohorts.canManage(viewer, cohort);
    }

    public void requireCreateIn(Viewer viewer, Long courseId, Cohort cohort) {
        boolean may = cohort != null ? cohorts.canManage(viewer, cohort) : moderatesCourse(viewer, courseId);
        if (!may) {
            throw DomainException.forbidden("Only the course's staff or the cohort's coordinators create its forums.");
        }
    }
}
