package org.surgalt.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Who belongs to a course, for rosters given to others (LTI Names and Role Provisioning): its
 * enrolled learners, its authors (who teach it) and its graders (who assist), one row a person
 * with every part they have, by id. Site-wide staff (admins, coordinators) run programmes rather
 * than belong to a course, and erased people are no one's members any more.
 */
@ApplicationScoped
public class CourseRoster {

    /** A part someone has in a course. */
    public enum Part {
        LEARNER, AUTHOR, GRADER
    }

    /** {@code active}: false for a disabled account. */
    public record Member(long userId, String displayName, String email, boolean active, List<Part> parts) {
    }

    private final EntityManager em;

    CourseRoster(EntityManager em) {
        this.em = em;
    }

    /** One page of the course's members, by id; {@code only}: those with that part (empty for all). */
    @Transactional
    public List<Member> members(long courseId, Optional<Part> only, int offset, int limit) {
        String having = only.map(part -> " HAVING MAX(m.part_" + part.name().toLowerCase() + ") = 1").orElse("");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT u.id, u.display_name, u.email, u.disabled_at IS NULL, "
                + "MAX(m.part_learner), MAX(m.part_author), MAX(m.part_grader) FROM ("
                + " SELECT user_id, 1 AS part_learner, 0 AS part_author, 0 AS part_grader FROM enrolment"
                + " WHERE course_id = ?1"
                + " UNION ALL SELECT user_id, 0, role = 'AUTHOR', role = 'GRADER' FROM role_grant"
                + " WHERE scope_type = 'COURSE' AND scope_id = ?1 AND role IN ('AUTHOR', 'GRADER')"
                + ") m JOIN app_user u ON u.id = m.user_id WHERE u.erased_at IS NULL"
                + " GROUP BY u.id, u.display_name, u.email, u.disabled_at" + having
                + " ORDER BY u.id LIMIT ?2 OFFSET ?3")
                .setParameter(1, courseId).setParameter(2, limit).setParameter(3, offset).getResultList();
        return rows.stream().map(row -> {
            List<Part> parts = new java.util.ArrayList<>();
            if (flag(row[4])) {
                parts.add(Part.LEARNER);
            }
            if (flag(row[5])) {
                parts.add(Part.AUTHOR);
            }
            if (flag(row[6])) {
                parts.add(Part.GRADER);
            }
            return new Member(((Number) row[0]).longValue(), (String) row[1], (String) row[2], flag(row[3]),
                    List.copyOf(parts));
        }).toList();
    }

    private static boolean flag(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }
}
