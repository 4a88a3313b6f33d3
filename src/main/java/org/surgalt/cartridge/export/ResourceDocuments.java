package org.surgalt.cartridge.export;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.surgalt.assignment.Assignment;
import org.surgalt.course.CourseContent.ItemContent;

/**
 * The documents of the resources other than files and assessments: lesson pages (HTML, written by
 * jsoup), web links ({@code imswl_v1p3}), LTI links ({@code imslticc_v1p3}), assignments (the CC
 * assignment extension with Canvas' settings inside, so Canvas keeps the points and the rubric) and
 * Canvas' {@code course_settings/rubrics.xml}.
 */
final class ResourceDocuments {

    static final String WEBLINK = "http://www.imsglobal.org/xsd/imsccv1p3/imswl_v1p3";
    static final String LTI_CC = "http://www.imsglobal.org/xsd/imslticc_v1p3";
    static final String BLTI = "http://www.imsglobal.org/xsd/imsbasiclti_v1p0";
    static final String LTICM = "http://www.imsglobal.org/xsd/imslticm_v1p0";
    static final String LTICP = "http://www.imsglobal.org/xsd/imslticp_v1p0";
    static final String ASSIGNMENT = "http://www.imsglobal.org/xsd/imscc_extensions/assignment";
    static final String CANVAS = "http://canvas.instructure.com/xsd/cccv1p0";

    private ResourceDocuments() {
    }

    /** A lesson page as an HTML document in the course's language. */
    static String page(String title, String language, String bodyHtml) {
        Document page = Document.createShell("");
        page.outputSettings().charset("UTF-8").escapeMode(Entities.EscapeMode.xhtml);
        page.selectFirst("html").attr("lang", language);
        page.head().appendElement("meta").attr("charset", "UTF-8");
        page.title(title);
        page.body().html(bodyHtml);
        return "<!DOCTYPE html>\n" + page.outerHtml();
    }

    static void webLink(String title, String url, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = Xml.root(out, WEBLINK, "webLink");
        Xml.element(xml, WEBLINK, "title", title);
        xml.writeEmptyElement(WEBLINK, "url");
        xml.writeAttribute("href", url);
        xml.writeAttribute("target", "_blank");
        xml.writeEndElement();
        Xml.end(xml);
    }

    /**
     * An LTI 1.3 tool's target link as a basic LTI link, with the item's custom parameters; the importing
     * platform needs the tool registered too.
     */
    static void ltiLink(String title, String url, Map<String, String> custom, OutputStream out)
            throws XMLStreamException {
        XMLStreamWriter xml = Xml.root(out, LTI_CC, "cartridge_basiclti_link");
        xml.setPrefix("blti", BLTI);
        xml.setPrefix("lticm", LTICM);
        xml.setPrefix("lticp", LTICP);
        xml.writeNamespace("blti", BLTI);
        xml.writeNamespace("lticm", LTICM);
        xml.writeNamespace("lticp", LTICP);
        Xml.element(xml, BLTI, "title", title);
        if (!custom.isEmpty()) {
            xml.writeStartElement(BLTI, "custom");
            for (Map.Entry<String, String> parameter : custom.entrySet()) {
                xml.writeStartElement(LTICM, "property");
                xml.writeAttribute("name", parameter.getKey());
                Xml.text(xml, parameter.getValue());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeStartElement(BLTI, "extensions");
        xml.writeAttribute("platform", "surgalt");
        xml.writeStartElement(LTICM, "property");
        xml.writeAttribute("name", "lti_version");
        Xml.text(xml, "1.3.0");
        xml.writeEndElement();
        xml.writeEndElement();
        Xml.element(xml, BLTI, "launch_url", url);
        if (url.regionMatches(true, 0, "https:", 0, 6)) {
            Xml.element(xml, BLTI, "secure_launch_url", url);
        }
        xml.writeStartElement(BLTI, "vendor");
        Xml.element(xml, LTICP, "code", "surgalt");
        Xml.element(xml, LTICP, "name", "Surgalt");
        xml.writeEndElement();
        xml.writeEndElement();
        Xml.end(xml);
    }

    static void assignment(CartridgeLayout.Resource resource, String title, ExportSource.Grading grading,
            OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = Xml.root(out, ASSIGNMENT, "assignment");
        xml.writeAttribute("identifier", resource.identifier() + "_assignment");
        Xml.element(xml, ASSIGNMENT, "title", title);
        xml.writeStartElement(ASSIGNMENT, "text");
        xml.writeAttribute("texttype", "text/html");
        Xml.text(xml, resource.document());
        xml.writeEndElement();
        xml.writeStartElement(ASSIGNMENT, "gradable");
        xml.writeAttribute("points_possible", Integer.toString(grading.maxPoints()));
        Xml.text(xml, "true");
        xml.writeEndElement();
        xml.writeStartElement(ASSIGNMENT, "submission_formats");
        xml.writeEmptyElement(ASSIGNMENT, "format");
        xml.writeAttribute("type", "file");
        xml.writeEndElement();
        xml.writeStartElement(ASSIGNMENT, "extensions");
        xml.setPrefix("canvas", CANVAS);
        xml.writeStartElement(CANVAS, "assignment");
        xml.writeNamespace("canvas", CANVAS);
        xml.writeAttribute("identifier", resource.identifier() + "_settings");
        Xml.element(xml, CANVAS, "title", title);
        Xml.element(xml, CANVAS, "points_possible", Integer.toString(grading.maxPoints()));
        Xml.element(xml, CANVAS, "grading_type", "points");
        Xml.element(xml, CANVAS, "submission_types", "online_upload");
        if (!grading.rubric().isEmpty()) {
            Xml.element(xml, CANVAS, "rubric_identifierref", rubricId(resource.item()));
            Xml.element(xml, CANVAS, "rubric_use_for_grading", "true");
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        Xml.end(xml);
    }

    static String rubricId(ItemContent item) {
        return "RB_" + item.id();
    }

    /** Canvas' rubrics file: per assignment with a rubric, its criteria and their levels in order. */
    static void rubrics(ExportSource source, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = Xml.root(out, CANVAS, "rubrics");
        List<ItemContent> items = source.content().items().toList();
        for (ItemContent item : items) {
            ExportSource.Grading grading = source.assignments().get(item.id());
            if (grading == null || grading.rubric().isEmpty()) {
                continue;
            }
            xml.writeStartElement(CANVAS, "rubric");
            xml.writeAttribute("identifier", rubricId(item));
            Xml.element(xml, CANVAS, "title", source.text(item.title()));
            Xml.element(xml, CANVAS, "points_possible", Integer.toString(total(grading.rubric())));
            xml.writeStartElement(CANVAS, "criteria");
            int c = 0;
            for (Assignment.NewCriterion criterion : grading.rubric()) {
                String criterionId = "_" + item.id() + "_" + (++c);
                xml.writeStartElement(CANVAS, "criterion");
                Xml.element(xml, CANVAS, "criterion_id", criterionId);
                Xml.element(xml, CANVAS, "points", Integer.toString(best(criterion)));
                Xml.element(xml, CANVAS, "description", criterion.title());
                Xml.element(xml, CANVAS, "long_description", criterion.description());
                xml.writeStartElement(CANVAS, "ratings");
                int r = 0;
                for (Assignment.NewLevel level : criterion.levels()) {
                    xml.writeStartElement(CANVAS, "rating");
                    Xml.element(xml, CANVAS, "description", level.title());
                    Xml.element(xml, CANVAS, "points", Integer.toString(level.points()));
                    Xml.element(xml, CANVAS, "criterion_id", criterionId);
                    Xml.element(xml, CANVAS, "id", criterionId + "_" + (++r));
                    xml.writeEndElement();
                }
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        Xml.end(xml);
    }

    private static int best(Assignment.NewCriterion criterion) {
        return criterion.levels().stream().mapToInt(Assignment.NewLevel::points).max().orElse(0);
    }

    private static int total(List<Assignment.NewCriterion> rubric) {
        return rubric.stream().mapToInt(ResourceDocuments::best).sum();
    }
}
