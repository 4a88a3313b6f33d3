package org.surgalt.learning;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.surgalt.authoring.PublishedContent;
import org.surgalt.course.CourseAccess;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseService;
import org.surgalt.course.release.ReleaseService;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.progress.ProgressService;

/**
 * Reads what a course's outline shows about the viewer in one query, on a connection of its own
 * (no transaction, no entities): the course's published version, the viewer's enrolment and
 * certificate, the version of their derived progress with its complete items, the items they
 * have any fact for, and the version of the course's rule. The outline is the page learners open
 * most; read through the repositories it took a dozen queries. What the rows mean is not decided
 * here: {@link ProgressService#fromRows} and {@link ProgressService#explain} do that, as for
 * every other page. Nothing is kept between requests, so the next page shows the learner's
 * latest progress on any instance.
 */
@ApplicationScoped
public class OutlineReader {

    private static final String QUERY = """
            SELECT c.id, c.published_version,
                (SELECT COUNT(*) FROM enrolment e WHERE e.user_id = ? AND e.course_id = c.id),
                (SELECT ce.code FROM certificate ce WHERE ce.user_id = ? AND ce.course_id = c.id AND ce.revoked_at IS NULL),
                (SELECT cp.course_version FROM course_progress cp WHERE cp.user_id = ? AND cp.course_id = c.id),
                (SELECT GROUP_CONCAT(ip.item_id) FROM item_progress ip WHERE ip.user_id = ? AND ip.course_id = c.id),
                (SELECT GROUP_CONCAT(DISTINCT f.item_id) FROM completion_fact f WHERE f.user_id = ? AND f.course_id = c.id),
                (SELECT r.version FROM completion_rule r WHERE r.course_id = c.id)
            FROM course c WHERE c.code = ?""";

    private final AgroalDataSource data;
    private final PublishedContent published;
    private final CourseService courses;
    private final CourseAccess access;
    private final ProgressService progress;
    private final ReleaseService release;

    OutlineReader(AgroalDataSource data, PublishedContent published, CourseService courses, CourseAccess access,
            ProgressService progress, ReleaseService release) {
        this.release = release;
        this.data = data;
        this.published = published;
        this.courses = courses;
        this.access = access;
        this.progress = progress;
    }

    /** As {@link LearningService#outline}, for someone signed in. */
    LearningService.Outline read(Viewer viewer, String code) {
        Row row = row(viewer.userId(), code).orElseThrow(() -> DomainException.notFound("course", code));
        if (row.publishedVersion() == null) {
            throw DomainException.notFound("published course", code);
        }
        // Published versions never change: held in memory after their first reading.
        CourseContent course = published.held(row.courseId(), row.publishedVersion())
                .orElseGet(() -> courses.published(code));
        // CourseAccess.canRead, with the enrolment already known.
        boolean itemsOpen = row.enrolled() || access.isStaff(viewer, row.courseId());
        if (!row.enrolled()) {
            return new LearningService.Outline(course, null, null, itemsOpen, row.certificate());
        }
        ProgressService.LearnerProgress mine = progress.fromRows(viewer.userId(), course, row.progressVersion(),
                row.doneItems());
        CourseView view = new CourseView(course, mine, row.touchedItems(),
                release.state(viewer.userId(), viewer.institutionId(), course, mine));
        return new LearningService.Outline(course, view, progress.explain(mine, row.ruleVersion()), itemsOpen,
                row.certificate());
    }

    private record Row(long courseId, Integer publishedVersion, boolean enrolled, String certificate,
            Integer progressVersion, Set<Long> doneItems, Set<Long> touchedItems, long ruleVersion) {
    }

    private Optional<Row> row(long userId, String code) {
        try (Connection connection = data.getConnection();
                PreparedStatement statement = connection.prepareStatement(QUERY)) {
            for (int i = 1; i <= 5; i++) {
                statement.setLong(i, userId);
            }
            statement.setString(6, code);
            try (ResultSet r = statement.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                int publishedVersion = r.getInt(2);
                Integer publishedOrNull = r.wasNull() ? null : publishedVersion;
                boolean enrolled = r.getLong(3) > 0;
                String certificate = r.getString(4);
                int progressVersion = r.getInt(5);
                Integer progressOrNull = r.wasNull() ? null : progressVersion;
                Set<Long> done = ids(r.getString(6));
                Set<Long> touched = ids(r.getString(7));
                long ruleVersion = r.getLong(8);
                if (r.wasNull()) {
                    ruleVersion = ProgressService.noRule();
                }
                return Optional.of(new Row(r.getLong(1), publishedOrNull, enrolled, certificate, progressOrNull, done,
                        touched, ruleVersion));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the course outline failed", e);
        }
    }

    /** "1,2,3" as GROUP_CONCAT wrote it (null: none). */
    private static Set<Long> ids(String list) {
        Set<Long> ids = new HashSet<>();
        if (list != null && !list.isEmpty()) {
            for (String id : list.split(",")) {
                ids.add(Long.parseLong(id));
            }
        }
        return ids;
    }
}
