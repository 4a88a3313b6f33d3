package org.surgalt.course;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class EnrolmentRepository implements PanacheRepository<Enrolment> {

    /**
     * Asked on most requests of a learner. A native query: Panache's count() rebuilds its query
     * from the HQL every time (a third of the cost of the course outline was this question);
     * a native query is still flushed against, so an enrolment made earlier in the transaction counts.
     */
    public boolean exists(long userId, long courseId) {
        return ((Number) getEntityManager()
                .createNativeQuery("SELECT COUNT(*) FROM enrolment WHERE user_id = ?1 AND course_id = ?2")
                .setParameter(1, userId).setParameter(2, courseId).getSingleResult()).longValue() > 0;
    }

    public List<Long> courseIdsOf(long userId) {
        return getEntityManager().createQuery("select e.course.id from Enrolment e where e.user.id = ?1", Long.class)
                .setParameter(1, userId).getResultList();
    }

    /** The courses someone is enrolled in, the latest enrolment first. */
    public java.util.List<Course> coursesOf(long userId) {
        return getEntityManager().createQuery(
                "select e.course from Enrolment e where e.user.id = :user order by e.enrolledAt desc, e.id desc",
                Course.class).setParameter("user", userId).getResultList();
    }

    /** Which of these people are enrolled in the course, a thousand ids per query. */
    public java.util.Set<Long> enrolledAmong(long courseId, java.util.Collection<Long> userIds) {
        java.util.Set<Long> enrolled = new java.util.HashSet<>();
        List<Long> ids = List.copyOf(userIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            enrolled.addAll(getEntityManager().createQuery(
                    "select e.user.id from Enrolment e where e.course.id = ?1 and e.user.id in ?2", Long.class)
                    .setParameter(1, courseId).setParameter(2, ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .getResultList());
        }
        return enrolled;
    }
}
