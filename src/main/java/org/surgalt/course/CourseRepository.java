package org.surgalt.course;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CourseRepository implements PanacheRepository<Course> {

    public Optional<Course> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The catalogue: every published course with its published module count, in one query. */
    public List<CourseSummary> summaries() {
        return getEntityManager()
                .createQuery("select c, (select count(m) from ModuleVersion m where m.courseVersion.courseId = c.id"
                        + " and m.courseVersion.number = c.publishedVersion) from Course c"
                        + " where c.publishedVersion is not null order by coalesce(c.title.en, c.title.mn), c.id",
                        Object[].class)
                .getResultStream()
                .map(row -> CourseSummary.of((Course) row[0], ((Number) row[1]).intValue()))
                .toList();
    }
}
