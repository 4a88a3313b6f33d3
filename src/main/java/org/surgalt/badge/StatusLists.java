package org.surgalt.badge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.surgalt.progress.certificate.CertificateService;

/**
 * W3C Bitstring Status List (revocation): a certificate's index is its id; list n holds ids
 * n·SIZE to (n+1)·SIZE − 1. SIZE is the specification's minimum of 131,072 bits (16 KB), which
 * gives every list the herd privacy the specification asks for. The list credential is made
 * from the certificate rows when asked, so it is never behind a revocation. A set bit means "does
 * not stand": revoked, deleted, or never issued.
 */
@ApplicationScoped
public class StatusLists {

    static final int SIZE = 131_072;

    private final CertificateService certificates;
    private final BadgeUrls urls;
    private final VcJwt jwt;
    private final ObjectMapper json;

    StatusLists(CertificateService certificates, BadgeUrls urls, VcJwt jwt, ObjectMapper json) {
        this.certificates = certificates;
        this.urls = urls;
        this.jwt = jwt;
        this.json = json;
    }

    /** The credentialStatus of the certificate with this id. */
    ObjectNode entry(long certificateId) {
        long list = certificateId / SIZE;
        ObjectNode status = json.createObjectNode();
        status.put("id", urls.statusList(list) + "#" + certificateId % SIZE);
        status.put("type", "BitstringStatusListEntry");
        status.put("statusPurpose", "revocation");
        status.put("statusListIndex", Long.toString(certificateId % SIZE));
        status.put("statusListCredential", urls.statusList(list));
        return status;
    }

    /** List n as a BitstringStatusListCredential, signed (VC-JWT). */
    public String signedList(long list) {
        // Every bit set but those of standing certificates: a deleted certificate (its course or learner
        // deleted) is as invalid as a revoked one; an index no credential has had harms no one.
        byte[] bits = new byte[SIZE / 8];
        java.util.Arrays.fill(bits, (byte) 0xff);
        for (long id : certificates.standingIds(list * SIZE, (list + 1) * SIZE)) {
            int index = (int) (id % SIZE);
            bits[index / 8] &= (byte) ~(0x80 >>> (index % 8)); // index 0 is the first byte's leftmost bit
        }
        String url = urls.statusList(list);
        ObjectNode credential = json.createObjectNode();
        credential.putArray("@context").add("https://www.w3.org/ns/credentials/v2");
        credential.put("id", url);
        credential.putArray("type").add("VerifiableCredential").add("BitstringStatusListCredential");
        credential.put("issuer", urls.issuer());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        credential.put("validFrom", now.toString());
        ObjectNode subject = credential.putObject("credentialSubject");
        subject.put("id", url + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", "revocation");
        subject.put("encodedList", "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(gzip(bits)));
        credential.put("iss", urls.issuer());
        credential.put("jti", url);
        credential.put("iat", now.getEpochSecond());
        return jwt.sign(credential);
    }

    /**
     * Whether the bit at the index is set in a status list credential's payload; empty when the
     * payload is not such a list (not multibase base64url, not GZIP, too short).
     */
    static java.util.Optional<Boolean> bit(ObjectNode listCredential, long index) {
        String encoded = listCredential.path("credentialSubject").path("encodedList").asText("");
        if (!encoded.startsWith("u") || index < 0) {
            return java.util.Optional.empty();
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(
                Base64.getUrlDecoder().decode(encoded.substring(1))))) {
            byte[] bits = in.readNBytes(SIZE / 8);
            if (index / 8 >= bits.length) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of((bits[(int) (index / 8)] & (0x80 >>> (index % 8))) != 0);
        } catch (IOException | IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
