package org.surgalt.quiz.qti;

import org.surgalt.platform.SafeXml;

import java.io.IOException;


import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses an uploaded QTI file without letting it reach anything: a DOCTYPE is refused outright
 * (so no entities, internal or external, and no billion laughs), no external DTD or schema is
 * loaded, no XInclude. QTI items never need a DOCTYPE.
 */
final class QtiXml {

    /** Why a file could not be read; the import reports it and goes on with the next file. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private QtiXml() {
    }

    static Document parse(byte[] bytes) throws Unreadable {
        try {
            return SafeXml.parse(bytes);
        } catch (SAXParseException e) {
            if (e.getMessage() != null && e.getMessage().contains("DOCTYPE")) {
                throw new Unreadable("declares a DOCTYPE; DTDs and entities are not accepted");
            }
            throw new Unreadable("is not well-formed XML (line " + e.getLineNumber() + ")");
        } catch (SAXException | IOException e) {
            throw new Unreadable("is not well-formed XML");
        }
    }

}
