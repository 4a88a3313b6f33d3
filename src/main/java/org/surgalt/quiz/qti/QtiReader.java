package org.surgalt.quiz.qti;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.surgalt.quiz.QuestionContent;
import org.surgalt.quiz.QuestionKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Turns a QTI 2.1 assessmentItem into a question of the bank. Imported: items with exactly one
 * choiceInteraction (one correct choice: single choice; cardinality multiple or maxChoices other
 * than 1: multiple choice) or textEntryInteraction (baseType float/integer: numeric, exact;
 * otherwise short answer). The correct answer comes from correctResponse, else from the mapping's
 * entries worth more than 0. Everything else is reported with the reason: tests instead of items,
 * other interactions, several interactions in one item, audio or video, no correct answer.
 * Text is kept as plain text; images become their alt text.
 */
public final class QtiReader {

    public static final int MAX_BYTES = 1024 * 1024;

    private static final String QTI_NAMESPACE = "http://www.imsglobal.org/xsd/imsqti_v2p";
    private static final String MATHML = "http://www.w3.org/1998/Math/MathML";
    private static final Pattern TAG = Pattern.compile("<[^>]{0,2000}>");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\u00A0]+");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "blockquote", "li", "ul", "ol", "table",
            "tr", "h1", "h2", "h3", "h4", "h5", "h6", "pre");
    private static final Set<String> MEDIA = Set.of("object", "audio", "video");

    private QtiReader() {
    }

    public static QtiItem read(String file, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return new QtiItem.Skipped(file, "is larger than 1 MiB");
        }
        Document document;
        try {
            document = QtiXml.parse(bytes);
        } catch (QtiXml.Unreadable e) {
            return new QtiItem.Skipped(file, e.getMessage());
        }
        Element root = document.getDocumentElement();
        String namespace = root.getNamespaceURI() == null ? "" : root.getNamespaceURI();
        if ("assessmentTest".equals(root.getLocalName())) {
            return new QtiItem.Skipped(file, "is an assessment test (a list of items), not an item; "
                    + "import the item files it refers to");
        }
        if (!"assessmentItem".equals(root.getLocalName()) || !namespace.startsWith(QTI_NAMESPACE)) {
            return new QtiItem.Skipped(file, "is not a QTI 2.1 assessmentItem (root element <"
                    + root.getLocalName() + ">" + (namespace.isEmpty() ? "" : " in " + namespace) + ")");
        }
        Element body = first(root, "itemBody");
        if (body == null) {
            return new QtiItem.Skipped(file, "has no itemBody");
        }
        List<Element> interactions = new ArrayList<>();
        collect(body, interactions, element -> element.getLocalName().endsWith("Interaction"));
        if (interactions.isEmpty()) {
            return new QtiItem.Skipped(file, "has no interaction");
        }
        if (interactions.size() > 1) {
            Set<String> names = new LinkedHashSet<>();
            interactions.forEach(element -> names.add(element.getLocalName()));
            return new QtiItem.Skipped(file, "has " + interactions.size() + " interactions (" + String.join(", ", names)
                    + "); only items with one interaction are imported");
        }
        Element interaction = interactions.get(0);
        String type = interaction.getLocalName();
        if ("extendedTextInteraction".equals(type)) {
            return new QtiItem.Skipped(file,
                    "asks for a written text (extendedTextInteraction), which needs a person to grade it");
        }
        if (!"choiceInteraction".equals(type) && !"textEntryInteraction".equals(type)) {
            return new QtiItem.Skipped(file, "uses " + type
                    + ", which quizzes do not support (supported: choiceInteraction, textEntryInteraction)");
        }
        List<Element> media = new ArrayList<>();
        collect(body, media, element -> MEDIA.contains(element.getLocalName()));
        if (!media.isEmpty()) {
            return new QtiItem.Skipped(file, "plays audio or video (<" + media.get(0).getLocalName()
                    + ">), which the import does not bring in");
        }
        String identifier = root.getAttribute("identifier");
        List<String> notes = new ArrayList<>();
        return "choiceInteraction".equals(type) ? choice(file, identifier, root, body, interaction, notes)
                : textEntry(file, identifier, root, body, interaction, notes);
    }

    private static QtiItem choice(String file, String identifier, Element root, Element body, Element interaction,
            List<String> notes) {
        Element declaration = declaration(root, interaction.getAttribute("responseIdentifier"));
        if (declaration == null) {
            return new QtiItem.Skipped(file, "has no responseDeclaration for its interaction");
        }
        List<String> correct = correctValues(declaration);
        List<Element> choices = children(interaction, "simpleChoice");
        List<QuestionContent.Option> options = new ArrayList<>();
        for (Element choice : choices) {
            options.add(new QuestionContent.Option(text(choice, null, notes), correct.contains(
                    choice.getAttribute("identifier"))));
        }
        long right = options.stream().filter(QuestionContent.Option::correct).count();
        if (right == 0) {
            return new QtiItem.Skipped(file, "has no correct response");
        }
        String maxChoices = interaction.getAttribute("maxChoices");
        boolean multiple = "multiple".equals(declaration.getAttribute("cardinality"))
                || (!maxChoices.isEmpty() && !"1".equals(maxChoices));
        if ("true".equals(interaction.getAttribute("shuffle"))) {
            notes.add("shuffling options is a setting of each quiz here, not of the question");
        }
        Element promptElement = first(interaction, "prompt");
        String prompt = join(text(body, interaction, notes), promptElement == null ? "" : text(promptElement, null,
                notes));
        QuestionKind kind = multiple ? QuestionKind.MULTIPLE_CHOICE : QuestionKind.SINGLE_CHOICE;
        if (kind == QuestionKind.SINGLE_CHOICE && right > 1) {
            kind = QuestionKind.MULTIPLE_CHOICE;
        }
        return new QtiItem.Question(file, identifier, new QuestionContent(kind, titled(root, prompt), 1, options, null,
                null, null, null), notes);
    }

    private static QtiItem textEntry(String file, String identifier, Element root, Element body, Element interaction,
            List<String> notes) {
        Element declaration = declaration(root, interaction.getAttribute("responseIdentifier"));
        if (declaration == null) {
            return new QtiItem.Skipped(file, "has no responseDeclaration for its interaction");
        }
        List<String> correct = correctValues(declaration);
        if (correct.isEmpty()) {
            return new QtiItem.Skipped(file, "has no correct response");
        }
        String prompt = titled(root, text(body, interaction, notes));
        String baseType = declaration.getAttribute("baseType");
        if ("float".equals(baseType) || "integer".equals(baseType)) {
            try {
                BigDecimal answer = new BigDecimal(correct.get(0).strip());
                return new QtiItem.Question(file, identifier, new QuestionContent(QuestionKind.NUMERIC, prompt, 1,
                        null, null, answer, BigDecimal.ZERO, null), notes);
            } catch (NumberFormatException e) {
                return new QtiItem.Skipped(file, "has a numeric response whose correct value is not a number");
            }
        }
        if (hasCaseSensitiveMapping(declaration)) {
            notes.add("answers are compared without regard to case");
        }
        return new QtiItem.Question(file, identifier, new QuestionContent(QuestionKind.SHORT_ANSWER, prompt, 1, null,
                null, null, null, correct), notes);
    }

    /** correctResponse values; else the mapping's keys worth more than nothing. */
    private static List<String> correctValues(Element declaration) {
        List<String> values = new ArrayList<>();
        Element correct = first(declaration, "correctResponse");
        if (correct != null) {
            children(correct, "value").forEach(value -> values.add(value.getTextContent().strip()));
        }
        Element mapping = first(declaration, "mapping");
        if (mapping != null) {
            for (Element entry : children(mapping, "mapEntry")) {
                try {
                    if (Double.parseDouble(entry.getAttribute("mappedValue")) > 0
                            && !values.contains(entry.getAttribute("mapKey"))) {
                        if (correct == null || declaration.getAttribute("baseType").equals("string")) {
                            values.add(entry.getAttribute("mapKey"));
                        }
                    }
                } catch (NumberFormatException e) {
                    // A mapping entry without a usable value gives no answer.
                }
            }
        }
        values.removeIf(String::isBlank);
        return values;
    }

    private static boolean hasCaseSensitiveMapping(Element declaration) {
        Element mapping = first(declaration, "mapping");
        return mapping != null && children(mapping, "mapEntry").stream()
                .anyMatch(entry -> "true".equals(entry.getAttribute("caseSensitive")));
    }

    private static Element declaration(Element root, String identifier) {
        return children(root, "responseDeclaration").stream()
                .filter(element -> element.getAttribute("identifier").equals(identifier)).findFirst().orElse(null);
    }

    /** The item's title is not shown to learners in QTI; the prompt stands alone, as there. */
    private static String titled(Element root, String prompt) {
        return prompt.isBlank() ? root.getAttribute("title") : prompt;
    }

    /**
     * Plain text of an element: blocks become line breaks, images their alt text, MathML its
     * characters (with ^ for powers); {@code interaction} becomes a blank (text entry) or nothing.
     */
    private static String text(Element element, Element interaction, List<String> notes) {
        StringBuilder out = new StringBuilder();
        append(element, interaction, out, notes);
        List<String> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            String clean = SPACES.matcher(line).replaceAll(" ").strip();
            if (!clean.isEmpty()) {
                lines.add(clean);
            }
        }
        return String.join("\n", lines);
    }

    private static void append(Node node, Element interaction, StringBuilder out, List<String> notes) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            if (MATHML.equals(node.getParentNode().getNamespaceURI())) {
                // White space between MathML elements is layout, not content: E=mc^2, not "E = m c ^ 2".
                out.append(node.getNodeValue().strip());
                return;
            }
            // CDATA in the wild carries HTML as text; the tags are not part of the words.
            out.append(TAG.matcher(node.getNodeValue()).replaceAll(" ").replace('\n', ' '));
            return;
        }
        if (node.getNodeType() != Node.ELEMENT_NODE) {
            return;
        }
        Element element = (Element) node;
        String name = element.getLocalName();
        if (element == interaction) {
            if ("textEntryInteraction".equals(name)) {
                out.append(" ____ ");
            }
            return;
        }
        if ("img".equals(name)) {
            String alt = element.getAttribute("alt").strip();
            notes.add("image " + element.getAttribute("src") + " left out"
                    + (alt.isEmpty() ? "" : "; its description is in the text"));
            if (!alt.isEmpty()) {
                out.append(" [").append(alt).append("] ");
            }
            return;
        }
        if ("msup".equals(name)) {
            List<Element> parts = childElements(element);
            if (parts.size() == 2) {
                append(parts.get(0), interaction, out, notes);
                out.append('^');
                append(parts.get(1), interaction, out, notes);
                return;
            }
        }
        if ("feedbackInline".equals(name) || "feedbackBlock".equals(name) || "rubricBlock".equals(name)) {
            return;
        }
        boolean block = BLOCKS.contains(name);
        if (block) {
            out.append('\n');
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            append(child, interaction, out, notes);
        }
        if (block) {
            out.append('\n');
        }
    }

    private static String join(String first, String second) {
        if (first.isBlank()) {
            return second;
        }
        return second.isBlank() ? first : first + "\n" + second;
    }

    private static void collect(Element element, List<Element> found, java.util.function.Predicate<Element> test) {
        for (Element child : childElements(element)) {
            if (test.test(child)) {
                found.add(child);
            }
            collect(child, found, test);
        }
    }

    private static List<Element> childElements(Element parent) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element) {
                found.add(element);
            }
        }
        return found;
    }

    private static List<Element> children(Element parent, String localName) {
        return childElements(parent).stream().filter(element -> localName.equals(element.getLocalName())).toList();
    }

    private static Element first(Element parent, String localName) {
        return children(parent, localName).stream().findFirst().orElse(null);
    }
}
