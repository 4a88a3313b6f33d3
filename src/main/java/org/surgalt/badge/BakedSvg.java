package org.surgalt.badge;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.surgalt.platform.SafeXml;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Open Badges baking in SVG: the VC-JWT in an {@code <openbadges:credential>} element (namespace
 * https://purl.imsglobal.org/ob/v3p0) of a plain badge image, written and read with the JDK's XML
 * libraries (reading through platform/SafeXml: no DOCTYPE, no entities).
 */
final class BakedSvg {

    static final String NAMESPACE = "https://purl.imsglobal.org/ob/v3p0";
    private static final String SVG = "http://www.w3.org/2000/svg";

    private BakedSvg() {
    }

    static byte[] bake(String jwt, String title, String issuer) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("svg");
            xml.writeDefaultNamespace(SVG);
            xml.writeNamespace("openbadges", NAMESPACE);
            xml.writeAttribute("width", "400");
            xml.writeAttribute("height", "400");
            xml.writeAttribute("viewBox", "0 0 400 400");
            xml.writeAttribute("role", "img");
            xml.writeStartElement("openbadges", "credential", NAMESPACE);
            xml.writeCData(jwt);
            xml.writeEndElement();
            element(xml, "title", null, title);
            xml.writeEmptyElement("circle");
            xml.writeAttribute("cx", "200");
            xml.writeAttribute("cy", "200");
            xml.writeAttribute("r", "190");
            xml.writeAttribute("fill", "#1d4e89");
            xml.writeEmptyElement("circle");
            xml.writeAttribute("cx", "200");
            xml.writeAttribute("cy", "200");
            xml.writeAttribute("r", "170");
            xml.writeAttribute("fill", "none");
            xml.writeAttribute("stroke", "#f2c14e");
            xml.writeAttribute("stroke-width", "6");
            element(xml, "text", "190", title.length() > 34 ? title.substring(0, 33) + "…" : title);
            element(xml, "text", "230", issuer);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The credential baked into an SVG; empty when there is none or the text is not well-formed SVG. */
    static Optional<String> credential(String svg) {
        try {
            NodeList found = SafeXml.parse(svg.getBytes(StandardCharsets.UTF_8)).getElementsByTagNameNS(NAMESPACE,
                    "credential");
            return found.getLength() == 0 ? Optional.empty() : Optional.of(found.item(0).getTextContent().strip());
        } catch (SAXException | IOException e) {
            return Optional.empty();
        }
    }

    private static void element(XMLStreamWriter xml, String name, String y, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        if (y != null) {
            xml.writeAttribute("x", "200");
            xml.writeAttribute("y", y);
            xml.writeAttribute("text-anchor", "middle");
            xml.writeAttribute("fill", "#ffffff");
            xml.writeAttribute("font-family", "sans-serif");
            xml.writeAttribute("font-size", "18");
        }
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }
}
