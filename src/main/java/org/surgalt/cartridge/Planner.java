package org.surgalt.cartridge;

import static org.surgalt.content.ManifestXml.attribute;
import static org.surgalt.content.ManifestXml.child;
import static org.surgalt.content.ManifestXml.children;
import static org.surgalt.content.ManifestXml.text;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.surgalt.cartridge.ReportLine.Note;
import org.surgalt.cartridge.ReportLine.Outcome;
import org.surgalt.course.Item;
import org.surgalt.course.ItemKind;
import org.surgalt.platform.SafeXml;
import org.surgalt.web.MarkdownRenderer;
import org.w3c.dom.Element;

/**
 * Decides what each resource of a cartridge becomes ({@link Plan}), in the order of its
 * organisation, then the resources it leaves out (Canvas exports pages, files and discussions that
 * no module shows) in a last module. Files are stored as uploads as they are met ({@code upload}:
 * an archive path to the id of the upload made of it, null when it is too large).
 */
final class Planner {

    static final String MORE_EN = "More from the cartridge";
    static final String MORE_MN = "Багцын бусад агуулга";
    private static final int MAX_POST = 20_000;

    private final CartridgeArchive archive;
    private final Cartridge cartridge;
    private final Function<String, String> upload;
    private final PageHtml html;
    private final Assignments assignments;
    private final LtiLinks ltiLinks;
    private final Plan plan;
    private final Map<String, Plan.Item> files = new HashMap<>();
    private final Map<String, String> fileModules = new HashMap<>();
    private final Set<String> declared = new HashSet<>();
    private final Plan.Module more;

    /** {@code toolServing}: a basic LTI link's address to the name of the registered tool that would launch it. */
    Planner(CartridgeArchive archive, Cartridge cartridge, MarkdownRenderer renderer, Function<String, String> upload,
            Function<String, Optional<String>> toolServing) {
        this.ltiLinks = new LtiLinks(toolServing);
        this.archive = archive;
        this.cartridge = cartridge;
        this.upload = upload;
        this.html = new PageHtml(renderer, this::linkedFile);
        this.assignments = new Assignments(archive);
        this.plan = new Plan(cut(cartridge.title()), cartridge.language());
        this.more = new Plan.Module("mn".equals(cartridge.language()) ? MORE_MN : MORE_EN);
        cartridge.resources().values().forEach(r -> declared.add(r.href()));
    }

    Plan plan() throws IOException {
        Set<String> used = new HashSet<>();
        for (Cartridge.Module module : cartridge.modules()) {
            Plan.Module into = new Plan.Module(cut(module.title()));
            plan.modules.add(into);
            for (Cartridge.Entry entry : module.entries()) {
                Cartridge.Resource resource = entry.ref().isEmpty() ? null : cartridge.resources().get(entry.ref());
                if (entry.ref().isEmpty()) {
                    plan.lines.add(ReportLine.skipped("", entry.title(), "heading", Note.HEADING, null));
                } else if (resource == null) {
                    plan.lines.add(ReportLine.skipped(entry.ref(), entry.title(), "", Note.MISSING_RESOURCE, null));
                } else {
                    used.add(resource.identifier());
                    convert(resource, entry.title(), into);
                }
            }
        }
        for (Cartridge.Resource resource : cartridge.resources().values()) {
            if (!used.contains(resource.identifier())) {
                convert(resource, null, more);
            }
        }
        plan.modules.removeIf(module -> module.items.isEmpty());
        if (!more.items.isEmpty()) {
            plan.modules.add(more);
        }
        return plan;
    }

    private void convert(Cartridge.Resource resource, String given, Plan.Module into) throws IOException {
        String type = resource.type();
        String id = resource.identifier();
        // Skipped lines name what was skipped: the outline's title, else the resource's file.
        String title = given != null ? given : resource.href().isEmpty() ? null : name(resource.href());
        if (resource.alternative()) {
            plan.lines.add(ReportLine.skipped(id, title, type, Note.ALTERNATIVE, null));
        } else if (type.contains("imsqti") && type.endsWith("/assessment") && !archive.contains(resource.href())) {
            plan.lines.add(ReportLine.skipped(id, title, type, Note.MISSING_FILE, name(resource.href())));
        } else if (type.contains("imsqti") && type.endsWith("/assessment")) {
            try {
                quiz(resource, given, into);
            } catch (BrokenXml e) {
                plan.lines.add(ReportLine.skipped(id, title, type, Note.BROKEN, e.getMessage()));
            }
        } else if (type.contains("imsqti") || type.contains("basiclti")) {
            extra(resource, given, title, into);
        } else if (type.startsWith("associatedcontent")) {
            Element bank = QuestionBanks.canvasBank(archive, resource);
            if (bank != null) {
                QuestionBanks.plan(plan, resource, bank, given, html);
            } else if (resource.files().stream().anyMatch(f -> f.endsWith("/assignment_settings.xml"))) {
                try {
                    assignment(resource, given, into);
                } catch (BrokenXml e) {
                    plan.lines.add(ReportLine.skipped(id, title, type, Note.BROKEN, e.getMessage()));
                }
            } else {
                plan.lines.add(ReportLine.skipped(id, title, type, Note.SUPPORTING, null));
            }
        } else if (!type.equals("webcontent") && !type.startsWith("imswl") && !type.startsWith("imsdt")
                && !type.startsWith("assignment")) {
            plan.lines.add(ReportLine.skipped(id, title, type, Note.UNSUPPORTED, type));
        } else if (!archive.contains(resource.href())) {
            plan.lines.add(ReportLine.skipped(id, title, type, Note.MISSING_FILE, name(resource.href())));
        } else if (!type.equals("webcontent")) {
            try {
                if (type.startsWith("imswl")) {
                    link(resource, given, into);
                } else if (type.startsWith("imsdt")) {
                    thread(resource, given);
                } else {
                    assignment(resource, given, into);
                }
            } catch (BrokenXml e) {
                plan.lines.add(ReportLine.skipped(id, title, type, Note.BROKEN, e.getMessage()));
            }
        } else if (isHtml(resource.href())) {
            page(resource, given, into);
        } else {
            Plan.Item file = file(resource.href(), title == null ? name(resource.href()) : title, into);
            plan.lines.add(file == null ? ReportLine.skipped(id, title, type, Note.TOO_LARGE, name(resource.href()))
                    : new ReportLine(id, file.title, type, Outcome.FILE, fileModules.get(resource.href()), Note.NONE,
                            name(resource.href())));
        }
    }

    /** A QTI resource that is not an assessment (a question bank, else left out) or a basic LTI link. */
    private void extra(Cartridge.Resource resource, String given, String title, Plan.Module into) throws IOException {
        String type = resource.type();
        boolean lti = type.contains("basiclti");
        if (!lti && !type.endsWith("/question-bank")) {
            plan.lines.add(ReportLine.skipped(resource.identifier(), title, type, Note.UNSUPPORTED, type));
        } else if (!archive.contains(resource.href())) {
            plan.lines.add(ReportLine.skipped(resource.identifier(), title, type, Note.MISSING_FILE,
                    name(resource.href())));
        } else {
            try {
                Element root = xml(resource.href());
                Element bank = lti ? null : QuestionBanks.objectbank(root);
                if (lti) {
                    ltiLinks.plan(plan, resource, root, given, into);
                } else if (bank == null) {
                    plan.lines.add(ReportLine.skipped(resource.identifier(), title, type, Note.NO_QUESTIONS, ""));
                } else {
                    QuestionBanks.plan(plan, resource, bank, given, html);
                }
            } catch (BrokenXml e) {
                plan.lines.add(ReportLine.skipped(resource.identifier(), title, type, Note.BROKEN, e.getMessage()));
            }
        }
    }

    private void page(Cartridge.Resource resource, String title, Plan.Module into) throws IOException {
        String text = archive.text(resource.href()).orElse("");
        String name = title != null ? title : PageHtml.title(text).isEmpty() ? name(resource.href()) : PageHtml.title(text);
        PageHtml.Converted page = html.convert(text, resource.href());
        if (page.body().length() > Item.MAX_BODY) {
            plan.lines.add(ReportLine.skipped(resource.identifier(), name, resource.type(), Note.TOO_LARGE, null));
            return;
        }
        into.items.add(new Plan.Item(ItemKind.PAGE, cut(name), page.body(), null, null));
        plan.lines.add(new ReportLine(resource.identifier(), cut(name), resource.type(), Outcome.PAGE, into.title,
                page.missing().isEmpty() ? Note.NONE : Note.MISSING_LINKED_FILES, String.join(", ", page.missing())));
    }

    private void link(Cartridge.Resource resource, String title, Plan.Module into) throws IOException {
        Element root = xml(resource.href());
        String name = title != null ? title : text(child(root, "title"));
        String url = attribute(child(root, "url"), "href");
        String lower = url.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("http://") || lower.startsWith("https://")) || url.length() > 2048) {
            plan.lines.add(ReportLine.skipped(resource.identifier(), name, resource.type(), Note.UNSAFE_LINK, url));
            return;
        }
        into.items.add(new Plan.Item(ItemKind.LINK, cut(name), null, url, null));
        plan.lines.add(new ReportLine(resource.identifier(), cut(name), resource.type(), Outcome.LINK, into.title,
                Note.NONE, url));
    }

    private void thread(Cartridge.Resource resource, String title) throws IOException {
        Element root = xml(resource.href());
        String name = cut(title != null ? title : text(child(root, "title")));
        String body = html.convert(text(child(root, "text")), resource.href()).body();
        if (body.length() > MAX_POST) {
            plan.lines.add(ReportLine.skipped(resource.identifier(), name, resource.type(), Note.TOO_LARGE, null));
            return;
        }
        List<String> attachments = children(child(root, "attachments"), "attachment").stream()
                .map(a -> name(attribute(a, "href"))).toList();
        plan.threads.add(new Plan.Thread(name.length() > 200 ? name.substring(0, 200) : name,
                body.isEmpty() ? name : body));
        plan.lines.add(new ReportLine(resource.identifier(), name, resource.type(), Outcome.THREAD, null,
                attachments.isEmpty() ? Note.NONE : Note.ATTACHMENTS_LEFT_OUT, String.join(", ", attachments)));
    }

    private void assignment(Cartridge.Resource resource, String title, Plan.Module into) throws IOException {
        Assignments.Read read = assignments.read(resource, html);
        String name = cut(title != null ? title : read.title().isEmpty() ? resource.identifier() : read.title());
        Plan.Item item = new Plan.Item(ItemKind.ASSIGNMENT, name, read.body().length() > Item.MAX_BODY ? null
                : read.body(), null, null);
        item.points = read.points();
        item.rubric = read.rubric();
        into.items.add(item);
        plan.lines.add(new ReportLine(resource.identifier(), name, resource.type(), Outcome.ASSIGNMENT, into.title,
                read.rubricLeftOut() ? Note.RUBRIC_LEFT_OUT : Note.NONE, null));
    }

    /** A QTI 1.2 assessment: a quiz of the questions Surgalt has kinds for; none of them, skipped. */
    private void quiz(Cartridge.Resource resource, String title, Plan.Module into) throws IOException {
        QtiAssessment.Read read = QtiAssessment.read(xml(resource.href()), html, resource.href());
        String name = cut(title != null ? title : read.title().isEmpty() ? name(resource.href()) : read.title());
        String leftOut = String.join(", ", read.leftOut());
        if (read.questions().isEmpty()) {
            plan.lines.add(ReportLine.skipped(resource.identifier(), name, resource.type(), Note.NO_QUESTIONS,
                    leftOut));
            return;
        }
        Plan.Item item = new Plan.Item(ItemKind.QUIZ, name, null, null, null);
        item.questions = read.questions();
        into.items.add(item);
        plan.lines.add(new ReportLine(resource.identifier(), name, resource.type(), Outcome.QUIZ, into.title,
                leftOut.isEmpty() ? Note.NONE : Note.QUESTIONS_LEFT_OUT, leftOut));
    }

    /** A file item for the archive's file (one per path), stored as an upload; null when it is too large. */
    private Plan.Item file(String path, String title, Plan.Module into) {
        Plan.Item known = files.get(path);
        if (known != null && into != more && more.items.remove(known)) {
            // A page linked the file before the organisation placed it: it goes where the organisation puts it.
            Plan.Item placed = new Plan.Item(ItemKind.FILE, cut(title), null, null, path);
            placed.upload = known.upload;
            into.items.add(placed);
            files.put(path, placed);
            fileModules.put(path, into.title);
            return placed;
        }
        if (known != null) {
            return known;
        }
        String id = upload.apply(path);
        if (id == null) {
            return null;
        }
        Plan.Item item = new Plan.Item(ItemKind.FILE, cut(title), null, null, path);
        item.upload = id;
        into.items.add(item);
        files.put(path, item);
        fileModules.put(path, into.title);
        return item;
    }

    /** What a page's address to a file of the archive becomes: the file's name ("" for a page), null when missing. */
    private String linkedFile(String path) {
        if (!archive.contains(path)) {
            return null;
        }
        if (isHtml(path)) {
            return "";
        }
        boolean known = files.containsKey(path);
        Plan.Item item = file(path, name(path), more);
        if (item == null) {
            return null;
        }
        if (!known && !declared.contains(path)) {
            plan.lines.add(new ReportLine(path, name(path), "file", Outcome.FILE, more.title, Note.NONE, name(path)));
        }
        return name(path);
    }

    private Element xml(String path) throws IOException {
        return xml(archive, path);
    }

    /** A resource's XML with the pipeline's safe parser; {@link BrokenXml} when it is missing, too large or not XML. */
    static Element xml(CartridgeArchive archive, String path) throws IOException {
        Optional<byte[]> bytes = archive.read(path, CartridgeArchive.MAX_XML_BYTES);
        if (bytes.isEmpty()) {
            throw new BrokenXml(name(path));
        }
        try {
            return SafeXml.parse(bytes.get()).getDocumentElement();
        } catch (org.xml.sax.SAXException e) {
            throw new BrokenXml(name(path));
        }
    }

    /** A resource file that cannot be read as XML; its message is the file's name. */
    static final class BrokenXml extends IOException {
        BrokenXml(String file) {
            super(file);
        }
    }

    static boolean isHtml(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm");
    }

    static String name(String path) {
        return path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
    }

    static String cut(String value) {
        String v = value == null || value.isBlank() ? "—" : value.strip();
        return v.length() <= 255 ? v : v.substring(0, 254) + "…";
    }
}
