package org.surgalt.cmi5;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.surgalt.authoring.DraftService;
import org.surgalt.cmi5.Structure.Au;
import org.surgalt.cmi5.Structure.AuNode;
import org.surgalt.cmi5.Structure.Block;
import org.surgalt.cmi5.Structure.BlockNode;
import org.surgalt.cmi5.Structure.Node;
import org.surgalt.content.AssetStore;
import org.surgalt.content.Cmi5Alone;
import org.surgalt.content.FileKind;
import org.surgalt.content.UploadService;
import org.surgalt.course.Completion;
import org.surgalt.course.Course;
import org.surgalt.course.CourseAccess;
import org.surgalt.course.CourseModule;
import org.surgalt.course.CourseService;
import org.surgalt.course.Item;
import org.surgalt.course.ItemKind;
import org.surgalt.course.NewCourse;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.LocalizedText;

/**
 * Makes a cmi5 course structure into a course draft: a new course of the author's, or a new draft
 * of a course they author (its modules are replaced; published versions keep theirs).
 *
 * <p>Blocks become modules, flattened: every block (and the course itself) that holds AUs of its
 * own becomes one module, titled with the path of block titles ("Unit 1 › Rocks"), in the order
 * of its first AU in cmi5.xml; a block holding only blocks gives no module of its own. The nesting
 * is not lost: it is kept with the import and decides when a block is satisfied. Each AU becomes a
 * package item that launches it (its attributes and objectives on cmi5_au), complete once the AU
 * is satisfied; an AU whose moveOn is NotApplicable is optional, since nothing the learner does
 * changes it.
 */
@ApplicationScoped
public class ImportService {

    static final int MAX_XML_BYTES = 16 << 20;
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CourseService courses;
    private final CourseAccess access;
    private final DraftService drafts;
    private final UploadService uploads;
    private final AssetStore assets;
    private final Cmi5Store store;
    private final ObjectMapper json;

    ImportService(CourseService courses, CourseAccess access, DraftService drafts, UploadService uploads,
            AssetStore assets, Cmi5Store store, ObjectMapper json) {
        this.courses = courses;
        this.access = access;
        this.drafts = drafts;
        this.uploads = uploads;
        this.assets = assets;
        this.store = store;
        this.json = json;
    }

    /** What an import made: the course, and how many modules and AU items its draft now has. */
    public record Imported(long courseId, String code, int modules, int aus) {
    }

    /** A {@code cmi5.xml} uploaded on its own: every AU must be at an absolute URL. */
    @Transactional
    public Imported importXml(Viewer viewer, Long courseId, byte[] xml) {
        requireMayImport(viewer, courseId);
        if (xml.length > MAX_XML_BYTES) {
            throw DomainException.invalid("file", "is larger than 16 MiB, the most a cmi5.xml may be");
        }
        // The pipeline's reasons first, except that a relative URL says more here than "not in the package".
        Cmi5Alone.problem(xml).filter(problem -> !problem.startsWith("The launch file ")).ifPresent(problem -> {
            throw DomainException.invalid("file", problem);
        });
        Structure structure = Structure.read(xml);
        for (Au au : structure.aus()) {
            if (!SCHEME.matcher(au.url()).matches()) {
                throw DomainException.invalid("file", "A cmi5.xml on its own can launch only AUs at absolute URLs, and"
                        + " the AU '" + au.publisherId() + "' has the relative url '" + au.url()
                        + "': upload a ZIP with cmi5.xml and the AU's files");
            }
        }
        return create(viewer, courseId, structure, null);
    }

    /** A ZIP with cmi5.xml at its root, uploaded and accepted by the upload pipeline. */
    @Transactional
    public Imported importUpload(Viewer viewer, Long courseId, String uploadId) {
        requireMayImport(viewer, courseId);
        if (uploadId == null || uploadId.isBlank()) {
            throw DomainException.invalid("upload", "is required: the id of an uploaded ZIP with cmi5.xml");
        }
        UploadService.ReadyUpload ready = uploads.ready(viewer, uploadId.strip(), FileKind.PACKAGE);
        byte[] xml;
        try {
            xml = assets.withLocalFile(ready.sha256(), ImportService::cmi5Xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (xml == null) {
            throw DomainException.invalid("upload", "has no cmi5.xml at its root, so it is no cmi5 course");
        }
        return create(viewer, courseId, Structure.read(xml), ready);
    }

    /** Who may import at all: someone who creates courses, or authors one to import into. */
    public boolean mayImport(Viewer viewer) {
        return viewer.isAdmin() || viewer.hasAnywhere(org.surgalt.identity.Role.AUTHOR);
    }

    private void requireMayImport(Viewer viewer, Long courseId) {
        if (courseId == null) {
            access.requireCanCreate(viewer);
        } else {
            Course course = courses.course(courseId);
            access.requireCanEdit(viewer, course);
            course.requireEditable();
        }
    }

    private static byte[] cmi5Xml(java.nio.file.Path zipPath) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(zipPath).get()) {
            ZipArchiveEntry entry = zip.getEntry(Structure.CMI5);
            if (entry == null) {
                return null;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                byte[] bytes = in.readNBytes(MAX_XML_BYTES + 1);
                if (bytes.length > MAX_XML_BYTES) {
                    throw DomainException.invalid("file", "is larger than 16 MiB, the most a cmi5.xml may be");
                }
                return bytes;
            }
        }
    }

    private Imported create(Viewer viewer, Long courseId, Structure structure, UploadService.ReadyUpload zip) {
        Map<Block, List<Au>> modules = new LinkedHashMap<>();
        Map<Block, LocalizedText> titles = new LinkedHashMap<>();
        flatten(structure.root(), structure.title(), modules, titles);
        Course course;
        if (courseId == null) {
            List<NewCourse.NewModule> newModules = new ArrayList<>();
            modules.forEach((block, aus) -> newModules.add(new NewCourse.NewModule(titles.get(block),
                    aus.stream().map(ImportService::newItem).toList())));
            course = courses.create(viewer, new NewCourse(code(structure.title()), language(structure.title()),
                    shorten(structure.title()), structure.description().within("description", 20_000), null,
                    newModules));
        } else {
            course = courses.course(courseId);
            for (CourseModule old : List.copyOf(course.modules())) {
                drafts.deleteModule(viewer, courseId, old.id());
            }
            for (Map.Entry<Block, List<Au>> entry : modules.entrySet()) {
                CourseModule module = courses.addModule(viewer, courseId, titles.get(entry.getKey()));
                for (Au au : entry.getValue()) {
                    courses.addItem(viewer, courseId, module.id(), newItem(au));
                }
            }
        }
        List<Item> items = course.modules().stream().flatMap(module -> module.items().stream()).toList();
        List<Au> ordered = modules.values().stream().flatMap(List::stream).toList();
        long cmi5Course = store.insertCourse(course.id(), structure.publisherId(), zip == null ? null : zip.sha256(),
                write(structure.tree()), viewer.userId());
        List<Cmi5Store.NewAu> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Au au = ordered.get(i);
            boolean optional = "NotApplicable".equals(au.moveOn());
            item.edit(item.version(), item.title(), item.body(), null, Completion.COMPLETED, null, !optional);
            if (zip != null) {
                item.attach(new Item.AttachedFile(zip.sha256(), zip.filename(), zip.mediaType()));
            }
            rows.add(new Cmi5Store.NewAu(item.id(), au.index(), au.publisherId(), au.url(), au.moveOn(),
                    au.masteryScore(), au.launchMethod(), au.launchParameters(), au.entitlementKey(),
                    au.activityType(), write(au.objectives())));
        }
        store.insertAus(cmi5Course, rows);
        return new Imported(course.id(), course.code(), modules.size(), rows.size());
    }

    private static void flatten(Block block, LocalizedText path, Map<Block, List<Au>> modules,
            Map<Block, LocalizedText> titles) {
        for (Node node : block.children()) {
            if (node instanceof AuNode au) {
                modules.computeIfAbsent(block, b -> new ArrayList<>()).add(au.au());
                titles.putIfAbsent(block, shorten(path));
            } else if (node instanceof BlockNode nested) {
                Block inner = nested.block();
                LocalizedText title = inner.title().isEmpty() ? LocalizedText.of(inner.publisherId(), null) : inner.title();
                flatten(inner, block.index() < 0 ? title : join(path, title), modules, titles);
            }
        }
    }

    private static LocalizedText join(LocalizedText outer, LocalizedText inner) {
        return LocalizedText.of(pick(outer.en(), outer.mn()) + " › " + pick(inner.en(), inner.mn()),
                outer.mn() == null && inner.mn() == null ? null
                        : pick(outer.mn(), outer.en()) + " › " + pick(inner.mn(), inner.en()));
    }

    private static String pick(String first, String second) {
        return first != null ? first : second;
    }

    private static NewCourse.NewItem newItem(Au au) {
        return new NewCourse.NewItem(ItemKind.PACKAGE, shorten(au.title()), au.description(), null);
    }

    private static LocalizedText shorten(LocalizedText text) {
        return LocalizedText.of(cut(text.en()), cut(text.mn()));
    }

    private static String cut(String value) {
        return value == null || value.length() <= 255 ? value : value.substring(0, 254) + "…";
    }

    private static String language(LocalizedText title) {
        return title.en() == null && title.mn() != null ? "mn" : "en";
    }

    /** A code from the title's Latin letters and digits, made unique by a random ending. */
    private String code(LocalizedText title) {
        String base = pick(title.en(), "cmi5").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (base.length() > 50) {
            base = base.substring(0, 50).replaceAll("-+$", "");
        }
        if (base.length() < 2) {
            base = "cmi5";
        }
        String code;
        do {
            code = base + "-" + Long.toString(RANDOM.nextLong(36L * 36 * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36 * 36),
                    36);
        } while (exists(code));
        return code;
    }

    private boolean exists(String code) {
        try {
            courses.courseByCode(code);
            return true;
        } catch (DomainException notFound) {
            return false;
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
