package org.surgalt.xapi.document;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.surgalt.xapi.XapiRejected;

/** What the document resources need to know of a document's bytes: JSON or not, its ETag, a merge. */
final class DocumentContent {

    /** A document's content type when the request names none. */
    static final String DEFAULT_TYPE = "application/octet-stream";
    static final String JSON_TYPE = "application/json";
    /** The largest document the LRS keeps (the column is a MEDIUMBLOB). */
    static final int MAX_BYTES = 8 << 20;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private DocumentContent() {
    }

    /** application/json, whatever its parameters (charset) and case. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
        return type.toLowerCase(Locale.ROOT).equals(JSON_TYPE);
    }

    /** The content type to store: as sent, or {@link #DEFAULT_TYPE}. */
    static String typeOf(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return DEFAULT_TYPE;
        }
        String type = contentType.strip();
        if (type.length() > 255) {
            throw new XapiRejected(400, "The Content-Type is longer than 255 characters");
        }
        try {
            jakarta.ws.rs.core.MediaType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new XapiRejected(400, "The Content-Type is not a media type");
        }
        return type;
    }

    /** The bytes as a JSON object, or null when they are not one. */
    static ObjectNode object(byte[] content) {
        try {
            JsonNode node = JSON.readTree(content);
            return node instanceof ObjectNode object ? object : null;
        } catch (IOException e) {
            return null;
        }
    }

    static boolean isValidJson(byte[] content) {
        try {
            JsonNode node = JSON.readTree(content);
            return node != null && !node.isMissingNode();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * xAPI's document merge: the posted object's top-level properties replace the stored one's of
     * the same name, whole (no deeper merge); the others stay.
     */
    static byte[] merge(ObjectNode stored, ObjectNode posted) {
        ObjectNode merged = stored.deepCopy();
        merged.setAll(posted);
        return merged.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The ETag of these bytes: their SHA-1 in hex, as the ADL suite and most LRSs make it. */
    static String etag(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
