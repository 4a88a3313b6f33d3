package org.surgalt.cohort.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * What other features ask of teams (assignments, forums, reports): whose team is which, who is in
 * it. No access rule here: each asker applies its own (SubmissionAccess, ForumAccess, reports).
 */
@ApplicationScoped
public class TeamDirectory {

    public record TeamView(long id, long cohortId, String name) {
    }

    private final TeamRepository teams;
    private final TeamMemberRepository members;
    private final EntityManager entityManager;

    TeamDirectory(TeamRepository teams, TeamMemberRepository members, EntityManager entityManager) {
        this.teams = teams;
        this.members = members;
        this.entityManager = entityManager;
    }

    @Transactional
    public Optional<TeamView> team(long teamId) {
        return teams.findByIdOptional(teamId).map(TeamDirectory::view);
    }

    @Transactional
    public List<TeamView> teamsOf(long cohortId) {
        return teams.ofCohort(cohortId).stream().map(TeamDirectory::view).toList();
    }

    /**
     * A person's team for a course's team work: their team in a cohort that takes the course. In
     * two such cohorts with a team in each (rare), the older team.
     */
    @Transactional
    public Optional<TeamView> teamInCourse(long userId, long courseId) {
        List<?> ids = entityManager.createNativeQuery("SELECT tm.team_id FROM cohort_team_member tm"
                + " JOIN cohort_course cc ON cc.cohort_id = tm.cohort_id WHERE tm.user_id = :user"
                + " AND cc.course_id = :course ORDER BY tm.team_id LIMIT 1")
                .setParameter("user", userId).setParameter("course", courseId).getResultList();
        return ids.isEmpty() ? Optional.empty() : team(((Number) ids.get(0)).longValue());
    }

    @Transactional
    public boolean isMember(long teamId, long userId) {
        return members.isMember(teamId, userId);
    }

    @Transactional
    public List<Long> memberIds(long teamId) {
        return members.userIds(teamId);
    }

    /** Names of the team's members, by name. */
    @Transactional
    public List<String> memberNames(long teamId) {
        return members.rows(teamId).stream().map(TeamMemberRepository.Row::name).toList();
    }

    private static TeamView view(Team team) {
        return new TeamView(team.id(), team.cohortId(), team.name());
    }
}
