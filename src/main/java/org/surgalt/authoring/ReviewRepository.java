package org.surgalt.authoring;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class ReviewRepository implements PanacheRepository<CourseReview> {

    /** The course's newest review round, open or closed. */
    public Optional<CourseReview> latest(long courseId) {
        return find("courseId = ?1 order by submittedAt desc, id desc", courseId).firstResultOptional();
    }
}
