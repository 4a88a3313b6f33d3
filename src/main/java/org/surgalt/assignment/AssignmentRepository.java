package org.surgalt.assignment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class AssignmentRepository implements PanacheRepositoryBase<Assignment, Long> {

    /**
     * The settings row, stored with the defaults if there is none, and locked until the
     * transaction ends: two authors saving an assignment's first settings at once wait for each
     * other instead of one failing on the primary key.
     */
    public Assignment lockedOrNew(long itemId, long courseId) {
        getEntityManager().createNativeQuery("""
                INSERT IGNORE INTO assignment (item_id, course_id, allow_resubmission, max_points, version)
                VALUES (:item, :course, TRUE, :points, 0)""")
                .setParameter("item", itemId).setParameter("course", courseId)
                .setParameter("points", Assignment.DEFAULT_MAX_POINTS).executeUpdate();
        return findById(itemId, LockModeType.PESSIMISTIC_WRITE);
    }
}
