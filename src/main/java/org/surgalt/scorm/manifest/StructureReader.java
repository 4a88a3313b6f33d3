package org.surgalt.scorm.manifest;

import static org.surgalt.content.ManifestXml.attribute;
import static org.surgalt.content.ManifestXml.child;
import static org.surgalt.content.ManifestXml.children;
import static org.surgalt.content.ManifestXml.text;
import static org.surgalt.scorm.manifest.ManifestValues.IMS;
import static org.surgalt.scorm.manifest.ManifestValues.attr;
import static org.surgalt.scorm.manifest.ManifestValues.childIgnoringCase;
import static org.surgalt.scorm.manifest.ManifestValues.textOrNull;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.surgalt.content.Manifest;
import org.surgalt.content.ManifestPaths;
import org.surgalt.content.ManifestXml;
import org.surgalt.platform.SafeXml;
import org.surgalt.scorm.manifest.PackageStructure.Node;
import org.surgalt.scorm.manifest.PackageStructure.Sco;
import org.surgalt.scorm.manifest.PackageStructure.Standard;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads one manifest into a {@link PackageStructure}; one instance per manifest. Refuses what
 * content.ManifestParser refuses when the manifest alone can show it (no organization, no title,
 * an item whose resource is missing or has no href, a launch path outside the package, nesting
 * past 64 levels) with the same words.
 */
final class StructureReader {

    private static final int MAX_DEPTH = 64;

    private final Map<String, Element> resources = new HashMap<>();
    private final Set<String> itemIds = new HashSet<>();
    private final List<Sco> scos = new ArrayList<>();
    private String base = "";
    private Standard standard;
    private SequencingDefinitions definitions;

    PackageStructure read(byte[] bytes) throws PackageRejected {
        Element root = parse(bytes).getDocumentElement();
        if (!"manifest".equals(root.getLocalName())) {
            throw new PackageRejected(IMS + " does not start with a <manifest> element");
        }
        standard = standardOf(root);
        Element resourcesEl = child(root, "resources");
        for (Element resource : children(resourcesEl, "resource")) {
            resources.put(attribute(resource, "identifier"), resource);
        }
        base = attribute(resourcesEl, "xml:base");
        definitions = new SequencingDefinitions(root);
        Element organization = organization(root);
        if (organization == null) {
            throw new PackageRejected(IMS + " has no organization, so there is nothing to launch");
        }
        String id = attribute(organization, "identifier");
        String title = text(child(organization, "title"));
        if (id.isEmpty()) {
            throw new PackageRejected(IMS + ": the organization has no identifier");
        }
        if (title.isEmpty()) {
            throw new PackageRejected(IMS + ": the organization has no title");
        }
        Node tree = new Node(id, title, false, true, nodes(organization, 0));
        if (scos.isEmpty()) {
            throw new PackageRejected(IMS + " has no item with a launch file");
        }
        Map<String, Object> sequencing = standard == Standard.SCORM_2004 && definitions.present()
                ? new SequencingReader(definitions).read(organization)
                : null;
        return new PackageStructure(standard, title, tree, scos, sequencing);
    }

    private List<Node> nodes(Element parent, int depth) throws PackageRejected {
        if (depth > MAX_DEPTH) {
            throw new PackageRejected(IMS + " nests items more than " + MAX_DEPTH + " levels deep");
        }
        List<Node> nodes = new ArrayList<>();
        for (Element item : children(parent, "item")) {
            String id = attribute(item, "identifier");
            String title = text(child(item, "title"));
            String name = title.isEmpty() ? id : title;
            if (id.isEmpty()) {
                throw new PackageRejected(IMS + ": item '" + name + "' has no identifier");
            }
            if (!itemIds.add(id)) {
                throw new PackageRejected(IMS + ": the item identifier '" + id + "' is used twice");
            }
            String ref = attribute(item, "identifierref");
            if (!ref.isEmpty()) {
                scos.add(sco(item, id, title, name, ref));
            }
            nodes.add(new Node(id, title, !ref.isEmpty(), !"false".equals(attribute(item, "isvisible")),
                    nodes(item, depth + 1)));
        }
        return nodes;
    }

    private Sco sco(Element item, String id, String title, String name, String ref) throws PackageRejected {
        Element resource = resources.get(ref);
        if (resource == null) {
            throw new PackageRejected(IMS + ": item '" + name + "' refers to resource '" + ref
                    + "', which the manifest does not define");
        }
        String href = attribute(resource, "href");
        if (href.isEmpty()) {
            throw new PackageRejected(IMS + ": item '" + name + "' has no launch URL (resource '" + ref
                    + "' has no href)");
        }
        String launch = LaunchUrl.withParameters(base + attribute(resource, "xml:base") + href,
                attribute(item, "parameters"));
        requireInPackage(launch);
        boolean sco = "sco".equalsIgnoreCase(attr(resource, "scormType"))
                || "sco".equalsIgnoreCase(attr(resource, "scormtype"));
        String where = "item '" + id + "'";
        if (standard == Standard.SCORM_1_2) {
            BigDecimal mastery = ManifestValues.decimalText(childIgnoringCase(item, "masteryscore"), 0, 100, where);
            return new Sco(id, title, launch, sco, mastery == null ? null
                    : mastery.doubleValue(), null, null, textOrNull(childIgnoringCase(item, "datafromlms")),
                    textOrNull(childIgnoringCase(item, "timelimitaction")),
                    textOrNull(childIgnoringCase(item, "maxtimeallowed")));
        }
        Map<String, Element> seq = definitions.of(item, where);
        return new Sco(id, title, launch, sco, null,
                ObjectiveReader.scaledPassingScore(seq.get("objectives"), where),
                completionThreshold(childIgnoringCase(item, "completionThreshold"), where),
                textOrNull(childIgnoringCase(item, "dataFromLMS")),
                textOrNull(childIgnoringCase(item, "timeLimitAction")),
                emptyToNull(attr(seq.get("limitConditions"), "attemptAbsoluteDurationLimit")));
    }

    /**
     * 3rd edition: the element's value; 4th edition: minProgressMeasure (default 1.0), but only
     * when completedByMeasure is true, since otherwise the author asked that completion not be
     * derived from progress, and the runtime would derive it from cmi.completion_threshold.
     */
    static Double completionThreshold(Element threshold, String where) throws PackageRejected {
        if (threshold == null) {
            return null;
        }
        BigDecimal value = ManifestValues.decimalText(threshold, 0, 1, where);
        if (value != null) {
            return value.doubleValue();
        }
        if (!ManifestValues.bool(threshold, "completedByMeasure", false, where)) {
            return null;
        }
        BigDecimal min = ManifestValues.decimal(threshold, "minProgressMeasure", 0, 1, where);
        return min == null ? 1.0 : min.doubleValue();
    }

    private static void requireInPackage(String launch) throws PackageRejected {
        if (ManifestPaths.isAbsoluteUrl(launch)) {
            String scheme = URI.create(launch.strip()).getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new PackageRejected("The launch URL " + launch + " is not a web address");
            }
        } else if (ManifestPaths.normalize(launch) == null) {
            throw new PackageRejected("The launch file " + launch + " points outside the package");
        }
    }

    private static Element organization(Element root) {
        Element organizations = child(root, "organizations");
        List<Element> all = children(organizations, "organization");
        String wanted = attribute(organizations, "default");
        return all.stream().filter(o -> attribute(o, "identifier").equals(wanted)).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
    }

    private static Standard standardOf(Element root) throws PackageRejected {
        Manifest.Standard standard = ManifestXml.standardOf(root);
        if (standard == Manifest.Standard.SCORM_1_2) {
            return Standard.SCORM_1_2;
        }
        if (standard == Manifest.Standard.SCORM_2004) {
            return Standard.SCORM_2004;
        }
        if (standard == Manifest.Standard.COMMON_CARTRIDGE) {
            throw new PackageRejected(IMS + " describes an IMS Common Cartridge, not a SCORM package");
        }
        throw new PackageRejected(IMS + " does not say which standard it follows (no SCORM schemaversion "
                + "and no SCORM or Common Cartridge namespace)");
    }

    private static Document parse(byte[] bytes) throws PackageRejected {
        try {
            return SafeXml.parse(bytes);
        } catch (SAXParseException e) {
            throw new PackageRejected(IMS + " is not well-formed XML: line " + e.getLineNumber() + ": "
                    + e.getMessage());
        } catch (SAXException | IOException e) {
            throw new PackageRejected(IMS + " is not well-formed XML: " + e.getMessage());
        }
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
