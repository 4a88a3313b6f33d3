package org.surgalt.node.bundle;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.surgalt.course.CourseContent;
import org.surgalt.platform.LocalizedText;

/**
 * What a {@code .surgalt-bundle} holds: {@code bundle.json} (this record) and each file under
 * {@code blobs/<sha256>}, once however many versions use it. A version is written as
 * {@link CourseContent}, the representation the course feature reads every published version as,
 * so the bundle carries what learners read and nothing a second format would have to keep in step.
 */
record BundleFile(int format, Instant createdAt, String source, List<Course> courses, List<Blob> blobs) {

    static final int FORMAT = 1;
    static final String MANIFEST = "bundle.json";
    static final String BLOBS = "blobs/";
    static final String SUFFIX = ".surgalt-bundle";
    static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /**
     * {@code versions}: oldest first, each as learners read it on the source; {@code extras}: its quiz
     * and assignment settings now (absent in bundles made before they travelled).
     */
    record Course(String code, String language, LocalizedText title, String attribution,
            List<CourseContent> versions, CourseExtras extras) {
    }

    record Blob(String sha256, long size, String mediaType) {
    }

    /**
     * Fields, not accessors: {@link LocalizedText} has no bean getters, and {@link CourseContent}'s
     * derived {@code isDraft()} is no part of the content. Records still use their canonical constructors.
     */
    static ObjectMapper mapper(ObjectMapper base) {
        return base.copy()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
    }
}
