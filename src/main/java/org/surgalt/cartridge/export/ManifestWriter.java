package org.surgalt.cartridge.export;

import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.surgalt.course.CourseContent;

/**
 * A cartridge's imsmanifest.xml, Common Cartridge 1.3 (the CC profile of IMS Content Packaging
 * 1.2): the course's LOM metadata (title, language, description, the attribution as rights), one
 * organisation (a root item, a module per module, an item per item) and the resources.
 */
final class ManifestWriter {

    static final String CP = "http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1";
    static final String LOM_MANIFEST = "http://ltsc.ieee.org/xsd/imsccv1p3/LOM/manifest";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String SCHEMA_LOCATION = CP + " http://www.imsglobal.org/profile/cc/ccv1p3/ccv1p3_imscp_v1p2_v1p0.xsd "
            + LOM_MANIFEST + " http://www.imsglobal.org/profile/cc/ccv1p3/LOM/ccv1p3_lommanifest_v1p0.xsd";

    private ManifestWriter() {
    }

    static void write(ExportSource source, CartridgeLayout layout, OutputStream out) throws XMLStreamException {
        CourseContent content = source.content();
        XMLStreamWriter xml = Xml.root(out, CP, "manifest");
        xml.setPrefix("lomimscc", LOM_MANIFEST);
        xml.setPrefix("xsi", XSI);
        xml.writeNamespace("lomimscc", LOM_MANIFEST);
        xml.writeNamespace("xsi", XSI);
        xml.writeAttribute(XSI, "schemaLocation", SCHEMA_LOCATION);
        xml.writeAttribute("identifier", "surgalt_" + content.code().replaceAll("[^A-Za-z0-9_.-]", "_") + "_v"
                + content.version());
        metadata(xml, source);
        xml.writeStartElement(CP, "organizations");
        xml.writeStartElement(CP, "organization");
        xml.writeAttribute("identifier", "ORG");
        xml.writeAttribute("structure", "rooted-hierarchy");
        xml.writeStartElement(CP, "item");
        xml.writeAttribute("identifier", "LearningModules");
        for (CourseContent.ModuleContent module : content.modules()) {
            xml.writeStartElement(CP, "item");
            xml.writeAttribute("identifier", "M_" + module.id());
            Xml.element(xml, CP, "title", source.text(module.title()));
            for (CourseContent.ItemContent item : module.items()) {
                CartridgeLayout.Resource resource = layout.of(item);
                if (resource != null) {
                    xml.writeStartElement(CP, "item");
                    xml.writeAttribute("identifier", "I_" + item.id());
                    xml.writeAttribute("identifierref", resource.identifier());
                    Xml.element(xml, CP, "title", source.text(item.title()));
                    xml.writeEndElement();
                }
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        resources(xml, layout);
        xml.writeEndElement();
        Xml.end(xml);
    }

    private static void metadata(XMLStreamWriter xml, ExportSource source) throws XMLStreamException {
        CourseContent content = source.content();
        xml.writeStartElement(CP, "metadata");
        Xml.element(xml, CP, "schema", "IMS Common Cartridge");
        Xml.element(xml, CP, "schemaversion", "1.3.0");
        xml.writeStartElement(LOM_MANIFEST, "lom");
        xml.writeStartElement(LOM_MANIFEST, "general");
        langString(xml, "title", content.language(), source.text(content.title()));
        Xml.element(xml, LOM_MANIFEST, "language", content.language());
        String description = source.text(content.description());
        if (!description.isBlank()) {
            langString(xml, "description", content.language(), description);
        }
        xml.writeEndElement();
        if (content.attribution() != null && !content.attribution().isBlank()) {
            xml.writeStartElement(LOM_MANIFEST, "rights");
            xml.writeStartElement(LOM_MANIFEST, "copyrightAndOtherRestrictions");
            Xml.element(xml, LOM_MANIFEST, "value", "yes");
            xml.writeEndElement();
            langString(xml, "description", content.language(), content.attribution());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void langString(XMLStreamWriter xml, String element, String language, String value)
            throws XMLStreamException {
        xml.writeStartElement(LOM_MANIFEST, element);
        xml.writeStartElement(LOM_MANIFEST, "string");
        xml.writeAttribute("language", language);
        Xml.text(xml, value);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void resources(XMLStreamWriter xml, CartridgeLayout layout) throws XMLStreamException {
        xml.writeStartElement(CP, "resources");
        for (CartridgeLayout.Resource resource : layout.resources()) {
            resource(xml, resource.identifier(), resource.type(), resource.href(), resource.files(),
                    List.copyOf(resource.dependencies()));
        }
        if (layout.hasRubrics()) {
            // Canvas' rubrics, which the assignments name: a file the cartridge's own tools read.
            resource(xml, "R_course_settings", CartridgeLayout.SUPPORT, CartridgeLayout.RUBRICS,
                    List.of(CartridgeLayout.RUBRICS), List.of());
        }
        xml.writeEndElement();
    }

    private static void resource(XMLStreamWriter xml, String identifier, String type, String href, List<String> files,
            List<String> dependencies) throws XMLStreamException {
        xml.writeStartElement(CP, "resource");
        xml.writeAttribute("identifier", identifier);
        xml.writeAttribute("type", type);
        if (href != null) {
            xml.writeAttribute("href", href);
        }
        for (String file : files) {
            xml.writeEmptyElement(CP, "file");
            xml.writeAttribute("href", file);
        }
        for (String dependency : dependencies) {
            xml.writeEmptyElement(CP, "dependency");
            xml.writeAttribute("identifierref", dependency);
        }
        xml.writeEndElement();
    }
}
