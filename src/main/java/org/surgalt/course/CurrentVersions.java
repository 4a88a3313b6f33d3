package org.surgalt.course;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.surgalt.authoring.PublishedContent;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * The version of a course learners read now, for someone who may read it, as
 * {@link CourseService#content} gives it for "current", in one query on a connection of its own
 * (no transaction, no entity): the course's published version and whether the viewer is
 * enrolled. Asked by every client that shows a course. Published versions never change, so their
 * content comes from {@link PublishedContent}; nothing else is kept, so a publication or an
 * enrolment made on any instance counts on the next request.
 */
@ApplicationScoped
public class CurrentVersions {

    private static final String QUERY = "SELECT c.code, c.published_version, "
            + "(SELECT COUNT(*) FROM enrolment e WHERE e.user_id = ? AND e.course_id = c.id) FROM course c WHERE c.id = ?";

    private final AgroalDataSource data;
    private final CourseAccess access;
    private final PublishedContent published;
    private final CourseService courses;

    CurrentVersions(AgroalDataSource data, CourseAccess access, PublishedContent published, CourseService courses) {
        this.data = data;
        this.access = access;
        this.published = published;
        this.courses = courses;
    }

    /** 404 for no such course or none published yet, 403 for someone who may not read it. */
    public CourseContent readable(Viewer viewer, long courseId) {
        return read(viewer, courseId).content();
    }

    /** The current version and whether the viewer is enrolled; {@link #readable}'s 404 and 403. */
    public Current read(Viewer viewer, long courseId) {
        String code;
        Integer version;
        boolean enrolled;
        try (Connection connection = data.getConnection();
                PreparedStatement statement = connection.prepareStatement(QUERY)) {
            statement.setLong(1, viewer.userId());
            statement.setLong(2, courseId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw DomainException.notFound("course", courseId);
                }
                code = row.getString(1);
                int number = row.getInt(2);
                version = row.wasNull() ? null : number;
                enrolled = row.getLong(3) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the course failed", e);
        }
        access.requireCanRead(viewer, courseId, () -> enrolled);
        if (version == null) {
            throw DomainException.notFound("published course", code);
        }
        return new Current(published.held(courseId, version)
                .orElseGet(() -> courses.content(viewer, courses.course(courseId), null)), enrolled);
    }

    public record Current(CourseContent content, boolean enrolled) {
    }
}
