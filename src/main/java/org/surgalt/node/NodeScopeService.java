package org.surgalt.node;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** roles: the coordinator and grader roles the node needs for its cohorts (see {@link RoleInScope}). */
    public record Person(long id, String email, String name, String locale, List<RoleInScope> roles) {
    }

    /**
     * A role named by codes, which are the same on both sides: scope "institution" (target null: the
     * node's institution), "cohort" (a cohort's code) or "course" (a course's code).
     */
    public record RoleInScope(String role, String scope, String target) {
    }

    /** members: the national ids of the node's people in the cohort (another school's are left out). */
    public record CohortInScope(long id, String code, String name, List<String> courses, List<Long> members) {
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
        Map<Long, List<RoleInScope>> roles = roles(institution);
        List<Person> people = rows("SELECT id, email, display_name, locale FROM app_user "
                + "WHERE institution_id = ?1 AND erased_at IS NULL ORDER BY id", institution).stream()
                .map(r -> new Person(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                        roles.getOrDefault(((Number) r[0]).longValue(), List.of())))
                .toList();
        List<CohortInScope> cohorts = rows("SELECT c.id, c.code, c.name FROM cohort c WHERE EXISTS (SELECT 1 FROM "
                + "cohort_member m JOIN app_user u ON u.id = m.user_id WHERE m.cohort_id = c.id "
                + "AND u.institution_id = ?1 AND u.erased_at IS NULL) ORDER BY c.id", institution).stream()
                .map(r -> new CohortInScope(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                        courses(((Number) r[0]).longValue()), members(((Number) r[0]).longValue(), institution)))
                .toList();
        return new Scope(institutions.findById(institution), people, cohorts);
    }

    /** Whether a national person is one of the node's people: of its institution, not erased. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean holdsPerson(NodeCaller caller, long userId) {
        return !em.createNativeQuery("SELECT 1 FROM app_user WHERE id = ?1 AND institution_id = ?2 AND erased_at IS NULL")
                .setParameter(1, userId).setParameter(2, caller.institutionId()).getResultList().isEmpty();
    }

    /**
     * The codes of the courses the node's cohorts use, in one query: what the content routes ask on every
     * call (a file comes in many ranges), without the people, roles and members of {@link #of}.
     */
    @Transactional
    public java.util.SortedSet<String> courseCodes(NodeCaller caller) {
        List<?> codes = em.createNativeQuery("SELECT DISTINCT co.code FROM cohort_course cc JOIN course co ON co.id = "
                + "cc.course_id JOIN cohort_member m ON m.cohort_id = cc.cohort_id JOIN app_user u ON u.id = m.user_id "
                + "WHERE u.institution_id = ?1 AND u.erased_at IS NULL").setParameter(1, caller.institutionId())
                .getResultList();
        java.util.SortedSet<String> sorted = new java.util.TreeSet<>();
        codes.forEach(code -> sorted.add((String) code));
        return sorted;
    }

    /** Whether a course is used by a cohort one of the node's people is a member of. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean usesCourse(NodeCaller caller, long courseId) {
        return !em.createNativeQuery("SELECT 1 FROM cohort_course cc JOIN cohort_member m ON m.cohort_id = cc.cohort_id "
                + "JOIN app_user u ON u.id = m.user_id WHERE cc.course_id = ?1 AND u.institution_id = ?2 "
                + "AND u.erased_at IS NULL LIMIT 1")
                .setParameter(1, courseId).setParameter(2, caller.institutionId()).getResultList().isEmpty();
    }

    private List<Long> members(long cohortId, long institution) {
        List<?> ids = em.createNativeQuery("SELECT m.user_id FROM cohort_member m JOIN app_user u ON u.id = m.user_id "
                + "WHERE m.cohort_id = ?1 AND u.institution_id = ?2 AND u.erased_at IS NULL ORDER BY m.user_id")
                .setParameter(1, cohortId).setParameter(2, institution).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * The coordinators of the node's institution or of a cohort in its scope, and the graders of a course
     * those cohorts use: what a school's coordinators and graders need to work on the node. Other roles
     * (site admin, authors, reviewers) stay national.
     */
    private Map<Long, List<RoleInScope>> roles(long institution) {
        List<Object[]> rows = rows("SELECT g.user_id, g.role, g.scope_type, COALESCE(c.code, co.code) FROM role_grant g "
                + "JOIN app_user u ON u.id = g.user_id AND u.institution_id = ?1 AND u.erased_at IS NULL "
                + "LEFT JOIN cohort c ON g.scope_type = 'COHORT' AND c.id = g.scope_id "
                + "LEFT JOIN course co ON g.scope_type = 'COURSE' AND co.id = g.scope_id "
                + "WHERE (g.role = 'COORDINATOR' AND ((g.scope_type = 'INSTITUTION' AND g.scope_id = ?1) "
                + "OR (g.scope_type = 'COHORT' AND c.id IS NOT NULL))) "
                + "OR (g.role = 'GRADER' AND g.scope_type = 'COURSE' AND co.id IS NOT NULL) "
                + "ORDER BY g.user_id, g.role, g.scope_type, 4", institution);
        Map<Long, List<RoleInScope>> roles = new HashMap<>();
        for (Object[] r : rows) {
            String scope = ((String) r[2]).toLowerCase(Locale.ROOT);
            roles.computeIfAbsent(((Number) r[0]).longValue(), id -> new ArrayList<>())
                    .add(new RoleInScope((String) r[1], scope, "institution".equals(scope) ? null : (String) r[3]));
        }
        return roles;
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
