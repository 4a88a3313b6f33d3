package org.surgalt.course.release;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The schools and cohorts an audience condition names, and those a learner belongs to. Read-only
 * projections over identity's and cohort's tables, as reporting/ reads them: release needs two
 * ids and a few names per page, not those features' entities.
 */
@ApplicationScoped
public class Audiences {

    private final EntityManager em;

    Audiences(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Long institutionOf(long userId) {
        List<?> rows = em.createNativeQuery("SELECT institution_id FROM app_user WHERE id = :id")
                .setParameter("id", userId).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? null : ((Number) rows.get(0)).longValue();
    }

    /**
     * The school and every school merged into it (admin/ merges institutions; a merged one keeps its
     * id with merged_into set), so conditions naming a school before a merge still hold for its people.
     */
    @Transactional
    public Set<Long> schoolWithMerged(Long institutionId) {
        if (institutionId == null) {
            return Set.of();
        }
        Set<Long> schools = new java.util.HashSet<>(Set.of(institutionId));
        Set<Long> last = Set.of(institutionId);
        // Merges chain (A into B, later B into C): follow them back, a few levels at most.
        for (int level = 0; level < 8 && !last.isEmpty(); level++) {
            List<?> rows = em.createNativeQuery("SELECT id FROM institution WHERE merged_into IN (:ids)")
                    .setParameter("ids", last).getResultList();
            last = rows.stream().map(row -> ((Number) row).longValue()).filter(schools::add)
                    .collect(Collectors.toUnmodifiableSet());
        }
        return Set.copyOf(schools);
    }

    @Transactional
    public Set<Long> cohortsOf(long userId) {
        List<?> rows = em.createNativeQuery("SELECT cohort_id FROM cohort_member WHERE user_id = :id")
                .setParameter("id", userId).getResultList();
        return rows.stream().map(row -> ((Number) row).longValue()).collect(Collectors.toUnmodifiableSet());
    }

    /** Id → name of those that exist, in the order asked. */
    @Transactional
    public Map<Long, String> institutions(Collection<Long> ids) {
        return names("institution", ids);
    }

    @Transactional
    public Map<Long, String> cohorts(Collection<Long> ids) {
        return names("cohort", ids);
    }

    /** Every school, for the authors' form (a programme has tens to a few hundred). */
    @Transactional
    public Map<Long, String> allInstitutions() {
        return rows(em.createNativeQuery("SELECT id, name FROM institution ORDER BY name").getResultList());
    }

    /** The cohorts that take a course, for the authors' form. */
    @Transactional
    public Map<Long, String> cohortsTaking(long courseId) {
        return rows(em.createNativeQuery("SELECT c.id, c.name FROM cohort c JOIN cohort_course cc ON cc.cohort_id = c.id "
                + "WHERE cc.course_id = :course ORDER BY c.name").setParameter("course", courseId).getResultList());
    }

    private Map<Long, String> names(String table, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> found = rows(em.createNativeQuery("SELECT id, name FROM " + table + " WHERE id IN (:ids)")
                .setParameter("ids", ids).getResultList());
        Map<Long, String> ordered = new LinkedHashMap<>();
        ids.stream().filter(found::containsKey).forEach(id -> ordered.put(id, found.get(id)));
        return ordered;
    }

    private static Map<Long, String> rows(List<?> rows) {
        Map<Long, String> map = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            map.put(((Number) columns[0]).longValue(), (String) columns[1]);
        }
        return map;
    }
}
