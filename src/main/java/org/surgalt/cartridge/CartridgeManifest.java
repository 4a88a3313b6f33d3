package org.surgalt.cartridge;

import static org.surgalt.content.ManifestXml.attribute;
import static org.surgalt.content.ManifestXml.child;
import static org.surgalt.content.ManifestXml.children;
import static org.surgalt.content.ManifestXml.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.surgalt.content.Manifest.Standard;
import org.surgalt.content.ManifestXml;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.SafeXml;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Reads a cartridge's imsmanifest.xml (already checked by the upload pipeline) with the pipeline's
 * safe parser and element helpers. A lone top item without a resource is the organisation's root
 * (Canvas' "LearningModules") and is looked through; each item below it with children is a module,
 * its descendants flattened into entries; items with a resource at the top go to a module named
 * after the course.
 */
final class CartridgeManifest {

    private static final String IMS = "imsmanifest.xml";
    private static final int MAX_DEPTH = 64;

    private CartridgeManifest() {
    }

    static Cartridge read(byte[] xml) {
        Element root;
        try {
            root = SafeXml.parse(xml).getDocumentElement();
        } catch (SAXException | IOException e) {
            throw DomainException.invalid("upload", IMS + " is not well-formed XML: " + e.getMessage());
        }
        if (ManifestXml.standardOf(root) != Standard.COMMON_CARTRIDGE) {
            throw DomainException.invalid("upload", "is not a Common Cartridge (its imsmanifest.xml says another "
                    + "standard)");
        }
        Element general = child(child(child(root, "metadata"), "lom"), "general");
        String title = text(child(child(general, "title"), "string"));
        String language = text(child(general, "language")).toLowerCase(Locale.ROOT).startsWith("mn") ? "mn" : "en";
        Map<String, Cartridge.Resource> resources = new LinkedHashMap<>();
        Element resourcesEl = child(root, "resources");
        String base = attribute(resourcesEl, "xml:base");
        for (Element resource : children(resourcesEl, "resource")) {
            String own = base + attribute(resource, "xml:base");
            List<String> files = new ArrayList<>();
            for (Element file : children(resource, "file")) {
                files.add(own + attribute(file, "href"));
            }
            String href = attribute(resource, "href");
            href = href.isEmpty() ? (files.isEmpty() ? "" : files.get(0)) : own + href;
            String id = attribute(resource, "identifier");
            resources.putIfAbsent(id, new Cartridge.Resource(id, attribute(resource, "type").toLowerCase(Locale.ROOT),
                    href, files, child(resource, "variant") != null));
        }
        List<Cartridge.Module> modules = new ArrayList<>();
        Element organization = child(child(root, "organizations"), "organization");
        List<Element> top = children(organization, "item");
        if (top.size() == 1 && attribute(top.get(0), "identifierref").isEmpty()) {
            top = children(top.get(0), "item");
        }
        List<Cartridge.Entry> loose = new ArrayList<>();
        for (Element item : top) {
            if (attribute(item, "identifierref").isEmpty() && !children(item, "item").isEmpty()) {
                flushLoose(title, loose, modules);
                List<Cartridge.Entry> entries = new ArrayList<>();
                flatten(item, entries, 0);
                modules.add(new Cartridge.Module(titleOf(item), entries));
            } else {
                loose.add(new Cartridge.Entry(titleOf(item), attribute(item, "identifierref")));
            }
        }
        flushLoose(title, loose, modules);
        return new Cartridge(title.isEmpty() ? "Common Cartridge" : title, language, modules, resources);
    }

    private static void flushLoose(String title, List<Cartridge.Entry> loose, List<Cartridge.Module> modules) {
        if (!loose.isEmpty()) {
            modules.add(new Cartridge.Module(title, List.copyOf(loose)));
            loose.clear();
        }
    }

    private static void flatten(Element parent, List<Cartridge.Entry> entries, int depth) {
        if (depth > MAX_DEPTH) {
            throw DomainException.invalid("upload", IMS + " nests items more than " + MAX_DEPTH + " levels deep");
        }
        for (Element item : children(parent, "item")) {
            entries.add(new Cartridge.Entry(titleOf(item), attribute(item, "identifierref")));
            flatten(item, entries, depth + 1);
        }
    }

    private static String titleOf(Element item) {
        String title = text(child(item, "title"));
        return title.isEmpty() ? attribute(item, "identifier") : title;
    }
}
