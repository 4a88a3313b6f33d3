package org.surgalt.xapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The statements of a PUT or POST as they arrive: application/json (one statement or an array), or
 * multipart/mixed with the statements first and each attachment's data after them, checked against
 * its SHA-2 (xAPI 1.0.3 Communication 1.5.2).
 */
final class StatementBodies {

    private StatementBodies() {
    }

    record Incoming(List<ObjectNode> statements, boolean array, Map<String, XapiStatements.Part> parts) {
    }

    static Incoming incoming(HttpHeaders headers, byte[] body) {
        String contentType = headers.getHeaderString("Content-Type");
        if (Multipart.isMultipart(contentType)) {
            List<Multipart.Part> parts = Multipart.parse(body == null ? new byte[0] : body, contentType);
            if (parts.isEmpty() || !isJson(parts.get(0).header("Content-Type"))) {
                throw new XapiRejected(400, "The first part of a multipart/mixed request is the statements,"
                        + " as application/json.");
            }
            Incoming first = statementsOf(parts.get(0).content());
            Map<String, XapiStatements.Part> attachments = new LinkedHashMap<>();
            for (Multipart.Part part : parts.subList(1, parts.size())) {
                attachments.put(checkedHash(part), new XapiStatements.Part(part.header("X-Experience-API-Hash")
                        .toLowerCase(Locale.ROOT), part.header("Content-Type") == null ? "application/octet-stream"
                        : part.header("Content-Type"), part.content()));
            }
            AttachmentSignatures.check(first.statements(), attachments);
            return new Incoming(first.statements(), first.array(), attachments);
        }
        if (!isJson(contentType)) {
            throw new XapiRejected(400, "Statements are sent as application/json, or as multipart/mixed with"
                    + " attachments.");
        }
        Incoming incoming = statementsOf(body);
        for (ObjectNode statement : incoming.statements()) {
            for (JsonNode attachment : statement.path("attachments")) {
                if (attachment.isObject() && !attachment.has("fileUrl")) {
                    throw new XapiRejected(400, "An attachment without a fileUrl is sent in a multipart/mixed"
                            + " request with its data.");
                }
            }
        }
        return incoming;
    }

    /** The part's X-Experience-API-Hash, which must be the SHA-2 of its content. */
    private static String checkedHash(Multipart.Part part) {
        String hash = part.header("X-Experience-API-Hash");
        if (hash == null) {
            throw new XapiRejected(400, "Every attachment part has an X-Experience-API-Hash header.");
        }
        String encoding = part.header("Content-Transfer-Encoding");
        if (encoding != null && !encoding.equalsIgnoreCase("binary")) {
            throw new XapiRejected(400, "Attachment parts use Content-Transfer-Encoding: binary.");
        }
        String algorithm = switch (hash.length()) {
            case 56 -> "SHA-224";
            case 64 -> "SHA-256";
            case 96 -> "SHA-384";
            case 128 -> "SHA-512";
            default -> throw new XapiRejected(400, "X-Experience-API-Hash is not a SHA-2 hash.");
        };
        try {
            String actual = HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(part.content()));
            if (!actual.equalsIgnoreCase(hash)) {
                throw new XapiRejected(400, "The attachment's content does not have the SHA-2 its"
                        + " X-Experience-API-Hash header says (" + hash + ").");
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return hash.toLowerCase(Locale.ROOT);
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).strip().startsWith("application/json");
    }

    private static Incoming statementsOf(byte[] body) {
        JsonNode node = json(body == null ? "" : new String(body, StandardCharsets.UTF_8), "the request body");
        List<ObjectNode> list = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (!item.isObject()) {
                    throw new XapiRejected(400, "Every statement is a JSON object.");
                }
                list.add((ObjectNode) item);
            }
            return new Incoming(list, true, Map.of());
        }
        if (!node.isObject()) {
            throw new XapiRejected(400, "The body is a statement (a JSON object) or an array of statements.");
        }
        list.add((ObjectNode) node);
        return new Incoming(list, false, Map.of());
    }

    static JsonNode json(String text, String what) {
        try {
            JsonNode node = StatementsResource.STRICT.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new XapiRejected(400, what + " is empty; JSON is expected.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new XapiRejected(400, what + " is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
