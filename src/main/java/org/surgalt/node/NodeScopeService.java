package org.surgalt.node;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.surgalt.identity.Institution;
import org.surgalt.identity.InstitutionRepository;

/**
 * What a node may hold: its institution, the institution's people (not erased), the cohorts any of
 * them belongs to and the courses those cohorts use. A read-only projection over identity and cohort
 * tables (as reporting/ reads them), always bounded by the caller's institution: the one place that
 * decides a node's scope, so the sync parts that follow ask here.
 */
@ApplicationScoped
public class NodeScopeService {

    public record Person(long id, String email, String name, String locale) {
    }

    public record CohortInScope(long id, String code, String name, List<String> courses) {
    }

    public record Scope(Institution institution, List<Person> people, List<CohortInScope> cohorts) {
    }

    private final EntityManager em;
    private final InstitutionRepository institutions;

    NodeScopeService(EntityManager em, InstitutionRepository institutions) {
        this.em = em;
        this.institutions = institutions;
    }

    @Transactional
    public Scope of(NodeCaller caller) {
        long institution = caller.institutionId();
        List<Person> people = rows("SELECT id, email, display_name, locale FROM app_user "
                + "WHERE institution_id = ?1 AND erased_at IS NULL ORDER BY id", institution).stream()
                .map(r -> new Person(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3]))
                .toList();
        List<CohortInScope> cohorts = rows("SELECT c.id, c.code, c.name FROM cohort c WHERE EXISTS (SELECT 1 FROM "
                + "cohort_member m JOIN app_user u ON u.id = m.user_id WHERE m.cohort_id = c.id "
                + "AND u.institution_id = ?1 AND u.erased_at IS NULL) ORDER BY c.id", institution).stream()
                .map(r -> new CohortInScope(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                        courses(((Number) r[0]).longValue())))
                .toList();
        return new Scope(institutions.findById(institution), people, cohorts);
    }

    /** Whether a person is one of the node's people: of its institution, not erased (sync-up). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean holdsPerson(NodeCaller caller, long userId) {
        return !em.createNativeQuery("SELECT 1 FROM app_user WHERE id = ?1 AND institution_id = ?2 AND erased_at IS NULL")
                .setParameter(1, userId).setParameter(2, caller.institutionId()).getResultList().isEmpty();
    }

    /** Whether a course is used by a cohort one of the node's people is a member of (sync-up). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean usesCourse(NodeCaller caller, long courseId) {
        return !em.createNativeQuery("SELECT 1 FROM cohort_course cc JOIN cohort_member m ON m.cohort_id = cc.cohort_id "
                + "JOIN app_user u ON u.id = m.user_id WHERE cc.course_id = ?1 AND u.institution_id = ?2 "
                + "AND u.erased_at IS NULL LIMIT 1")
                .setParameter(1, courseId).setParameter(2, caller.institutionId()).getResultList().isEmpty();
    }

    private List<String> courses(long cohortId) {
        return rows("SELECT co.code FROM cohort_course cc JOIN course co ON co.id = cc.course_id "
                + "WHERE cc.cohort_id = ?1 ORDER BY co.code", cohortId).stream().map(r -> (String) r[0]).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long parameter) {
        List<?> rows = em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
        return rows.stream().map(r -> r instanceof Object[] a ? a : new Object[] {r}).toList();
    }
}
