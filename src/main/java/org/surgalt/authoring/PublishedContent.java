package org.surgalt.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.surgalt.course.Course;
import org.surgalt.course.CourseContent;
import org.surgalt.platform.DomainException;

/**
 * What learners read: the content of a course's published versions. A version never changes, so
 * its content is cached here by course and number; only "which version is current" comes from the
 * course row on each request, which keeps every instance of a cluster consistent.
 */
@ApplicationScoped
public class PublishedContent {

    private static final int CACHED_VERSIONS = 256;

    private final VersionRepository versions;
    private final Map<String, CourseContent> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, CourseContent> eldest) {
                    return size() > CACHED_VERSIONS;
                }
            });

    PublishedContent(VersionRepository versions) {
        this.versions = versions;
    }

    /** The version learners read now; empty before the first publication. */
    public Optional<CourseContent> current(Course course) {
        return course.publishedVersion().map(number -> version(course, number));
    }

    @Transactional
    public CourseContent version(Course course, int number) {
        String key = course.id() + ":" + number;
        CourseContent content = cache.get(key);
        if (content == null) {
            content = versions.find(course.id(), number)
                    .orElseThrow(() -> DomainException.notFound("version", course.code() + " " + number))
                    .content(course.code(), course.language(), course.attribution());
            cache.put(key, content);
        }
        return content;
    }

    /** A published version already held here, without reading anything; empty if it is not. */
    public Optional<CourseContent> held(long courseId, int number) {
        return Optional.ofNullable(cache.get(courseId + ":" + number));
    }

    public List<CourseVersion> versions(Course course) {
        return versions.ofCourse(course.id());
    }
}
