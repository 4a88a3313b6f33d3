package org.surgalt.authoring;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class VersionRepository implements PanacheRepository<CourseVersion> {

    public Optional<CourseVersion> find(long courseId, int number) {
        return find("courseId = ?1 and number = ?2", courseId, number).firstResultOptional();
    }

    /** Newest first. */
    public List<CourseVersion> ofCourse(long courseId) {
        return list("courseId = ?1 order by number desc", courseId);
    }
}
