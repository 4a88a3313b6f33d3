package org.surgalt.cartridge.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The exported cartridge against the Common Cartridge 1.3 rules that the official XSDs and the
 * profile state, checked one by one (the 1EdTech schemas are in no package registry this build may
 * use, and their licence keeps them out of this repository): namespaces and schema locations,
 * schema "IMS Common Cartridge" 1.3.0 with LOM in the manifest-LOM namespace, one rooted organisation,
 * unique NCName identifiers, references that resolve, resource types of the profile, files declared
 * and present (and nothing undeclared), and each resource's document of the type it says it is.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CartridgeManifestTest {

    private static final Pattern NCNAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
    private static final Set<String> CC13_TYPES = Set.of("webcontent", "imswl_xmlv1p3", "imsbasiclti_xmlv1p3",
            "imsdt_xmlv1p3", "imsqti_xmlv1p2/imscc_xmlv1p3/assessment", "imsqti_xmlv1p2/imscc_xmlv1p3/question-bank",
            "associatedcontent/imscc_xmlv1p3/learning-application-resource", "assignment_xmlv1p0");
    private static final String CP = "http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1";
    private static final String LOM = "http://ltsc.ieee.org/xsd/imsccv1p3/LOM/manifest";

    private EveryKindCourse course;
    private Map<String, byte[]> entries;
    private Element manifest;
    private Map<String, Element> resources;

    // Once for the class; not in @BeforeAll, where the test's HTTP port is not set yet.
    @BeforeEach
    void export() throws Exception {
        if (entries != null) {
            return;
        }
        course = EveryKindCourse.publish();
        entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(course.export()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                assertTrue(entries.put(entry.getName(), zip.readAllBytes()) == null, "one entry " + entry.getName());
            }
        }
        manifest = parse(entries.get("imsmanifest.xml")).getDocumentElement();
        resources = new LinkedHashMap<>();
        for (Element resource : elements(manifest, CP, "resource")) {
            resources.put(resource.getAttribute("identifier"), resource);
        }
    }

    @Test
    void theManifestIsACommonCartridge13WithTheCoursesMetadata() {
        assertEquals("imsmanifest.xml", entries.keySet().iterator().next(), "the manifest comes first");
        assertEquals(CP, manifest.getNamespaceURI());
        assertEquals("manifest", manifest.getLocalName());
        String locations = manifest.getAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "schemaLocation");
        assertTrue(locations.contains(CP + " http://www.imsglobal.org/profile/cc/ccv1p3/ccv1p3_imscp_v1p2_v1p0.xsd"),
                locations);
        assertTrue(locations.contains(LOM + " http://www.imsglobal.org/profile/cc/ccv1p3/LOM/ccv1p3_lommanifest_v1p0.xsd"),
                locations);
        Element metadata = child(manifest, CP, "metadata");
        assertEquals("IMS Common Cartridge", child(metadata, CP, "schema").getTextContent());
        assertEquals("1.3.0", child(metadata, CP, "schemaversion").getTextContent());
        Element general = child(child(metadata, LOM, "lom"), LOM, "general");
        Element title = child(child(general, LOM, "title"), LOM, "string");
        assertEquals("Test course", title.getTextContent());
        assertEquals("en", title.getAttribute("language"));
        assertEquals("en", child(general, LOM, "language").getTextContent());
        // Content packaging's order: metadata, organizations, resources.
        List<String> order = new ArrayList<>();
        for (Node n = manifest.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                order.add(e.getLocalName());
            }
        }
        assertEquals(List.of("metadata", "organizations", "resources"), order);
    }

    @Test
    void oneRootedOrganisationWhoseItemsNameResourcesAndWhoseIdentifiersAreUnique() {
        List<Element> organizations = elements(manifest, CP, "organization");
        assertEquals(1, organizations.size());
        Element organization = organizations.get(0);
        assertEquals("rooted-hierarchy", organization.getAttribute("structure"));
        List<Element> roots = children(organization, CP, "item");
        assertEquals(1, roots.size(), "a Common Cartridge organisation has one root item");
        assertEquals("", roots.get(0).getAttribute("identifierref"));
        assertTrue(children(roots.get(0), CP, "title").isEmpty(), "the root item has no title");
        assertEquals(List.of("Module 1", "Module 2"), children(roots.get(0), CP, "item").stream()
                .map(module -> child(module, CP, "title").getTextContent()).toList());
        for (Element item : elements(manifest, CP, "item")) {
            String ref = item.getAttribute("identifierref");
            boolean folder = !children(item, CP, "item").isEmpty();
            assertFalse(folder && !ref.isEmpty(), "a folder item names no resource: " + item.getAttribute("identifier"));
            assertTrue(ref.isEmpty() || resources.containsKey(ref), "the item's resource exists: " + ref);
            if (item != roots.get(0)) {
                assertEquals(1, children(item, CP, "title").size(), "an item has one title");
            }
        }
        Set<String> identifiers = new HashSet<>();
        NodeList all = manifest.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("identifier");
            if (!id.isEmpty()) {
                assertTrue(NCNAME.matcher(id).matches(), "an identifier is an xs:ID: " + id);
                assertTrue(identifiers.add(id), "identifiers are unique: " + id);
            }
        }
    }

    @Test
    void everyResourceIsOfAProfileTypeAndEveryFileIsDeclaredAndPresent() {
        Set<String> declared = new HashSet<>();
        Map<String, Integer> types = new HashMap<>();
        for (Element resource : resources.values()) {
            String type = resource.getAttribute("type");
            assertTrue(CC13_TYPES.contains(type), "a Common Cartridge 1.3 resource type: " + type);
            types.merge(type, 1, Integer::sum);
            List<String> files = children(resource, CP, "file").stream().map(f -> f.getAttribute("href")).toList();
            assertFalse(files.isEmpty(), resource.getAttribute("identifier") + " has its file");
            for (String file : files) {
                assertNotNull(entries.get(file), "the archive holds " + file);
                assertFalse(file.startsWith("/") || file.contains("..") || file.contains("\\"), file);
                declared.add(file);
            }
            if (type.equals("webcontent")) {
                assertTrue(files.contains(resource.getAttribute("href")), "a web content's href is one of its files");
            } else if (!type.startsWith("associatedcontent")) {
                assertEquals(1, files.size(), "one descriptor file: " + resource.getAttribute("identifier"));
                assertFalse(resource.hasAttribute("href"), "a descriptor resource is not launched by href");
            }
            Set<String> dependencies = new HashSet<>();
            for (Element dependency : children(resource, CP, "dependency")) {
                String ref = dependency.getAttribute("identifierref");
                assertTrue(resources.containsKey(ref), "dependency resolves");
                assertTrue(dependencies.add(ref), "one dependency on a resource");
                assertFalse(ref.equals(resource.getAttribute("identifier")), "no dependency on itself");
                // The profile lets web content and what uses it depend on web content only.
                assertEquals("webcontent", resources.get(ref).getAttribute("type"), "a dependency is web content");
            }
            if (!type.equals("webcontent") && !type.equals("assignment_xmlv1p0")) {
                assertTrue(dependencies.isEmpty(), type + " depends on nothing");
            }
        }
        Set<String> undeclared = new HashSet<>(entries.keySet());
        undeclared.remove("imsmanifest.xml");
        undeclared.removeAll(declared);
        assertEquals(Set.of(), undeclared, "every file of the archive belongs to a resource");
        // Two lesson pages, the session, the file and the lesson image; the link, LTI link, assignment, quiz, rubrics.
        assertEquals(Map.of("webcontent", 6, "imswl_xmlv1p3", 1, "imsbasiclti_xmlv1p3", 1, "assignment_xmlv1p0", 1,
                "imsqti_xmlv1p2/imscc_xmlv1p3/assessment", 1,
                "associatedcontent/imscc_xmlv1p3/learning-application-resource", 1), types);
    }

    @Test
    void eachDescriptorIsTheDocumentItsTypeSays() throws Exception {
        Map<String, String> roots = Map.of(
                "imswl_xmlv1p3", "http://www.imsglobal.org/xsd/imsccv1p3/imswl_v1p3 webLink",
                "imsbasiclti_xmlv1p3", "http://www.imsglobal.org/xsd/imslticc_v1p3 cartridge_basiclti_link",
                "assignment_xmlv1p0", "http://www.imsglobal.org/xsd/imscc_extensions/assignment assignment",
                "imsqti_xmlv1p2/imscc_xmlv1p3/assessment", "http://www.imsglobal.org/xsd/ims_qtiasiv1p2 questestinterop",
                "associatedcontent/imscc_xmlv1p3/learning-application-resource",
                "http://canvas.instructure.com/xsd/cccv1p0 rubrics");
        for (Element resource : resources.values()) {
            String expected = roots.get(resource.getAttribute("type"));
            if (expected != null) {
                Element root = parse(entries.get(child(resource, CP, "file").getAttribute("href"))).getDocumentElement();
                assertEquals(expected, root.getNamespaceURI() + " " + root.getLocalName());
            }
        }
        Element link = descriptor("imswl_xmlv1p3");
        assertEquals(EveryKindCourse.LINK, child(link, link.getNamespaceURI(), "url").getAttribute("href"));
        Element lti = descriptor("imsbasiclti_xmlv1p3");
        String blti = "http://www.imsglobal.org/xsd/imsbasiclti_v1p0";
        assertEquals("Simulation", child(lti, blti, "title").getTextContent());
        assertEquals(EveryKindCourse.TOOL, child(lti, blti, "launch_url").getTextContent());
        assertEquals(EveryKindCourse.TOOL, child(lti, blti, "secure_launch_url").getTextContent());
        // The custom parameters as kept (a variable as given: the receiving platform substitutes its own),
        // before the extensions as the basic LTI schema orders them.
        java.util.Map<String, String> custom = new java.util.LinkedHashMap<>();
        for (Element property : children(child(lti, blti, "custom"), "http://www.imsglobal.org/xsd/imslticm_v1p0",
                "property")) {
            custom.put(property.getAttribute("name"), property.getTextContent());
        }
        assertEquals(EveryKindCourse.CUSTOM, custom);
        assertEquals(List.of("title", "custom", "extensions", "launch_url", "secure_launch_url", "vendor"),
                children(lti, blti, null).stream().map(Element::getLocalName).toList());
        Element quiz = descriptor("imsqti_xmlv1p2/imscc_xmlv1p3/assessment");
        String qti = quiz.getNamespaceURI();
        List<String> profiles = new ArrayList<>();
        for (Element item : elements(quiz, qti, "item")) {
            profiles.add(child(child(child(child(item, qti, "itemmetadata"), qti, "qtimetadata"), qti,
                    "qtimetadatafield"), qti, "fieldentry").getTextContent());
        }
        assertEquals(List.of("cc.multiple_choice.v0p1", "cc.multiple_response.v0p1", "cc.true_false.v0p1",
                "cc.fib.v0p1"), profiles);
        // What the profile cannot hold is said in the export itself.
        assertTrue(elements(quiz, qti, "qticomment").get(0).getTextContent().contains("Left out: 1 numeric question"));
    }

    @Test
    void aLessonPageShowsItsImageAndLinksItsFileByRelativePaths() {
        Element page = resources.values().stream().filter(r -> "webcontent".equals(r.getAttribute("type"))
                && r.getAttribute("href").startsWith("pages/") && entries.get(r.getAttribute("href")) != null
                && new String(entries.get(r.getAttribute("href")), StandardCharsets.UTF_8).contains("Start here"))
                .findFirst().orElseThrow();
        org.jsoup.nodes.Document html = Jsoup.parse(new String(entries.get(page.getAttribute("href")),
                StandardCharsets.UTF_8));
        assertEquals("Start here", html.title());
        assertEquals("../web_resources/diagram.png", html.selectFirst("img").attr("src"));
        assertEquals("../web_resources/notes.txt", html.selectFirst("a").attr("href"));
        assertEquals("first", html.selectFirst("strong").text());
        List<String> dependencies = children(page, CP, "dependency").stream()
                .map(d -> resources.get(d.getAttribute("identifierref")).getAttribute("href")).sorted().toList();
        assertEquals(List.of("web_resources/diagram.png", "web_resources/notes.txt"), dependencies);
        assertEquals("Notes for the course: read them twice.\n",
                new String(entries.get("web_resources/notes.txt"), StandardCharsets.UTF_8));
    }

    private Element descriptor(String type) {
        Element resource = resources.values().stream().filter(r -> type.equals(r.getAttribute("type"))).findFirst()
                .orElseThrow();
        try {
            return parse(entries.get(child(resource, CP, "file").getAttribute("href"))).getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> elements(Element root, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = root.getElementsByTagNameNS(namespace, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static List<Element> children(Element parent, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            // name null: every child in the namespace
            if (n instanceof Element e && namespace.equals(e.getNamespaceURI())
                    && (name == null || name.equals(e.getLocalName()))) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element child(Element parent, String namespace, String name) {
        List<Element> found = children(parent, namespace, name);
        assertFalse(found.isEmpty(), parent.getLocalName() + " has " + name);
        return found.get(0);
    }
}
