package org.surgalt.course;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class EnrolmentRepository implements PanacheRepository<Enrolment> {

    public boolean exists(long userId, long courseId) {
        return count("user.id = ?1 and course.id = ?2", userId, courseId) > 0;
    }
}
