package org.surgalt.cartridge.export;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.Item;
import org.surgalt.course.ItemKind;
import org.surgalt.web.MarkdownRenderer;

/**
 * Where everything goes in the cartridge, decided before the archive is written: each item's
 * resource (its Common Cartridge type, its files, the files its text links to) and every file once,
 * under {@code web_resources/} by its name (the name lessons link by). Lesson and assignment texts
 * are rendered here, their links to files made relative ({@code ../web_resources/...}: every
 * document sits one folder deep), which is also how the dependencies are known.
 */
final class CartridgeLayout {

    static final String WEBCONTENT = "webcontent";
    static final String WEBLINK = "imswl_xmlv1p3";
    static final String LTI = "imsbasiclti_xmlv1p3";
    static final String ASSIGNMENT = "assignment_xmlv1p0";
    static final String ASSESSMENT = "imsqti_xmlv1p2/imscc_xmlv1p3/assessment";
    static final String SUPPORT = "associatedcontent/imscc_xmlv1p3/learning-application-resource";
    static final String RUBRICS = "course_settings/rubrics.xml";
    private static final String FILES = "web_resources/";

    /** A stored file in the archive; {@code owner}: the resource that declares it. */
    record File(String path, Item.AttachedFile file, String owner) {
    }

    /** {@code document}: the page or assignment text rendered as HTML (null for other kinds). */
    record Resource(String identifier, String type, String href, List<String> files, Set<String> dependencies,
            ItemContent item, String document) {
    }

    private final ExportSource source;
    private final MarkdownRenderer renderer;
    private final Map<String, File> files = new LinkedHashMap<>();
    private final Map<String, String> pathByName = new LinkedHashMap<>();
    private final Map<Long, Resource> resources = new LinkedHashMap<>();
    private final List<Resource> lessonFiles = new ArrayList<>();

    CartridgeLayout(ExportSource source, MarkdownRenderer renderer) {
        this.source = source;
        this.renderer = renderer;
        // The lesson files first: a lesson's name resolves to one of them before an item's file (LessonLinks).
        int n = 0;
        for (Item.AttachedFile asset : source.content().assets().values()) {
            String id = "F_" + (++n);
            File file = place(asset, id);
            if (file.owner().equals(id)) {
                lessonFiles.add(new Resource(id, WEBCONTENT, file.path(), List.of(file.path()), Set.of(), null, null));
            }
        }
        source.content().items().filter(item -> item.file() != null && carriesFile(item))
                .forEach(item -> place(item.file(), resourceId(item)));
        source.content().items().forEach(item -> resources.put(item.id(), resource(item)));
    }

    static String resourceId(ItemContent item) {
        return "R_" + item.id();
    }

    Map<String, File> files() {
        return files;
    }

    /** The item's resource; null for an item the cartridge leaves out (none yet). */
    Resource of(ItemContent item) {
        return resources.get(item.id());
    }

    /** Every resource in manifest order: the items', then the lesson files no item carries. */
    List<Resource> resources() {
        List<Resource> all = new ArrayList<>(resources.values());
        all.addAll(lessonFiles);
        return all;
    }

    boolean hasRubrics() {
        return source.assignments().values().stream().anyMatch(grading -> !grading.rubric().isEmpty());
    }

    private static boolean carriesFile(ItemContent item) {
        return item.kind() == ItemKind.FILE || item.kind() == ItemKind.VIDEO || item.kind() == ItemKind.PACKAGE;
    }

    private Resource resource(ItemContent item) {
        String id = resourceId(item);
        String folder = id + "/";
        return switch (item.kind()) {
            case PAGE, SESSION -> page(item, "pages/" + item.id() + ".html", WEBCONTENT);
            case ASSIGNMENT -> page(item, folder + "assignment.xml", ASSIGNMENT);
            case QUIZ -> new Resource(id, ASSESSMENT, null, List.of(folder + "assessment.xml"), Set.of(), item, null);
            case LTI -> new Resource(id, LTI, null, List.of(folder + "basiclti.xml"), Set.of(), item, null);
            case LINK -> new Resource(id, WEBLINK, null, List.of(folder + "weblink.xml"), Set.of(), item, null);
            case FILE, VIDEO, PACKAGE -> item.file() != null ? fileResource(item)
                    : item.url() != null ? new Resource(id, WEBLINK, null, List.of(folder + "weblink.xml"), Set.of(),
                            item, null) : null;
        };
    }

    private Resource fileResource(ItemContent item) {
        File file = files.values().stream().filter(f -> f.file().equals(item.file())).findFirst().orElseThrow();
        Set<String> dependencies = file.owner().equals(resourceId(item)) ? Set.of() : Set.of(file.owner());
        return new Resource(resourceId(item), WEBCONTENT, file.path(), List.of(file.path()), dependencies, item, null);
    }

    /** A lesson page (its own HTML file) or an assignment (its text inside the assignment's XML). */
    private Resource page(ItemContent item, String path, String type) {
        Set<String> used = new LinkedHashSet<>();
        String html = renderer.render(source.text(item.body()), name -> link(name, used)).toString();
        Set<String> dependencies = new LinkedHashSet<>();
        used.forEach(p -> dependencies.add(files.get(p).owner()));
        dependencies.remove(resourceId(item));
        return new Resource(resourceId(item), type, WEBCONTENT.equals(type) ? path : null, List.of(path),
                dependencies, item, html);
    }

    /** A lesson's relative address to a file of the version, as the cartridge's relative path; else as it was. */
    private String link(String address, Set<String> used) {
        String name;
        try {
            name = URLDecoder.decode(address.replaceAll("[?#].*$", ""), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return address;
        }
        String path = pathByName.get(name);
        if (path == null) {
            return address;
        }
        used.add(path);
        StringBuilder relative = new StringBuilder("..");
        for (String segment : path.split("/")) {
            relative.append('/').append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return relative.toString();
    }

    /** The file's place: the one it has already, else {@code web_resources/<name>}, in a numbered folder when that is taken. */
    private File place(Item.AttachedFile file, String owner) {
        for (File placed : files.values()) {
            if (placed.file().sha256().equals(file.sha256()) && placed.file().filename().equals(file.filename())) {
                return placed;
            }
        }
        String name = safeName(file.filename());
        String path = FILES + name;
        for (int n = 2; files.containsKey(path); n++) {
            path = FILES + n + "/" + name;
        }
        File placed = new File(path, file, owner);
        files.put(path, placed);
        pathByName.putIfAbsent(file.filename(), path);
        return placed;
    }

    /** A file name as one path segment of the archive: no separators, no control characters. */
    static String safeName(String filename) {
        String name = filename == null ? "" : filename.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "file" : name;
    }
}
