package org.surgalt.cartridge.export;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** StAX for the cartridge's XML documents: UTF-8 with a declaration, escaping done by the writer. */
final class Xml {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final Pattern INVALID = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private Xml() {
    }

    /** A document on {@code out}, which {@link #end} leaves open (it is the archive's entry). */
    static XMLStreamWriter start(OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        return xml;
    }

    /** A document whose root element {@code name} is in {@code namespace}, the default namespace. */
    static XMLStreamWriter root(OutputStream out, String namespace, String name) throws XMLStreamException {
        XMLStreamWriter xml = start(out);
        xml.setDefaultNamespace(namespace);
        xml.writeStartElement(namespace, name);
        xml.writeDefaultNamespace(namespace);
        return xml;
    }

    static void end(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    static void element(XMLStreamWriter xml, String namespace, String name, String text) throws XMLStreamException {
        xml.writeStartElement(namespace, name);
        text(xml, text);
        xml.writeEndElement();
    }

    /** An attribute of free text (a title), without the characters XML 1.0 cannot hold. */
    static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, value == null ? "" : INVALID.matcher(value).replaceAll(""));
    }

    /** Text without the characters XML 1.0 cannot hold (the writer escapes, it does not drop). */
    static void text(XMLStreamWriter xml, String text) throws XMLStreamException {
        xml.writeCharacters(text == null ? "" : INVALID.matcher(text).replaceAll(""));
    }
}
