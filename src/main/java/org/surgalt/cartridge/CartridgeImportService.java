package org.surgalt.cartridge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.surgalt.authoring.DraftService;
import org.surgalt.content.AssetStore;
import org.surgalt.content.FileKind;
import org.surgalt.content.Upload;
import org.surgalt.content.UploadService;
import org.surgalt.course.Course;
import org.surgalt.course.CourseAccess;
import org.surgalt.course.CourseService;
import org.surgalt.identity.Viewer;
import org.surgalt.lti.LtiLinkService;
import org.surgalt.platform.DomainException;
import org.surgalt.web.MarkdownRenderer;

/**
 * Imports a Common Cartridge that the upload pipeline accepted (its limits, its hostile-archive and
 * safe-XML checks) into a new draft course of the author's (or the next draft version of a course
 * they edit), and keeps the report of what became of
 * each resource. The cartridge's files are stored first, each as an upload of the author's that
 * inspection checks like any other (type from the bytes, text extracted); then the course is written
 * in one transaction ({@link CartridgeWriter}). Not transactional itself: uploads commit on their own.
 */
@ApplicationScoped
public class CartridgeImportService {

    /** What an import made; {@code importId}: its report. */
    public record Imported(long importId, long courseId, String code, int modules, int items, int threads,
            int skipped) {
    }

    /** A report as its author reads it: the course it made (its code; null once the course is gone) and the lines. */
    public record Report(long id, long courseId, String courseCode, String filename, Instant createdAt,
            List<ReportLine> lines) {
    }

    private final UploadService uploads;
    private final AssetStore assets;
    private final CourseAccess access;
    private final CourseService courses;
    private final MarkdownRenderer renderer;
    private final CartridgeWriter writer;
    private final CartridgeImportRepository reports;
    private final ObjectMapper json;
    private final DraftService drafts;
    private final LtiLinkService ltiLinks;

    CartridgeImportService(UploadService uploads, AssetStore assets, CourseAccess access, CourseService courses,
            MarkdownRenderer renderer, CartridgeWriter writer, CartridgeImportRepository reports, ObjectMapper json,
            DraftService drafts, LtiLinkService ltiLinks) {
        this.drafts = drafts;
        this.ltiLinks = ltiLinks;
        this.uploads = uploads;
        this.assets = assets;
        this.access = access;
        this.courses = courses;
        this.renderer = renderer;
        this.writer = writer;
        this.reports = reports;
        this.json = json;
    }

    public void requireMayImport(Viewer viewer) {
        access.requireCanCreate(viewer);
    }

    /** {@code uploadId}: the author's accepted package upload of a .imscc. */
    public Imported importUpload(Viewer viewer, String uploadId) {
        return importUpload(viewer, uploadId, null);
    }

    /**
     * As above; {@code courseCode}, when given, names a course the viewer may edit whose next draft
     * version the cartridge becomes (refused while its draft is in review or holds unpublished changes).
     * Everything that can refuse is checked before the cartridge's files are stored, and again as it is written.
     */
    public Imported importUpload(Viewer viewer, String uploadId, String courseCode) {
        requireMayImport(viewer);
        Long into = courseCode == null || courseCode.isBlank() ? null : editableCourse(viewer, courseCode.strip());
        if (uploadId == null || uploadId.isBlank()) {
            throw DomainException.invalid("upload", "is required: the id of an uploaded Common Cartridge (.imscc)");
        }
        UploadService.ReadyUpload ready = uploads.ready(viewer, uploadId.strip(), FileKind.PACKAGE);
        if (into != null) {
            drafts.requireReplaceable(viewer, into);
        }
        Plan plan;
        try {
            plan = assets.withLocalFile(ready.sha256(), file -> plan(viewer, file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return writer.write(viewer, ready.filename(), plan, into);
    }

    /** The courses the viewer may import into (those they may edit), by code. */
    @Transactional
    public List<Course> importableCourses(Viewer viewer) {
        return courses.authoredOrReviewedBy(viewer).stream().filter(course -> access.canEdit(viewer, course)).toList();
    }

    // A course that does not exist and one the viewer may not edit are refused alike: the form offers neither.
    private long editableCourse(Viewer viewer, String code) {
        Course course;
        try {
            course = courses.courseByCode(code);
        } catch (DomainException notFound) {
            course = null;
        }
        if (course == null || !access.canEdit(viewer, course)) {
            throw DomainException.invalid("course", "is not a course you may edit; choose one of yours or a new course");
        }
        return course.id();
    }

    private Plan plan(Viewer viewer, Path file) throws IOException {
        try (CartridgeArchive archive = new CartridgeArchive(file)) {
            byte[] manifest = archive.read("imsmanifest.xml", CartridgeArchive.MAX_XML_BYTES).orElseThrow(() ->
                    DomainException.invalid("upload", "has no imsmanifest.xml at its root, so it is no Common Cartridge"));
            Cartridge cartridge = CartridgeManifest.read(manifest);
            return new Planner(archive, cartridge, renderer, path -> store(viewer, archive, path),
                    ltiLinks::toolServing).plan();
        }
    }

    /** The archive's file as an upload of the author's, inspected as every upload is; null when too large. */
    private String store(Viewer viewer, CartridgeArchive archive, String path) {
        Path temp = null;
        try {
            temp = Files.createTempFile("cartridge-", ".part");
            if (!archive.copy(path, temp, uploads.maxSize())) {
                return null;
            }
            long length = Files.size(temp);
            Upload upload = uploads.create(viewer, length, Planner.name(path), null, FileKind.FILE);
            if (length > 0) {
                try (InputStream in = Files.newInputStream(temp)) {
                    uploads.append(viewer, upload.id(), 0, in);
                }
            }
            return upload.id();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a temporary file; the system's cleanup takes it
                }
            }
        }
    }

    /** An import's report, for its author only (anyone else: not found). */
    @Transactional
    public Report report(Viewer viewer, long importId) {
        CartridgeImport found = reports.findByIdOptional(importId).filter(r -> r.authorId() == viewer.userId())
                .orElseThrow(() -> DomainException.notFound("import report", importId));
        String code = courses.authoredOrReviewedBy(viewer).stream().filter(c -> c.id() == found.courseId())
                .map(Course::code).findFirst().orElse(null);
        return new Report(found.id(), found.courseId(), code, found.filename(), found.createdAt(), read(found));
    }

    /** The latest import that made this course, when the viewer ran it: the draft links to its report. */
    @Transactional
    public Optional<Long> reportOf(Viewer viewer, long courseId) {
        return reports.latestOf(courseId).filter(r -> r.authorId() == viewer.userId()).map(CartridgeImport::id);
    }

    private List<ReportLine> read(CartridgeImport report) {
        try {
            return json.readValue(report.lines(), new TypeReference<List<ReportLine>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
