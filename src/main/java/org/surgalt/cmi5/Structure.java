package org.surgalt.cmi5;

import static org.surgalt.content.ManifestXml.attribute;
import static org.surgalt.content.ManifestXml.child;
import static org.surgalt.content.ManifestXml.children;
import static org.surgalt.content.ManifestXml.text;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.LocalizedText;
import org.surgalt.platform.SafeXml;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * A cmi5 course structure as an import keeps it: the course, its blocks (nested as in cmi5.xml),
 * the AUs with their attributes, and the objectives they refer to. Reading takes a structure the
 * upload pipeline has already checked (content/ManifestCmi5Reader: IRIs, unique ids, URLs); it
 * only refuses what the pipeline leaves to the importer (values of AU attributes).
 */
public record Structure(String publisherId, LocalizedText title, LocalizedText description, Block root) {

    static final String CMI5 = "cmi5.xml";

    /** A block, or (the root) the course itself: its AUs and blocks in document order. */
    public record Block(int index, String publisherId, LocalizedText title, List<Node> children) {
    }

    /** A child of a block: a block or an AU. */
    public sealed interface Node permits BlockNode, AuNode {
    }

    public record BlockNode(Block block) implements Node {
    }

    public record AuNode(Au au) implements Node {
    }

    public record Objective(String id, String title, String description) {
    }

    public record Au(int index, String publisherId, LocalizedText title, LocalizedText description, String url,
            String moveOn, BigDecimal masteryScore, String launchMethod, String launchParameters,
            String entitlementKey, String activityType, List<Objective> objectives) {
    }

    /**
     * The blocks as satisfaction needs them (kept as JSON with the import): a block's index (-1 for
     * the course), its publisher id, the blocks inside it and the indexes of its own AUs.
     */
    public record Tree(int block, String publisherId, List<Tree> blocks, List<Integer> aus) {

        /** Every AU index below this block, at any depth. */
        public List<Integer> allAus() {
            List<Integer> all = new ArrayList<>(aus);
            blocks.forEach(b -> all.addAll(b.allAus()));
            return all;
        }
    }

    public Tree tree() {
        return tree(root);
    }

    private static Tree tree(Block block) {
        List<Tree> blocks = new ArrayList<>();
        List<Integer> aus = new ArrayList<>();
        for (Node node : block.children()) {
            if (node instanceof AuNode au) {
                aus.add(au.au().index());
            } else if (node instanceof BlockNode nested) {
                blocks.add(tree(nested.block()));
            }
        }
        return new Tree(block.index(), block.publisherId(), blocks, aus);
    }

    static final List<String> MOVE_ON = List.of("Passed", "Completed", "CompletedAndPassed", "CompletedOrPassed",
            "NotApplicable");

    /** Every AU, in document order. */
    public List<Au> aus() {
        List<Au> all = new ArrayList<>();
        collect(root, all);
        return all;
    }

    private static void collect(Block block, List<Au> into) {
        for (Node node : block.children()) {
            if (node instanceof AuNode au) {
                into.add(au.au());
            } else if (node instanceof BlockNode nested) {
                collect(nested.block(), into);
            }
        }
    }

    static Structure read(byte[] xml) {
        Element root;
        try {
            root = SafeXml.parse(xml).getDocumentElement();
        } catch (SAXException | IOException e) {
            throw DomainException.invalid("file", CMI5 + " is not well-formed XML: " + e.getMessage());
        }
        Element course = child(root, "course");
        if (!"courseStructure".equals(root.getLocalName()) || course == null) {
            throw DomainException.invalid("file", CMI5 + " does not start with a <courseStructure> element");
        }
        Map<String, Objective> objectives = new HashMap<>();
        for (Element objective : children(child(root, "objectives"), "objective")) {
            objectives.put(attribute(objective, "id"), new Objective(attribute(objective, "id"),
                    any(child(objective, "title")), any(child(objective, "description"))));
        }
        Reader reader = new Reader(objectives);
        Block top = reader.block(root, -1, attribute(course, "id"), langstrings(child(course, "title")));
        return new Structure(attribute(course, "id"), langstrings(child(course, "title")),
                langstrings(child(course, "description")), top);
    }

    private static final class Reader {
        private final Map<String, Objective> objectives;
        private int blocks;
        private int aus;

        Reader(Map<String, Objective> objectives) {
            this.objectives = objectives;
        }

        Block block(Element element, int index, String publisherId, LocalizedText title) {
            List<Node> nodes = new ArrayList<>();
            for (Element child = first(element); child != null; child = next(child)) {
                if ("block".equals(child.getLocalName())) {
                    nodes.add(new BlockNode(block(child, blocks++, attribute(child, "id"),
                            langstrings(child(child, "title")))));
                } else if ("au".equals(child.getLocalName())) {
                    nodes.add(new AuNode(au(child)));
                }
            }
            return new Block(index, publisherId, title, List.copyOf(nodes));
        }

        Au au(Element au) {
            String id = attribute(au, "id");
            String moveOn = au.hasAttribute("moveOn") ? attribute(au, "moveOn") : "NotApplicable";
            if (!MOVE_ON.contains(moveOn)) {
                throw DomainException.invalid("file", CMI5 + ": the AU '" + id + "' has the moveOn '" + moveOn
                        + "', which is none of Passed, Completed, CompletedAndPassed, CompletedOrPassed, NotApplicable");
            }
            BigDecimal mastery = null;
            if (au.hasAttribute("masteryScore")) {
                try {
                    mastery = new BigDecimal(attribute(au, "masteryScore"));
                } catch (NumberFormatException e) {
                    mastery = BigDecimal.TEN;
                }
                if (mastery.signum() < 0 || mastery.compareTo(BigDecimal.ONE) > 0 || mastery.scale() > 4) {
                    throw DomainException.invalid("file", CMI5 + ": the AU '" + id + "' has the masteryScore '"
                            + attribute(au, "masteryScore") + "', which is not a decimal from 0 to 1");
                }
            }
            String method = au.hasAttribute("launchMethod") ? attribute(au, "launchMethod") : "AnyWindow";
            if (!method.equals("OwnWindow") && !method.equals("AnyWindow")) {
                throw DomainException.invalid("file", CMI5 + ": the AU '" + id + "' has the launchMethod '"
                        + method + "', which is neither OwnWindow nor AnyWindow");
            }
            List<Objective> refs = new ArrayList<>();
            for (Element ref : children(child(au, "objectives"), "objective")) {
                Objective objective = objectives.get(attribute(ref, "idref"));
                if (objective != null) {
                    refs.add(objective);
                }
            }
            LocalizedText title = langstrings(child(au, "title"));
            return new Au(aus++, id, title.isEmpty() ? LocalizedText.of(id, null) : title,
                    langstrings(child(au, "description")), text(child(au, "url")), moveOn, mastery, method,
                    blankToNull(text(child(au, "launchParameters"))), blankToNull(text(child(au, "entitlementKey"))),
                    au.hasAttribute("activityType") ? blankToNull(attribute(au, "activityType")) : null,
                    List.copyOf(refs));
        }
    }

    private static Element first(Element parent) {
        org.w3c.dom.Node n = parent.getFirstChild();
        while (n != null && !(n instanceof Element)) {
            n = n.getNextSibling();
        }
        return (Element) n;
    }

    private static Element next(Element element) {
        org.w3c.dom.Node n = element.getNextSibling();
        while (n != null && !(n instanceof Element)) {
            n = n.getNextSibling();
        }
        return (Element) n;
    }

    /**
     * A Mongolian langstring (lang "mn…") becomes the Mongolian text; English, or else the first
     * of any other language, the English one, since Surgalt keeps two languages.
     */
    static LocalizedText langstrings(Element parent) {
        String en = null;
        String mn = null;
        String other = null;
        for (Element s : children(parent, "langstring")) {
            String lang = attribute(s, "lang").toLowerCase(Locale.ROOT);
            String value = text(s).replaceAll("\\s+", " ");
            if (value.isEmpty()) {
                continue;
            }
            if (lang.startsWith("mn") && mn == null) {
                mn = value;
            } else if (lang.startsWith("en") && en == null) {
                en = value;
            } else if (other == null) {
                other = value;
            }
        }
        return LocalizedText.of(en != null ? en : mn == null ? other : null, mn);
    }

    private static String any(Element parent) {
        LocalizedText text = langstrings(parent);
        return text.isEmpty() ? "" : text.en() != null ? text.en() : text.mn();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
