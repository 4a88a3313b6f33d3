package org.surgalt.cartridge.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.surgalt.assignment.Assignment;
import org.surgalt.assignment.AssignmentService;
import org.surgalt.content.AssetStore;
import org.surgalt.course.Course;
import org.surgalt.course.CourseAccess;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseService;
import org.surgalt.course.ItemKind;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.quiz.QuestionContent;
import org.surgalt.lti.LtiLinkService;
import org.surgalt.quiz.QuizService;
import org.surgalt.web.MarkdownRenderer;

/**
 * Exports a published version of a course as a Common Cartridge 1.3, for the course's authors and
 * site admins ({@link CourseAccess#canEdit}). {@link #prepare} reads and checks everything in one
 * transaction, so a refusal (no such course or version, not an author) is an ordinary error before
 * the download starts; {@link #write} then streams the archive without the database.
 */
@ApplicationScoped
public class CartridgeExportService {

    /** A version ready to be written; {@code filename}: what the download is called. */
    public record Prepared(String filename, ExportSource source, CartridgeLayout layout) {
    }

    private final CourseService courses;
    private final CourseAccess access;
    private final AssignmentService assignments;
    private final QuizService quizzes;
    private final AssetStore assets;
    private final MarkdownRenderer renderer;
    private final LtiLinkService ltiLinks;

    CartridgeExportService(CourseService courses, CourseAccess access, AssignmentService assignments,
            QuizService quizzes, AssetStore assets, MarkdownRenderer renderer, LtiLinkService ltiLinks) {
        this.ltiLinks = ltiLinks;
        this.courses = courses;
        this.access = access;
        this.assignments = assignments;
        this.quizzes = quizzes;
        this.assets = assets;
        this.renderer = renderer;
    }

    public boolean mayExport(Viewer viewer, Course course) {
        return access.canEdit(viewer, course);
    }

    @Transactional
    public Prepared prepare(Viewer viewer, String code, String number) {
        return prepare(viewer, courses.courseByCode(code), number);
    }

    @Transactional
    public Prepared prepare(Viewer viewer, long courseId, String number) {
        return prepare(viewer, courses.course(courseId), number);
    }

    private Prepared prepare(Viewer viewer, Course course, String number) {
        access.requireCanEdit(viewer, course);
        int version;
        try {
            version = Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw DomainException.invalid("version", "must be the number of a published version");
        }
        // Only published versions: a draft is not a course another system should receive.
        CourseContent content = courses.content(viewer, course, Integer.toString(version));
        Map<Long, ExportSource.Grading> gradings = new HashMap<>();
        Map<Long, List<QuestionContent>> pools = new HashMap<>();
        Map<Long, Map<String, String>> custom = new HashMap<>();
        for (ItemContent item : content.items().toList()) {
            if (item.kind() == ItemKind.ASSIGNMENT) {
                Assignment settings = assignments.settings(course.id(), item.id());
                gradings.put(item.id(), new ExportSource.Grading(settings.maxPoints(), settings.rubric().stream()
                        .map(criterion -> new Assignment.NewCriterion(criterion.title(), criterion.description(),
                                criterion.levels().stream().map(level -> new Assignment.NewLevel(level.title(),
                                        level.points())).toList()))
                        .toList()));
            } else if (item.kind() == ItemKind.QUIZ) {
                pools.put(item.id(), quizzes.pool(viewer, course, item.id()));
            } else if (item.kind() == ItemKind.LTI && item.url() != null) {
                custom.put(item.id(), ltiLinks.customOf(viewer, course, item.id(), item.url()));
            }
        }
        // ASCII, so that every browser keeps it.
        String filename = course.code().replaceAll("[^A-Za-z0-9._-]", "_") + "-v" + version + ".imscc";
        ExportSource source = new ExportSource(content, Map.copyOf(gradings), Map.copyOf(pools), Map.copyOf(custom));
        return new Prepared(filename, source, new CartridgeLayout(source, renderer));
    }

    /** Streams the cartridge; nothing here reads the database. */
    public void write(Prepared prepared, OutputStream out) throws IOException {
        new CartridgePackage(prepared.source(), prepared.layout(), assets).write(out);
    }
}
