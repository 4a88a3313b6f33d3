package org.surgalt.content;

import static org.surgalt.content.ManifestXml.attribute;
import static org.surgalt.content.ManifestXml.child;
import static org.surgalt.content.ManifestXml.descendants;
import static org.surgalt.content.ManifestXml.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.surgalt.content.Manifest.Item;
import org.surgalt.content.Manifest.Standard;
import org.w3c.dom.Element;

/**
 * Reads {@code cmi5.xml}: the course and its assignable units (AUs). Checks the rules of the cmi5
 * specification a package most often breaks (and CATAPULT's LMS test suite tries): ids are IRIs
 * and unique, every AU has a URL, a relative URL is in the package, and the URL does not carry the
 * launch parameters the LMS adds itself.
 */
final class ManifestCmi5Reader {

    private static final String NAME = "cmi5.xml";
    private static final Set<String> LMS_PARAMETERS = Set.of("endpoint", "fetch", "actor", "registration",
            "activityid");

    Manifest read(ArchiveListing listing) throws InspectionRejected {
        Element root = ManifestXml.parse(NAME, listing.rootManifests().get(NAME)).getDocumentElement();
        if (!"courseStructure".equals(root.getLocalName())) {
            throw new InspectionRejected(NAME + " does not start with a <courseStructure> element");
        }
        Element course = child(root, "course");
        if (course == null) {
            throw new InspectionRejected(NAME + " has no <course>");
        }
        Set<String> ids = new HashSet<>();
        checkId("course", attribute(course, "id"), ids);
        for (String element : List.of("block", "au", "objective")) {
            for (Element e : descendants(root, element)) {
                // Objectives are defined once (id) and referenced from AUs and blocks (idref).
                if (!e.hasAttribute("idref")) {
                    checkId(element, attribute(e, "id"), ids);
                }
            }
        }
        List<Item> items = new ArrayList<>();
        for (Element au : descendants(root, "au")) {
            String title = title(au);
            String url = text(child(au, "url"));
            if (url.isEmpty()) {
                throw new InspectionRejected(NAME + ": the AU '" + title + "' has no url");
            }
            checkUrl(title, url);
            ManifestPaths.requireInPackage(url, listing);
            items.add(new Item(title, url));
        }
        if (items.isEmpty()) {
            throw new InspectionRejected(NAME + " defines no assignable unit (au)");
        }
        return new Manifest(Standard.CMI5, title(course), items);
    }

    private static void checkId(String element, String id, Set<String> ids) throws InspectionRejected {
        if (id.isEmpty()) {
            throw new InspectionRejected(NAME + ": a <" + element + "> has no id");
        }
        try {
            if (new URI(id).getScheme() == null) {
                throw new InspectionRejected(NAME + ": the " + element + " id '" + id + "' is not an IRI");
            }
        } catch (URISyntaxException e) {
            throw new InspectionRejected(NAME + ": the " + element + " id '" + id + "' is not an IRI");
        }
        if (!ids.add(id)) {
            throw new InspectionRejected(NAME + ": the id '" + id + "' is used twice");
        }
    }

    private static void checkUrl(String title, String url) throws InspectionRejected {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InspectionRejected(NAME + ": the url of AU '" + title + "' is not a valid URL: " + url);
        }
        String query = uri.getRawQuery();
        if (query == null) {
            return;
        }
        for (String pair : query.split("&")) {
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (LMS_PARAMETERS.contains(name)) {
                throw new InspectionRejected(NAME + ": the url of AU '" + title + "' sets '" + name
                        + "', which the LMS adds at launch");
            }
        }
    }

    private static String title(Element element) {
        return text(child(child(element, "title"), "langstring"));
    }
}
