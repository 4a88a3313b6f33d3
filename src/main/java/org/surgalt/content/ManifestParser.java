package org.surgalt.content;

import static org.surgalt.content.ManifestXml.attribute;
import static org.surgalt.content.ManifestXml.child;
import static org.surgalt.content.ManifestXml.children;
import static org.surgalt.content.ManifestXml.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.surgalt.content.Manifest.Item;
import org.surgalt.content.Manifest.Standard;
import org.w3c.dom.Element;

/**
 * Reads the manifest at the root of a package: {@code imsmanifest.xml} (SCORM 1.2, SCORM 2004, IMS
 * Common Cartridge), {@code cmi5.xml} or H5P's {@code h5p.json}, and checks that what it promises is there: an
 * organization with a title (SCORM), items whose resources exist, launch files inside the package.
 */
final class ManifestParser {

    private static final String IMS = "imsmanifest.xml";
    private static final int MAX_DEPTH = 64;

    private final ManifestH5pReader h5p;

    ManifestParser(java.util.Set<String> h5pLibraries) {
        this.h5p = new ManifestH5pReader(h5pLibraries);
    }

    Manifest parse(ArchiveListing listing) throws InspectionRejected {
        if (listing.rootManifests().containsKey(IMS)) {
            return parseIms(listing);
        }
        if (listing.rootManifests().containsKey("cmi5.xml")) {
            return new ManifestCmi5Reader().read(listing);
        }
        if (listing.rootManifests().containsKey(ManifestH5pReader.NAME)) {
            return h5p.read(listing);
        }
        String nested = listing.files().stream()
                .filter(f -> f.endsWith("/" + IMS) || f.endsWith("/cmi5.xml") || f.endsWith("/h5p.json")).sorted()
                .findFirst().orElse(null);
        if (nested != null) {
            throw new InspectionRejected("imsmanifest.xml is missing at the root of the package (there is one at "
                    + nested + ": zip the folder's contents, not the folder)");
        }
        throw new InspectionRejected("The archive is not a SCORM, IMS Common Cartridge, cmi5 or H5P package: "
                + "imsmanifest.xml is missing (and there is no cmi5.xml or h5p.json)");
    }

    private Manifest parseIms(ArchiveListing listing) throws InspectionRejected {
        Element root = ManifestXml.parse(IMS, listing.rootManifests().get(IMS)).getDocumentElement();
        if (!"manifest".equals(root.getLocalName())) {
            throw new InspectionRejected(IMS + " does not start with a <manifest> element");
        }
        Standard standard = standardOf(root);
        Map<String, Element> resources = new HashMap<>();
        Element resourcesEl = child(root, "resources");
        for (Element resource : children(resourcesEl, "resource")) {
            resources.put(attribute(resource, "identifier"), resource);
        }
        Element organization = organization(root);
        boolean scorm = standard != Standard.COMMON_CARTRIDGE;
        if (organization == null) {
            if (scorm) {
                throw new InspectionRejected(IMS + " has no organization, so there is nothing to launch");
            }
            return new Manifest(standard, ccTitle(root), List.of());
        }
        String title = text(child(organization, "title"));
        if (scorm && attribute(organization, "identifier").isEmpty()) {
            throw new InspectionRejected(IMS + ": the organization has no identifier");
        }
        if (scorm && title.isEmpty()) {
            throw new InspectionRejected(IMS + ": the organization has no title");
        }
        List<Item> items = new ArrayList<>();
        String base = attribute(resourcesEl, "xml:base");
        collect(organization, resources, base, scorm, listing, items, 0);
        if (scorm && items.isEmpty()) {
            throw new InspectionRejected(IMS + " has no item with a launch file");
        }
        return new Manifest(standard, title.isEmpty() ? ccTitle(root) : title, items);
    }

    private void collect(Element parent, Map<String, Element> resources, String base, boolean scorm,
            ArchiveListing listing, List<Item> items, int depth) throws InspectionRejected {
        if (depth > MAX_DEPTH) {
            throw new InspectionRejected(IMS + " nests items more than " + MAX_DEPTH + " levels deep");
        }
        for (Element item : children(parent, "item")) {
            String ref = attribute(item, "identifierref");
            String title = text(child(item, "title"));
            if (!ref.isEmpty()) {
                Element resource = resources.get(ref);
                if (resource == null && !scorm) {
                    // Common Cartridge exports (Canvas) point at tools and banks they did not
                    // include; an importer takes what is there.
                    collect(item, resources, base, scorm, listing, items, depth + 1);
                    continue;
                }
                if (resource == null) {
                    throw new InspectionRejected(IMS + ": item '" + name(item, title) + "' refers to resource '"
                            + ref + "', which the manifest does not define");
                }
                String href = attribute(resource, "href");
                if (href.isEmpty()) {
                    if (scorm) {
                        throw new InspectionRejected(IMS + ": item '" + name(item, title)
                                + "' has no launch URL (resource '" + ref + "' has no href)");
                    }
                    // Common Cartridge resources (discussions, QTI, LTI links) name their file instead.
                    href = attribute(child(resource, "file"), "href");
                }
                if (!href.isEmpty()) {
                    String launch = base + attribute(resource, "xml:base") + href + attribute(item, "parameters");
                    ManifestPaths.requireInPackage(launch, listing);
                    items.add(new Item(title, launch));
                }
            }
            collect(item, resources, base, scorm, listing, items, depth + 1);
        }
    }

    private static String name(Element item, String title) {
        return title.isEmpty() ? attribute(item, "identifier") : title;
    }

    private static Element organization(Element root) {
        Element organizations = child(root, "organizations");
        List<Element> all = children(organizations, "organization");
        String wanted = attribute(organizations, "default");
        return all.stream().filter(o -> attribute(o, "identifier").equals(wanted)).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
    }

    private static Standard standardOf(Element root) throws InspectionRejected {
        Standard standard = ManifestXml.standardOf(root);
        if (standard == null) {
            throw new InspectionRejected(IMS + " does not say which standard it follows (no SCORM schemaversion "
                    + "and no SCORM or Common Cartridge namespace)");
        }
        return standard;
    }

    /** Common Cartridge keeps its title in LOM metadata: metadata/lom/general/title/string. */
    private static String ccTitle(Element root) {
        Element general = child(child(child(root, "metadata"), "lom"), "general");
        return text(child(child(general, "title"), "string"));
    }
}
