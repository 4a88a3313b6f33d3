package org.surgalt.scorm.manifest;

import static org.surgalt.scorm.manifest.ManifestValues.IMS;
import static org.surgalt.scorm.manifest.ManifestValues.attr;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.surgalt.content.ManifestXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The sequencing definition in force on each item and on the organization: the item's own
 * imsss:sequencing, laid over the imsss:sequencingCollection entry its IDRef names.
 *
 * <p>SCORM 2004 CAM: what the item defines itself wins, top-level element by top-level element
 * (controlMode, sequencingRules, limitConditions, auxiliaryResources, rollupRules, objectives,
 * randomizationControls, deliveryControls, adlseq:constrainedChoiceConsiderations,
 * adlseq:rollupConsiderations, adlseq:objectives); the rest comes from the collection. We resolve
 * this here rather than hand scorm-again its {@code collections}: scorm-again's collections carry
 * neither delivery controls nor limit conditions, add collection rollup rules to the item's
 * instead of replacing them, and the player needs the resolved values itself (scaled passing
 * score, max time allowed).
 */
final class SequencingDefinitions {

    private final Map<String, Element> collection = new HashMap<>();
    private final boolean present;

    SequencingDefinitions(Element manifest) {
        present = !ManifestXml.descendants(manifest, "sequencing").isEmpty();
        Element collectionEl = ManifestValues.child(manifest, "imsss", "sequencingCollection");
        for (Element sequencing : ManifestValues.children(collectionEl, "imsss", "sequencing")) {
            collection.put(attr(sequencing, "ID"), sequencing);
        }
    }

    /** Whether the manifest says anything about sequencing at all. */
    boolean present() {
        return present;
    }

    /**
     * The top-level sequencing elements in force on an item or organization, keyed by local
     * name, adlseq ones as "adlseq:" + local name (adlseq:objectives sits beside imsss:objectives).
     */
    Map<String, Element> of(Element itemOrOrganization, String where) throws PackageRejected {
        Map<String, Element> effective = new LinkedHashMap<>();
        Element own = ManifestValues.child(itemOrOrganization, "imsss", "sequencing");
        if (own == null) {
            return effective;
        }
        String ref = attr(own, "IDRef");
        if (!ref.isEmpty()) {
            Element shared = collection.get(ref);
            if (shared == null) {
                throw new PackageRejected(IMS + ": " + where + ": its sequencing refers to collection '" + ref
                        + "', which the manifest does not define");
            }
            putChildren(shared, effective);
        }
        putChildren(own, effective);
        return effective;
    }

    private static void putChildren(Element sequencing, Map<String, Element> into) {
        for (Node n = sequencing.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                into.put(key(e), e);
            }
        }
    }

    static String key(Element e) {
        String ns = e.getNamespaceURI();
        return ns != null && ns.contains("adlseq") ? "adlseq:" + e.getLocalName() : e.getLocalName();
    }
}
