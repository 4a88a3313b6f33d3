package org.surgalt.node.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.surgalt.authoring.PublishedContent;
import org.surgalt.content.AssetStore;
import org.surgalt.course.Course;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseService;
import org.surgalt.course.Item;
import org.surgalt.node.NodeCaller;
import org.surgalt.node.NodeScopeService;
import org.surgalt.node.bundle.CourseExtras;
import org.surgalt.node.bundle.CourseSettingsCopy;
import org.surgalt.node.bundle.VersionFingerprint;
import org.surgalt.node.bundle.VersionPayload;
import org.surgalt.platform.DomainException;

/**
 * The national side of content going down to a node: the current published versions of the courses
 * its scope uses ({@link NodeScopeService}: courses of cohorts that the node's people belong to), one
 * version's content, and the files those versions use. Anything else is refused: a course outside the
 * scope (403), a file no version in scope uses (403), what does not exist (404).
 */
@ApplicationScoped
public class NodeCatalogService {

    /** A file a version uses; {@code size} lets the node count what it still has to fetch. */
    public record Blob(String sha256, long size, String mediaType) {
    }

    /**
     * One course's current version: {@code fingerprint} as {@link VersionFingerprint#sha256}; {@code
     * settings}: the SHA-256 of its quiz and assignment settings, which change without a new version.
     */
    public record Entry(String code, long courseId, int version, String fingerprint, String settings,
            List<Blob> files) {
    }

    private final NodeScopeService scopes;
    private final CourseService courses;
    private final PublishedContent published;
    private final CourseSettingsCopy settings;
    private final AssetStore assets;
    private final ObjectMapper json;

    NodeCatalogService(NodeScopeService scopes, CourseService courses, PublishedContent published,
            CourseSettingsCopy settings, AssetStore assets, ObjectMapper json) {
        this.scopes = scopes;
        this.courses = courses;
        this.published = published;
        this.settings = settings;
        this.assets = assets;
        this.json = VersionPayload.mapper(json);
    }

    @Transactional
    public List<Entry> catalog(NodeCaller caller) {
        List<Entry> entries = new ArrayList<>();
        for (CourseContent version : currentVersions(caller)) {
            List<Blob> files = VersionPayload.files(version).stream()
                    .map(file -> new Blob(file.sha256(), size(file.sha256()), file.mediaType())).toList();
            entries.add(new Entry(version.code(), version.courseId(), version.version(),
                    VersionFingerprint.sha256(version), settingsHash(settings.read(version)), files));
        }
        return entries;
    }

    /** One published version of a course in scope, as JSON (a bundle's representation). */
    @Transactional
    public byte[] version(NodeCaller caller, String code, int number) {
        Course course = inScope(caller, code);
        if (number < 1 || course.publishedVersion().map(current -> number > current).orElse(true)) {
            throw DomainException.notFound("version", code + " " + number);
        }
        CourseContent content = published.version(course, number);
        try {
            return json.writeValueAsBytes(new VersionPayload(content, settings.read(content)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a version is JSON", e);
        }
    }

    /** The file, when a current version in the node's scope uses it; the caller streams it from the store. */
    @Transactional
    public Item.AttachedFile file(NodeCaller caller, String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}") || !assets.exists(sha256)) {
            throw DomainException.notFound("file", sha256);
        }
        return currentVersions(caller).stream().flatMap(version -> VersionPayload.files(version).stream())
                .filter(file -> file.sha256().equals(sha256)).findFirst()
                .map(file -> new Item.AttachedFile(sha256, sha256, "application/octet-stream"))
                .orElseThrow(() -> DomainException.forbidden("No course version in the node's scope uses this file."));
    }

    private List<CourseContent> currentVersions(NodeCaller caller) {
        List<CourseContent> versions = new ArrayList<>();
        for (String code : codes(caller)) {
            published.current(courses.courseByCode(code)).ifPresent(versions::add);
        }
        return versions;
    }

    private Course inScope(NodeCaller caller, String code) {
        Course course = courses.courseByCode(code); // 404 when there is none
        if (!codes(caller).contains(code)) {
            throw DomainException.forbidden("No cohort of the node's school uses this course.");
        }
        return course;
    }

    private java.util.SortedSet<String> codes(NodeCaller caller) {
        return scopes.courseCodes(caller);
    }

    private String settingsHash(CourseExtras extras) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(extras)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private long size(String sha256) {
        try {
            return assets.size(sha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
