package org.surgalt.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Signed statements (xAPI 1.0.3 Data 2.6, 2.0 part two 2.7): a signature attachment is a JWS
 * (RS256, RS384 or RS512) whose payload is the statement as it was before the signature was
 * added; when the JWS carries its certificate (x5c), the signature must verify with it.
 */
final class AttachmentSignatures {

    static final String SIGNATURE = "http://adlnet.gov/expapi/attachments/signature";
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512);

    private AttachmentSignatures() {
    }

    static void check(List<ObjectNode> statements, Map<String, XapiStatements.Part> parts) {
        for (ObjectNode statement : statements) {
            for (JsonNode attachment : statement.path("attachments")) {
                if (!SIGNATURE.equals(attachment.path("usageType").asText())) {
                    continue;
                }
                if (!"application/octet-stream".equals(attachment.path("contentType").asText())) {
                    throw new XapiRejected(400, "A signature attachment has the contentType application/octet-stream.");
                }
                XapiStatements.Part part = parts.get(attachment.path("sha2").asText().toLowerCase(Locale.ROOT));
                if (part == null) {
                    continue;
                }
                verify(statement, new String(part.content(), StandardCharsets.UTF_8).strip());
            }
        }
    }

    private static void verify(ObjectNode statement, String jws) {
        JWSObject signed;
        try {
            signed = JWSObject.parse(jws);
        } catch (java.text.ParseException e) {
            throw new XapiRejected(400, "The signature attachment is not a JWS.");
        }
        if (!ALGORITHMS.contains(signed.getHeader().getAlgorithm())) {
            throw new XapiRejected(400, "A statement signature uses RS256, RS384 or RS512.");
        }
        JsonNode payload;
        try {
            payload = StatementsResource.STRICT.readTree(signed.getPayload().toString());
        } catch (Exception e) {
            throw new XapiRejected(400, "The signature's payload is not a statement.");
        }
        if (!(payload instanceof ObjectNode original)) {
            throw new XapiRejected(400, "The signature's payload is not a statement.");
        }
        ObjectNode sent = statement.deepCopy();
        sent.remove("attachments");
        original = original.deepCopy();
        original.remove("attachments");
        if (!sent.has("id")) {
            original.remove("id");
        }
        if (!StatementComparison.same(original, sent)) {
            throw new XapiRejected(400, "The signed statement differs from the statement its signature signs.");
        }
        List<Base64> chain = signed.getHeader().getX509CertChain();
        if (chain != null && !chain.isEmpty()) {
            try {
                X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(chain.get(0).decode()));
                if (!signed.verify(new RSASSAVerifier((RSAPublicKey) certificate.getPublicKey()))) {
                    throw new XapiRejected(400, "The statement's signature does not verify with its certificate.");
                }
            } catch (XapiRejected e) {
                throw e;
            } catch (Exception e) {
                throw new XapiRejected(400, "The statement's signature certificate cannot be read.");
            }
        }
    }
}
