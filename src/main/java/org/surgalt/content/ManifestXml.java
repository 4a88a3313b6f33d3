package org.surgalt.content;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.surgalt.content.Manifest.Standard;
import org.surgalt.platform.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses a manifest from a package without letting it reach anything: no DOCTYPE at all (so no
 * entities, internal or external, and no billion laughs), no external DTD or schema, no XInclude.
 * Elements are looked up by local name because packages in the wild disagree on namespaces.
 * Public for the SCORM player's reading of the same manifests ({@code scorm.PackageStructure}).
 */
public final class ManifestXml {

    private ManifestXml() {
    }

    static Document parse(String name, byte[] bytes) throws InspectionRejected {
        try {
            return SafeXml.parse(bytes);
        } catch (SAXParseException e) {
            throw new InspectionRejected(name + " is not well-formed XML: line " + e.getLineNumber() + ": "
                    + e.getMessage());
        } catch (SAXException | IOException e) {
            throw new InspectionRejected(name + " is not well-formed XML: " + e.getMessage());
        }
    }


    public static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    public static Element child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    public static String text(Element element) {
        return element == null ? "" : element.getTextContent().strip();
    }

    public static String attribute(Element element, String name) {
        return element == null ? "" : element.getAttribute(name).strip();
    }

    /** All elements with this local name below {@code root}, in document order. */
    public static List<Element> descendants(Element root, String localName) {
        List<Element> found = new ArrayList<>();
        var nodes = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    /**
     * Which standard an imsmanifest.xml follows, from its schemaversion and namespaces; null when
     * it says neither.
     */
    public static Standard standardOf(Element root) {
        Element metadata = child(root, "metadata");
        String schema = text(child(metadata, "schema")).toLowerCase(Locale.ROOT);
        String version = text(child(metadata, "schemaversion")).toLowerCase(Locale.ROOT);
        String namespaces = namespaces(root);
        if (namespaces.contains("imsccv1p") || schema.contains("common cartridge") || schema.contains("thin cc")) {
            return Standard.COMMON_CARTRIDGE;
        }
        if (version.contains("2004") || version.contains("cam 1.3") || namespaces.contains("adlcp_v1p3")
                || namespaces.contains("adlcp_v1p2") || namespaces.contains("adlseq_v1p3")
                || namespaces.contains("imsss")) {
            return Standard.SCORM_2004;
        }
        if (version.equals("1.2") || namespaces.contains("adlcp_rootv1p2")) {
            return Standard.SCORM_1_2;
        }
        return null;
    }

    private static String namespaces(Element root) {
        StringBuilder all = new StringBuilder(root.getNamespaceURI() == null ? "" : root.getNamespaceURI());
        NamedNodeMap attributes = root.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            all.append(' ').append(attributes.item(i).getNodeValue());
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }
}
