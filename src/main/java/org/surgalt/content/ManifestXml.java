package org.surgalt.content;

import org.surgalt.platform.SafeXml;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;


import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses a manifest from a package without letting it reach anything: no DOCTYPE at all (so no
 * entities, internal or external, and no billion laughs), no external DTD or schema, no XInclude.
 * Elements are looked up by local name because packages in the wild disagree on namespaces.
 */
final class ManifestXml {

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


    static List<Element> children(Element parent, String localName) {
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

    static Element child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    static String text(Element element) {
        return element == null ? "" : element.getTextContent().strip();
    }

    static String attribute(Element element, String name) {
        return element == null ? "" : element.getAttribute(name).strip();
    }

    /** All elements with this local name below {@code root}, in document order. */
    static List<Element> descendants(Element root, String localName) {
        List<Element> found = new ArrayList<>();
        var nodes = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }
}
