package org.surgalt.node.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.surgalt.authoring.PublishedContent;
import org.surgalt.content.AssetStore;
import org.surgalt.course.Course;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseService;
import org.surgalt.identity.AuditLog;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * The national side's export: the chosen published versions and the files they use, as a ZIP that
 * is written while it is sent. Only {@code bundle.json} is held in memory; each file is copied
 * from the asset store entry by entry, and a file two versions share is written once.
 */
@ApplicationScoped
public class BundleExportService {

    /** What to write: the manifest, and the files in the order it lists them. */
    public record Plan(BundleFile manifest, String filename) {
    }

    private final CourseService courses;
    private final PublishedContent published;
    private final AssetStore assets;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final CourseSettingsCopy settings;

    BundleExportService(CourseService courses, PublishedContent published, AssetStore assets, ObjectMapper json,
            AuditLog audit, CourseSettingsCopy settings) {
        this.settings = settings;
        this.courses = courses;
        this.published = published;
        this.assets = assets;
        this.json = BundleFile.mapper(json);
        this.audit = audit;
    }

    static void requireAdmin(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw DomainException.forbidden("Only site admins export and import content bundles.");
        }
    }

    /**
     * {@code choices}: course codes, each for its current version, or {@code code@number} for that
     * published version; several choices of one course give several versions.
     */
    @Transactional
    public Plan plan(Viewer viewer, List<String> choices, String source) {
        requireAdmin(viewer);
        Map<String, Map<Integer, CourseContent>> chosen = new LinkedHashMap<>();
        Map<String, Course> byCode = new LinkedHashMap<>();
        for (String choice : choices == null ? List.<String>of() : choices) {
            for (String part : choice.split("[\\s,]+")) {
                if (!part.isBlank()) {
                    choose(part.strip(), byCode, chosen);
                }
            }
        }
        if (chosen.isEmpty()) {
            throw DomainException.invalid("course", "is required: the code of at least one published course");
        }
        Map<String, BundleFile.Blob> blobs = new LinkedHashMap<>();
        List<BundleFile.Course> bundled = new ArrayList<>();
        chosen.forEach((code, versions) -> {
            Course course = byCode.get(code);
            List<CourseContent> contents = versions.keySet().stream().sorted().map(versions::get).toList();
            contents.forEach(content -> VersionPayload.files(content).forEach(file -> blobs.computeIfAbsent(file.sha256(),
                    sha -> new BundleFile.Blob(sha, size(sha), file.mediaType()))));
            bundled.add(new BundleFile.Course(code, course.language(), course.title(), course.attribution(), contents,
                    settings.read(contents.get(contents.size() - 1))));
            audit.record(AuditLog.by(viewer, "bundle.export").object("course", course.id())
                    .after(Map.of("versions", List.copyOf(versions.keySet()))));
        });
        BundleFile manifest = new BundleFile(BundleFile.FORMAT, Instant.now(), source, bundled,
                List.copyOf(blobs.values()));
        String name = chosen.size() == 1 ? chosen.keySet().iterator().next() : "courses-" + chosen.size();
        return new Plan(manifest, name + BundleFile.SUFFIX);
    }

    /** Writes the bundle; nothing of the database is read here, so no transaction stays open meanwhile. */
    public void write(Plan plan, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry(BundleFile.MANIFEST));
        zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(plan.manifest()));
        zip.closeEntry();
        for (BundleFile.Blob blob : plan.manifest().blobs()) {
            zip.putNextEntry(new ZipEntry(BundleFile.BLOBS + blob.sha256()));
            try (InputStream in = assets.open(blob.sha256())) {
                in.transferTo(zip);
            }
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    private void choose(String choice, Map<String, Course> byCode, Map<String, Map<Integer, CourseContent>> chosen) {
        int at = choice.indexOf('@');
        String code = at < 0 ? choice : choice.substring(0, at);
        Course course = byCode.computeIfAbsent(code, this::course);
        CourseContent content;
        if (at < 0) {
            content = published.current(course).orElseThrow(() ->
                    DomainException.invalid("course", "is not the code of a published course here: " + code));
        } else {
            content = number(choice.substring(at + 1)).filter(n -> course.publishedVersion().map(p -> n <= p)
                    .orElse(false)).map(n -> published.version(course, n)).orElseThrow(() ->
                    DomainException.invalid("course", "names a version that was not published: " + choice));
        }
        chosen.computeIfAbsent(code, c -> new LinkedHashMap<>()).put(content.version(), content);
    }

    private Course course(String code) {
        try {
            return courses.courseByCode(code);
        } catch (DomainException notFound) {
            throw DomainException.invalid("course", "is not the code of a published course here: " + code);
        }
    }

    private static java.util.Optional<Integer> number(String text) {
        try {
            int n = Integer.parseInt(text);
            return n > 0 ? java.util.Optional.of(n) : java.util.Optional.empty();
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private long size(String sha256) {
        try {
            return assets.size(sha256);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
