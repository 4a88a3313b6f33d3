package org.surgalt.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.metadata.XMPDM;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.SecureContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts metadata and text with Tika, bounded: at most {@code maxChars} characters (more is
 * "truncated", not an error), a compression-ratio and nesting guard ({@link SecureContentHandler};
 * POI adds its own zip-bomb and XML-bomb limits), no OCR, and embedded documents (attachments,
 * OLE objects, altChunks) are counted but never parsed: their text is not worth the attack surface.
 * Tika 3 parses XML with its secure defaults (no DTDs fetched, no external entities).
 */
final class InspectionExtractor {

    record Extracted(Map<String, String> metadata, String text, boolean truncated) {
    }

    private final Parser parser;

    /** {@code parser}: Tika's {@link AutoDetectParser}, or in tests one that misbehaves. */
    InspectionExtractor(Parser parser) {
        this.parser = parser;
    }

    /** {@code type} is the detected type: the parser for it is used, whatever the content claims. */
    Extracted extract(Path file, String type, int maxChars) throws InspectionRejected, IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.CONTENT_TYPE_PARSER_OVERRIDE, type);
        WriteOutContentHandler text = new WriteOutContentHandler(maxChars);
        EmbeddedCounter embedded = new EmbeddedCounter();
        boolean truncated = false;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            SecureContentHandler secure = new SecureContentHandler(new BodyContentHandler(text), in);
            secure.setMaximumDepth(100);
            secure.setMaximumPackageEntryDepth(2);
            try {
                parser.parse(in, secure, metadata, context(embedded));
            } catch (SAXException e) {
                if (WriteLimitReachedException.isWriteLimitReached(e)) {
                    truncated = true;
                } else {
                    secure.throwIfCauseOf(e);
                    throw new InspectionRejected("The file is damaged and could not be read (" + e.getMessage() + ")");
                }
            }
        } catch (ZeroByteFileException e) {
            throw new InspectionRejected("The file is empty");
        } catch (TikaException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                truncated = true;
            } else {
                throw InspectionFailures.reasonFor(e);
            }
        }
        Map<String, String> found = metadataOf(metadata);
        if (embedded.count > 0) {
            found.put("embeddedDocuments", Integer.toString(embedded.count));
        }
        return new Extracted(found, text.toString().strip(), truncated);
    }

    private ParseContext context(EmbeddedCounter embedded) {
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, embedded);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        pdf.setExtractActions(false);
        context.set(PDFParserConfig.class, pdf);
        return context;
    }

    private static Map<String, String> metadataOf(Metadata metadata) {
        Map<String, String> found = new LinkedHashMap<>();
        put(found, "title", metadata, TikaCoreProperties.TITLE);
        String authors = String.join(", ", metadata.getValues(TikaCoreProperties.CREATOR));
        if (!authors.isBlank()) {
            found.put("author", authors.strip());
        }
        put(found, "language", metadata, TikaCoreProperties.LANGUAGE);
        put(found, "pages", metadata, PagedText.N_PAGES);
        if (!found.containsKey("pages")) {
            put(found, "pages", metadata, Office.PAGE_COUNT);
        }
        put(found, "slides", metadata, Office.SLIDE_COUNT);
        put(found, "duration", metadata, XMPDM.DURATION);
        if ("true".equals(metadata.get("pdf:encrypted"))) {
            // Only an owner password (no printing, no copying): it opens for everyone, so it is kept.
            found.put("encrypted", "owner password only");
        }
        String encoding = metadata.get(Metadata.CONTENT_ENCODING);
        if (encoding != null) {
            found.put("encoding", encoding);
        }
        return found;
    }

    private static void put(Map<String, String> found, String key, Metadata metadata, Property property) {
        String value = metadata.get(property);
        if (value != null && !value.isBlank()) {
            found.put(key, value.strip());
        }
    }

    /** Refuses every embedded document and counts them. */
    private static final class EmbeddedCounter implements EmbeddedDocumentExtractor {
        int count;

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            count++;
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // Never called: shouldParseEmbedded always says no.
        }
    }
}
