package org.surgalt.cohort.team;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class TeamMemberRepository implements PanacheRepository<TeamMember> {

    /** A member as a team's page lists them. */
    public record Row(long userId, String name, String email, String institution) {
    }

    /** A cohort member and their school, for making teams per school. */
    public record Placed(long userId, Long institutionId, String institution, Long teamId) {
    }

    public Optional<TeamMember> inCohort(long cohortId, long userId) {
        return find("cohortId = ?1 and userId = ?2", cohortId, userId).firstResultOptional();
    }

    public List<Row> rows(long teamId) {
        return getEntityManager().createQuery("select u.id, u.displayName, u.email, i.name from TeamMember t, User u"
                + " left join u.institution i where u.id = t.userId and t.teamId = ?1 order by u.displayName, u.id",
                Object[].class).setParameter(1, teamId).getResultStream()
                .map(r -> new Row((Long) r[0], (String) r[1], (String) r[2], (String) r[3])).toList();
    }

    public List<Long> userIds(long teamId) {
        return getEntityManager().createQuery("select t.userId from TeamMember t where t.teamId = ?1", Long.class)
                .setParameter(1, teamId).getResultList();
    }

    public boolean isMember(long teamId, long userId) {
        return count("teamId = ?1 and userId = ?2", teamId, userId) > 0;
    }

    public Map<Long, Long> counts(long cohortId) {
        Map<Long, Long> counts = new HashMap<>();
        getEntityManager().createQuery("select t.teamId, count(t) from TeamMember t where t.cohortId = ?1"
                + " group by t.teamId", Object[].class).setParameter(1, cohortId).getResultStream()
                .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    /** The cohort member with this email, if they are one (the email column ignores case). */
    public Optional<Long> memberByEmail(long cohortId, String email) {
        return getEntityManager().createQuery("select u.id from CohortMember m, User u where u.id = m.userId"
                + " and m.cohortId = ?1 and u.email = ?2", Long.class).setParameter(1, cohortId)
                .setParameter(2, email).getResultStream().findFirst();
    }

    public boolean isCohortMember(long cohortId, long userId) {
        return getEntityManager().createQuery("select count(m) from CohortMember m where m.cohortId = ?1"
                + " and m.userId = ?2", Long.class).setParameter(1, cohortId).setParameter(2, userId)
                .getSingleResult() > 0;
    }

    /** Every member of the cohort with their school and team (null: none). */
    public List<Placed> placed(long cohortId) {
        return getEntityManager().createQuery("select m.userId, i.id, i.name, t.teamId from CohortMember m"
                + " join User u on u.id = m.userId left join u.institution i"
                + " left join TeamMember t on t.cohortId = m.cohortId and t.userId = m.userId"
                + " where m.cohortId = ?1", Object[].class).setParameter(1, cohortId).getResultStream()
                .map(r -> new Placed((Long) r[0], (Long) r[1], (String) r[2], (Long) r[3])).toList();
    }

    /** The teams of these people in the cohort, by person. */
    public Map<Long, Long> teamsOf(long cohortId, Collection<Long> userIds) {
        Map<Long, Long> teams = new HashMap<>();
        if (userIds.isEmpty()) {
            return teams;
        }
        getEntityManager().createQuery("select t.userId, t.teamId from TeamMember t where t.cohortId = ?1"
                + " and t.userId in ?2", Object[].class).setParameter(1, cohortId).setParameter(2, userIds)
                .getResultStream().forEach(r -> teams.put((Long) r[0], (Long) r[1]));
        return teams;
    }
}
