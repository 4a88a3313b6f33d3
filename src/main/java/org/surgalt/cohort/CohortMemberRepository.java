package org.surgalt.cohort;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class CohortMemberRepository implements PanacheRepository<CohortMember> {

    /** How many ids one {@code in} list carries. */
    static final int BATCH = 1000;

    /** A member as the cohort's page lists them: where they work comes from their institution. */
    public record MemberRow(long userId, String name, String email, String institution, String aimag, String soum) {
    }

    public boolean inAnyOf(long userId, Collection<Long> cohortIds) {
        return count("userId = ?1 and cohortId in ?2", userId, cohortIds) > 0;
    }

    public long countIn(long cohortId) {
        return count("cohortId", cohortId);
    }

    public List<Long> userIdsIn(long cohortId) {
        return getEntityManager().createQuery("select m.userId from CohortMember m where m.cohortId = ?1", Long.class)
                .setParameter(1, cohortId).getResultList();
    }

    /** Which of these people are members already, in batches. */
    public Set<Long> membersAmong(long cohortId, Collection<Long> userIds) {
        Set<Long> members = new HashSet<>();
        List<Long> ids = List.copyOf(userIds);
        for (int from = 0; from < ids.size(); from += BATCH) {
            members.addAll(getEntityManager().createQuery(
                    "select m.userId from CohortMember m where m.cohortId = ?1 and m.userId in ?2", Long.class)
                    .setParameter(1, cohortId).setParameter(2, ids.subList(from, Math.min(ids.size(), from + BATCH)))
                    .getResultList());
        }
        return members;
    }

    /** One page of members, by name (Mongolian collation of the column). */
    public List<MemberRow> page(long cohortId, int offset, int limit) {
        return getEntityManager().createQuery("select u.id, u.displayName, u.email, i.name, i.aimag, i.soum"
                + " from CohortMember m, User u left join u.institution i where u.id = m.userId and m.cohortId = ?1"
                + " order by u.displayName, u.id", Object[].class)
                .setParameter(1, cohortId).setFirstResult(offset).setMaxResults(limit).getResultStream()
                .map(row -> new MemberRow((Long) row[0], (String) row[1], (String) row[2], (String) row[3],
                        (String) row[4], (String) row[5]))
                .toList();
    }
}
