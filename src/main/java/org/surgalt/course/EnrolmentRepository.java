package org.surgalt.course;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class EnrolmentRepository implements PanacheRepository<Enrolment> {

    public boolean exists(long userId, long courseId) {
        return count("user.id = ?1 and course.id = ?2", userId, courseId) > 0;
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
}
