package org.surgalt.scorm.manifest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.surgalt.content.ManifestXml;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Typed attribute and element values of a manifest, each checked against what the SCORM schemas
 * allow: a value the player would misread is refused with the item it sits on and the value, so
 * that an author can find and fix it.
 */
final class ManifestValues {

    static final String IMS = "imsmanifest.xml";

    private ManifestValues() {
    }

    /**
     * An attribute by local name whatever its prefix (packages bind adlcp, adlseq and imsss to
     * any prefix, or none), stripped; "" when absent.
     */
    static String attr(Element element, String localName) {
        if (element == null) {
            return "";
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            String name = a.getLocalName() == null ? a.getName() : a.getLocalName();
            if (name.equals(localName)) {
                return a.getValue().strip();
            }
        }
        return "";
    }

    /** SCORM 1.2 spells the adlcp names in lower case, 2004 in camel case; packages mix them. */
    static Element childIgnoringCase(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equalsIgnoreCase(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /** Child elements by local name in the given namespace family ("imsss", "adlseq", ...). */
    static List<Element> children(Element parent, String family, String localName) {
        return ManifestXml.children(parent, localName).stream().filter(e -> inFamily(e, family)).toList();
    }

    static Element child(Element parent, String family, String localName) {
        List<Element> found = children(parent, family, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Whether an element's namespace is the given family's: "adlseq" matches
     * http://www.adlnet.org/xsd/adlseq_v1p3. An element without a namespace is taken as the
     * family asked for, as ManifestXml does for packages that leave them out.
     */
    static boolean inFamily(Element element, String family) {
        String ns = element.getNamespaceURI();
        return ns == null || ns.toLowerCase(Locale.ROOT).contains(family);
    }

    static String textOrNull(Element element) {
        String text = ManifestXml.text(element);
        return text.isEmpty() ? null : text;
    }

    static Boolean bool(Element element, String name, String where) throws PackageRejected {
        String value = attr(element, name);
        return switch (value) {
            case "" -> null;
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> throw rejected(where, element, name, value, "is not true or false");
        };
    }

    static boolean bool(Element element, String name, boolean otherwise, String where) throws PackageRejected {
        Boolean value = bool(element, name, where);
        return value == null ? otherwise : value;
    }

    static BigDecimal decimal(Element element, String name, double min, double max, String where)
            throws PackageRejected {
        return decimal(element, name, attr(element, name), min, max, where);
    }

    /** An element's text as a number within [min, max]; null when empty. */
    static BigDecimal decimalText(Element element, double min, double max, String where) throws PackageRejected {
        return decimal(element, null, ManifestXml.text(element), min, max, where);
    }

    static Integer integer(Element element, String name, String where) throws PackageRejected {
        BigDecimal value = decimal(element, name, 0, Integer.MAX_VALUE, where);
        if (value != null && value.stripTrailingZeros().scale() > 0) {
            throw rejected(where, element, name, attr(element, name), "is not a whole number");
        }
        return value == null ? null : value.intValue();
    }

    /** A value from a closed vocabulary; {@code otherwise} when absent. */
    static String token(Element element, String name, Set<String> allowed, String otherwise, String where)
            throws PackageRejected {
        String value = attr(element, name);
        if (value.isEmpty()) {
            return otherwise;
        }
        if (!allowed.contains(value)) {
            throw rejected(where, element, name, value, "is not one of " + String.join(", ", allowed.stream()
                    .sorted().toList()));
        }
        return value;
    }

    static PackageRejected rejected(String where, Element element, String name, String value, String problem) {
        String what = element == null ? "" : element.getLocalName() + (name == null ? "" : " " + name);
        return new PackageRejected(IMS + ": " + where + ": " + what + " '" + value + "' " + problem);
    }

    private static BigDecimal decimal(Element element, String name, String value, double min, double max,
            String where) throws PackageRejected {
        if (value.isEmpty()) {
            return null;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw rejected(where, element, name, value, "is not a number");
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw rejected(where, element, name, value, "is not between " + plain(min) + " and " + plain(max));
        }
        return number;
    }

    private static String plain(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
