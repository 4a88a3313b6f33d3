package org.surgalt.badge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import org.junit.jupiter.api.Test;
import org.surgalt.course.Course;
import org.surgalt.identity.Role;
import org.surgalt.identity.SecretTokens;
import org.surgalt.platform.SafeXml;
import org.surgalt.progress.CourseCompleted;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

@QuarkusTest
class OpenBadgeCredentialTest {

    private static final Instant COMPLETED = Instant.parse("2026-03-11T18:30:00Z");
    private static final String FORM = ContentType.URLENC.withCharset("UTF-8");

    @Inject
    Event<CourseCompleted> completions;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    VcJwt vcJwt;

    @Test
    void theLearnerDownloadsACredentialThatMeetsTheOpenBadgesSchemaAndIsSignedWithThePublishedKey() throws Exception {
        Course course = aCourse().withTitle("Teaching reading", "Унших чадварыг заах").create();
        TestPerson learner = aPerson().enrolledIn(course.code()).create();
        String code = certificate(learner, course);
        var session = Sessions.as(learner);

        session.given().accept(ContentType.HTML).get("/certificates/" + code).then().statusCode(200)
                .body(containsString("href=\"/certificates/" + code + "/badge.svg\""))
                .body(containsString("href=\"/certificates/" + code + "/badge.png\""))
                .body(containsString("href=\"/certificates/" + code + "/badge.json\""))
                .body(containsString("href=\"/certificates/" + code + "/badge.jwt\""));
        String text = session.given().get("/certificates/" + code + "/badge.json").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment")).extract().asString();
        JsonNode credential = json.readTree(text);
        assertEquals(Set.of(), schema().validate(credential), "1EdTech's OB 3.0 schema");
        assertEquals("https://www.w3.org/ns/credentials/v2", credential.at("/@context/0").asText());
        assertTrue(credential.get("type").toString().contains("OpenBadgeCredential"));
        assertEquals("Унших чадварыг заах", credential.at("/credentialSubject/achievement/name").asText());
        assertTrue(credential.at("/credentialSubject/achievement/criteria/narrative").asText()
                .contains("Teaching reading"), "both languages");
        assertEquals("Profile", credential.at("/issuer/type/0").asText());
        assertEquals("BitstringStatusListEntry", credential.at("/credentialStatus/type").asText());
        // The learner is a salted hash of their email; the address itself is nowhere.
        assertFalse(text.contains(learner.email()), text);
        JsonNode identity = credential.at("/credentialSubject/identifier/0");
        assertEquals("sha256$" + SecretTokens.hash(learner.email().toLowerCase() + identity.get("salt").asText()),
                identity.get("identityHash").asText());

        // The VC-JWT, checked here with the key the site publishes, as any verifier would.
        String jwt = session.given().get("/certificates/" + code + "/badge.jwt").then().statusCode(200)
                .contentType("application/vc+jwt").extract().asString();
        assertEquals(jwt, credential.at("/proof/0/jwt").asText());
        JWSObject jws = JWSObject.parse(jwt);
        assertEquals(JWSAlgorithm.RS256, jws.getHeader().getAlgorithm());
        assertEquals(new JOSEObjectType("vc+jwt"), jws.getHeader().getType());
        JWKSet published = JWKSet.parse(given().get("/badges/jwks.json").then().statusCode(200).extract().asString());
        RSAKey key = (RSAKey) published.getKeyByKeyId(jws.getHeader().getKeyID());
        assertFalse(key.isPrivate(), "only the public half is published");
        assertTrue(jws.verify(new RSASSAVerifier(key)));
        ObjectNode payload = (ObjectNode) json.readTree(jws.getPayload().toString());
        assertEquals(Set.of(), schema().validate(payload), "the signed payload is the credential too");
        assertEquals(credential.get("id").asText(), payload.get("jti").asText());
        given().get("/badges/issuer").then().statusCode(200).body("name", equalTo(credential.at("/issuer/name")
                .asText())).body("type[0]", equalTo("Profile"));

        // The same certificate, the same credential and token on every download.
        assertEquals(jwt, session.given().get("/certificates/" + code + "/badge.jwt").asString());
    }

    @Test
    void theBadgeImageCarriesTheCredentialAndVerifies() throws Exception {
        Course course = aCourse().create();
        TestPerson learner = aPerson().enrolledIn(course.code()).create();
        String code = certificate(learner, course);
        var session = Sessions.as(learner);
        byte[] svg = session.given().get("/certificates/" + code + "/badge.svg").then().statusCode(200)
                .contentType("image/svg+xml").extract().asByteArray();
        var baked = SafeXml.parse(svg).getElementsByTagNameNS("https://purl.imsglobal.org/ob/v3p0", "credential");
        assertEquals(1, baked.getLength());
        String jwt = session.given().get("/certificates/" + code + "/badge.jwt").asString();
        assertEquals(jwt, baked.item(0).getTextContent().strip());
        verifyApi(Map.of("credential", new String(svg, StandardCharsets.UTF_8))).body("status", equalTo("valid"));

        // The PNG: an iTXt chunk "openbadgecredential", read here through javax.imageio as any PNG reader would.
        byte[] png = session.given().get("/certificates/" + code + "/badge.png").then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
        reader.setInput(ImageIO.createImageInputStream(new ByteArrayInputStream(png)));
        IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
        IIOMetadataNode entry = (IIOMetadataNode) root.getElementsByTagName("iTXtEntry").item(0);
        assertEquals("openbadgecredential", entry.getAttribute("keyword"));
        assertEquals(jwt, entry.getAttribute("text"));
        assertEquals(400, reader.read(0).getWidth());
        reader.dispose();
    }

    @Test
    void theVerifyPageAndApiSayValidAndTamperedForOneChangedByte() throws Exception {
        Course course = aCourse().withTitle("Teaching reading", "Унших чадварыг заах").create();
        TestPerson learner = aPerson().enrolledIn(course.code()).create();
        String code = certificate(learner, course);
        var session = Sessions.as(learner);
        String jwt = session.given().get("/certificates/" + code + "/badge.jwt").asString();
        String credential = session.given().get("/certificates/" + code + "/badge.json").asString();

        verifyApi(Map.of("credential", jwt)).body("status", equalTo("valid"))
                .body("name", equalTo("Унших чадварыг заах"));
        given().contentType(ContentType.JSON).accept(ContentType.JSON).body(credential).post("/api/badges/verify")
                .then().statusCode(200).body("status", equalTo("valid"));
        verifyPage(jwt, "en").statusCode(200).body(containsString("Valid: the signature holds"));
        verifyPage(jwt, "mn").statusCode(200).body(containsString("Хүчинтэй: гарын үсэг зөв"));

        // One byte of the signed payload changed: the signature no longer holds.
        int at = jwt.indexOf('.') + 20;
        String tampered = jwt.substring(0, at) + (jwt.charAt(at) == 'A' ? 'B' : 'A') + jwt.substring(at + 1);
        verifyApi(Map.of("credential", tampered)).body("status", equalTo("tampered"));
        verifyPage(tampered, "en").statusCode(200).body(containsString("Not valid: this credential was changed"));
        // The JSON changed beside an untouched proof: what is shown is not what was signed.
        ObjectNode edited = (ObjectNode) json.readTree(credential);
        edited.put("name", "Advanced teaching reading");
        given().contentType(ContentType.JSON).accept(ContentType.JSON).header("Accept-Language", "mn")
                .body(edited.toString()).post("/api/badges/verify").then().statusCode(200)
                .body("status", equalTo("tampered")).body("message", containsString("Хүчингүй"));
        // Unsigned: nothing vouches for it.
        edited = (ObjectNode) json.readTree(credential);
        edited.remove("proof");
        given().contentType(ContentType.JSON).body(edited.toString()).post("/api/badges/verify").then()
                .statusCode(200).body("status", equalTo("tampered"));
    }

    @Test
    void aCredentialOutsideItsValidityOrThatIsNoCredentialIsNotValid() throws Exception {
        Course course = aCourse().create();
        TestPerson learner = aPerson().enrolledIn(course.code()).create();
        String code = certificate(learner, course);
        String jwt = Sessions.as(learner).given().get("/certificates/" + code + "/badge.jwt").then().statusCode(200)
                .extract().asString();
        ObjectNode credential = (ObjectNode) json.readTree(new String(Base64.getUrlDecoder().decode(
                jwt.split("\\.")[1]), StandardCharsets.UTF_8));
        // Signed with the site's own key, so that only the dates are wrong.
        ObjectNode future = credential.deepCopy().put("validFrom", Instant.now().plusSeconds(86_400).toString());
        verifyApi(Map.of("credential", vcJwt.sign(future))).body("status", equalTo("not_yet_valid"));
        ObjectNode past = credential.deepCopy().put("validUntil", Instant.now().minusSeconds(60).toString());
        verifyApi(Map.of("credential", vcJwt.sign(past))).body("status", equalTo("expired"));
        verifyPage(vcJwt.sign(past), "en").statusCode(200).body(containsString("Not valid: it has expired."));
        // The site's status list is signed with the same key, but it is no credential of an achievement.
        verifyApi(Map.of("credential", given().get("/badges/status/0").asString())).body("status", equalTo("tampered"));
    }

    @Test
    void revokingTheCertificateSetsItsStatusBitAndVerificationFails() throws Exception {
        Course course = aCourse().create();
        TestPerson learner = aPerson().enrolledIn(course.code()).create();
        String code = certificate(learner, course);
        var session = Sessions.as(learner);
        String jwt = session.given().get("/certificates/" + code + "/badge.jwt").asString();
        JsonNode status = json.readTree(session.given().get("/certificates/" + code + "/badge.json").asString())
                .get("credentialStatus");
        int index = Integer.parseInt(status.get("statusListIndex").asText());
        String listPath = status.get("statusListCredential").asText().replaceFirst("^https?://[^/]+", "");
        assertFalse(bit(listPath, index));
        assertTrue(bit(listPath, 131_071), "an index no standing certificate has is set");

        var coordinator = Sessions.as(aPerson().withRole(Role.COORDINATOR).create());
        coordinator.form().contentType(FORM).formParam("reason", "Attendance sheets were forged")
                .post("/certificates/" + code + "/revoke").then().statusCode(303);

        assertTrue(bit(listPath, index), "the revocation set the certificate's bit");
        verifyApi(Map.of("credential", jwt)).body("status", equalTo("revoked"));
        verifyPage(jwt, "en").statusCode(200).body(containsString("Revoked: the issuer has withdrawn"));
        verifyPage(jwt, "mn").statusCode(200).body(containsString("Хүчингүй болгосон"));
        session.given().get("/certificates/" + code + "/badge.jwt").then().statusCode(409);
        session.given().accept(ContentType.HTML).get("/certificates/" + code).then().statusCode(200)
                .body(not(containsString("/badge.svg")));
    }

    @Test
    void aCertificateDeletedWithItsCourseNoLongerVerifies() {
        Course course = aCourse().create();
        TestPerson learner = aPerson().enrolledIn(course.code()).create();
        String code = certificate(learner, course);
        String jwt = Sessions.as(learner).given().get("/certificates/" + code + "/badge.jwt").asString();
        verifyApi(Map.of("credential", jwt)).body("status", equalTo("valid"));
        // As the course's deletion cascades to its certificates.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM certificate WHERE code = ?1")
                .setParameter(1, code).executeUpdate());
        verifyApi(Map.of("credential", jwt)).body("status", equalTo("revoked"));
    }

    @Test
    void badInputIsAProblemOrTheFormAgainWithTheTextKept() {
        given().contentType(ContentType.JSON).accept(ContentType.JSON).body("{\"credential\":\"not a credential\"}")
                .post("/api/badges/verify").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("credential"));
        given().contentType(ContentType.JSON).accept(ContentType.JSON).body("{\"credential\":\"{ broken\"}")
                .post("/api/badges/verify").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).accept(ContentType.JSON).body("[]").post("/api/badges/verify")
                .then().statusCode(400).contentType("application/problem+json");
        verifyPage("not a credential", "mn").statusCode(400)
                .body(containsString(">not a credential</textarea>"))
                .body(containsString("цахим гэрчилгээ байна"));
        given().accept(ContentType.HTML).get("/verify").then().statusCode(200)
                .body(containsString("name=\"credential\""));
    }

    @Test
    void onlyThoseWhoMayReadTheCertificateDownloadItsCredential() {
        Course course = aCourse().create();
        TestPerson learner = aPerson().enrolledIn(course.code()).create();
        String code = certificate(learner, course);
        for (String file : new String[] {"badge.json", "badge.jwt", "badge.svg", "badge.png"}) {
            Sessions.as(aPerson().enrolledIn(course.code()).create()).given()
                    .get("/certificates/" + code + "/" + file).then().statusCode(403);
            given().redirects().follow(false).accept(ContentType.HTML).get("/certificates/" + code + "/" + file)
                    .then().statusCode(303);
        }
        Sessions.as(aPerson().withRole(Role.COORDINATOR).create()).given()
                .get("/certificates/" + code + "/badge.json").then().statusCode(200);
    }

    @Test
    void theSigningKeyIsKeptInTheDatabaseForEveryInstanceAndRestart() throws Exception {
        String published = JWKSet.parse(given().get("/badges/jwks.json").asString()).getKeys().get(0).getKeyID();
        // A second instance (a fresh SigningKey reading the same database) signs with the same key.
        String other = QuarkusTransaction.requiringNew().call(() -> new SigningKey(em).key().getKeyID());
        assertEquals(published, other);
        assertEquals(published, QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT kid FROM badge_signing_key WHERE id = 1").getSingleResult()));
    }

    private io.restassured.response.ValidatableResponse verifyApi(Map<String, String> body) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).body(body).post("/api/badges/verify")
                .then().statusCode(200);
    }

    private io.restassured.response.ValidatableResponse verifyPage(String credential, String lang) {
        String csrf = Sessions.csrfToken();
        return given().cookie(Sessions.CSRF_COOKIE, csrf).queryParam("_csrf", csrf).accept(ContentType.HTML)
                .header("Accept-Language", lang).contentType(FORM).formParam("credential", credential)
                .post("/verify").then();
    }

    /** The bit of a status list as a verifier reads it: the signed list's encodedList, base64url then GZIP. */
    private boolean bit(String listPath, int index) throws Exception {
        String token = given().get(listPath).then().statusCode(200).contentType("application/vc+jwt").extract()
                .asString();
        JWSObject jws = JWSObject.parse(token);
        RSAKey key = (RSAKey) JWKSet.parse(given().get("/badges/jwks.json").asString()).getKeyByKeyId(
                jws.getHeader().getKeyID());
        assertTrue(jws.verify(new RSASSAVerifier(key)));
        JsonNode list = json.readTree(jws.getPayload().toString());
        assertEquals("BitstringStatusListCredential", list.at("/type/1").asText());
        String encoded = list.at("/credentialSubject/encodedList").asText();
        assertTrue(encoded.startsWith("u"), "multibase base64url");
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(
                Base64.getUrlDecoder().decode(encoded.substring(1))))) {
            byte[] bits = in.readAllBytes();
            assertEquals(131_072 / 8, bits.length);
            return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
        }
    }

    private static JsonSchema schema() {
        InputStream in = OpenBadgeCredentialTest.class.getResourceAsStream(
                "/openbadges/ob_v3p0_achievementcredential_schema.json");
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(in);
    }

    private String certificate(TestPerson learner, Course course) {
        QuarkusTransaction.requiringNew().run(() -> completions.fire(new CourseCompleted(learner.id(), course.id(),
                1, COMPLETED)));
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT code FROM certificate WHERE user_id = ?1 AND course_id = ?2")
                .setParameter(1, learner.id()).setParameter(2, course.id()).getSingleResult());
    }

}
