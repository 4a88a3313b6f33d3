package org.surgalt.badge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.surgalt.identity.SecretTokens;
import org.surgalt.progress.certificate.Certificate;

/**
 * A certificate as an Open Badges 3.0 OpenBadgeCredential (VC data model 2.0), made from the
 * certificate's frozen row: the same certificate gives the same credential, and the same token.
 *
 * <p>Languages: OB 3.0's schema allows one string per name and narrative, so the achievement is
 * named in Mongolian (English when the course has no Mongolian title), with {@code inLanguage}
 * "mn"; its description and criteria narrative state the course in both languages, Mongolian
 * first. The learner is identified by a salted SHA-256 of their email (an IdentityObject), never
 * the address itself; the salt is derived from the certificate code so the credential is stable.
 */
@ApplicationScoped
public class OpenBadgeCredentials {

    static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    /** The credential, the same with its proof (the VC-JWT), and the VC-JWT. */
    public record Issued(ObjectNode credential, ObjectNode withProof, String jwt) {
    }

    private final BadgeUrls urls;
    private final BadgeConfig config;
    private final StatusLists statusLists;
    private final VcJwt vcJwt;
    private final ObjectMapper json;

    OpenBadgeCredentials(BadgeUrls urls, BadgeConfig config, StatusLists statusLists, VcJwt vcJwt, ObjectMapper json) {
        this.urls = urls;
        this.config = config;
        this.statusLists = statusLists;
        this.vcJwt = vcJwt;
        this.json = json;
    }

    public Issued issue(Certificate certificate, String learnerEmail) {
        ObjectNode credential = credential(certificate, learnerEmail);
        ObjectNode payload = credential.deepCopy();
        payload.put("iss", urls.issuer());
        payload.put("jti", credential.get("id").asText());
        payload.put("nbf", certificate.issuedAt().getEpochSecond());
        String token = vcJwt.sign(payload);
        ObjectNode withProof = credential.deepCopy();
        ObjectNode proof = withProof.putArray("proof").addObject();
        proof.put("type", "JwtProof2020");
        proof.put("proofPurpose", "assertionMethod");
        proof.put("verificationMethod", urls.jwks() + "#" + vcJwt.keyId());
        proof.put("jwt", token);
        return new Issued(credential, withProof, token);
    }

    /** The issuer profile: the institution that runs this site. */
    public ObjectNode issuer() {
        ObjectNode issuer = json.createObjectNode();
        issuer.put("id", urls.issuer());
        issuer.putArray("type").add("Profile");
        issuer.put("name", config.issuerName());
        config.issuerUrl().ifPresent(url -> issuer.put("url", url));
        return issuer;
    }

    private ObjectNode credential(Certificate c, String email) {
        ObjectNode credential = json.createObjectNode();
        credential.putArray("@context").add(VC_CONTEXT).add(OB_CONTEXT);
        credential.put("id", "urn:uuid:" + uuid("certificate:" + c.code()));
        credential.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        String title = c.courseTitleMn() != null && !c.courseTitleMn().isBlank() ? c.courseTitleMn() : c.courseTitleEn();
        credential.put("name", title);
        credential.set("issuer", issuer());
        credential.put("validFrom", c.issuedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        credential.put("awardedDate", c.completedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        ObjectNode subject = credential.putObject("credentialSubject");
        subject.putArray("type").add("AchievementSubject");
        subject.put("activityEndDate", c.completedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        ArrayNode identifiers = subject.putArray("identifier");
        String salt = SecretTokens.hash("ob3-salt:" + c.code()).substring(0, 16);
        ObjectNode identity = identifiers.addObject();
        identity.put("type", "IdentityObject");
        identity.put("identityHash", "sha256$" + SecretTokens.hash(email.toLowerCase(java.util.Locale.ROOT) + salt));
        identity.put("identityType", "emailAddress");
        identity.put("hashed", true);
        identity.put("salt", salt);
        subject.set("achievement", achievement(c, title));
        credential.set("credentialStatus", statusLists.entry(c.id()));
        return credential;
    }

    private ObjectNode achievement(Certificate c, String title) {
        ObjectNode achievement = json.createObjectNode();
        achievement.put("id", "urn:uuid:" + uuid("course:" + c.courseId() + ":" + c.courseVersion()));
        achievement.putArray("type").add("Achievement");
        achievement.put("achievementType", "CertificateOfCompletion");
        achievement.put("name", title);
        String mn = c.courseTitleMn() == null ? c.courseTitleEn() : c.courseTitleMn();
        String en = c.courseTitleEn() == null ? c.courseTitleMn() : c.courseTitleEn();
        String total = hours(c.totalHours());
        String f2f = hours(c.f2fHours());
        achievement.put("description", mn + " / " + en);
        achievement.putObject("criteria").put("narrative", "Монгол: «" + mn + "» сургалтыг бүрэн дүүргэсэн: нийт "
                + total + " цаг, үүнээс " + f2f + " цаг танхимаар.\n\nEnglish: completed the course “" + en
                + "”: " + total + " hours in total, " + f2f + " of them face to face.");
        achievement.put("inLanguage", "mn");
        achievement.put("version", Integer.toString(c.courseVersion()));
        achievement.set("creator", issuer());
        return achievement;
    }

    private static String hours(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private UUID uuid(String name) {
        return UUID.nameUUIDFromBytes((urls.issuer() + "|" + name).getBytes(StandardCharsets.UTF_8));
    }
}
