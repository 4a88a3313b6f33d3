package org.surgalt.discussion;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ForumRepository implements PanacheRepository<Forum> {

    public List<Forum> ofCourse(long courseId) {
        return list("courseId = ?1 order by moduleId nulls first, id", courseId);
    }

    public List<Forum> ofCohort(long cohortId) {
        return list("cohortId = ?1 order by id", cohortId);
    }
}
