package org.surgalt.cartridge;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.cartridge.CartridgeImportTest.draft;
import static org.surgalt.cartridge.CartridgeImportTest.importBytes;
import static org.surgalt.cartridge.CartridgeImportTest.report;
import static org.surgalt.testsupport.PersonBuilder.aPerson;
import static org.surgalt.testsupport.ZipBuilder.aZip;

import com.nimbusds.jwt.SignedJWT;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.surgalt.course.Course;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.CourseBuilder;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Uploads;

/**
 * A cartridge written here (java.util.zip, in the test) with two basic LTI links and a QTI 1.2
 * question bank outside any assessment, since the corpus has LTI links only for tools nobody
 * registered: one link's origin is a registered tool's and becomes an LTI item that keeps its
 * custom parameters (sent in the id_token's custom claim), the other is skipped with the origin an
 * admin would register; the bank's questions go to the course's question bank one by one.
 */
@QuarkusTest
class CartridgeExtrasTest {

    @TempDir
    Path dir;

    private static final String LINK = """
            <?xml version="1.0" encoding="UTF-8"?>
            <cartridge_basiclti_link xmlns="http://www.imsglobal.org/xsd/imslticc_v1p0"
                xmlns:blti="http://www.imsglobal.org/xsd/imsbasiclti_v1p0"
                xmlns:lticm="http://www.imsglobal.org/xsd/imslticm_v1p0"
                xmlns:lticp="http://www.imsglobal.org/xsd/imslticp_v1p0">
              <blti:title>%s</blti:title>
              <blti:description>A simulation</blti:description>
              <blti:launch_url>%s</blti:launch_url>
              <blti:custom>
                <lticm:property name="activity">pendulum</lticm:property>
                <lticm:property name="course_ref">$Canvas.course.id</lticm:property>
              </blti:custom>
              <blti:vendor><lticp:code>phet</lticp:code><lticp:name>PhET</lticp:name></blti:vendor>
            </cartridge_basiclti_link>""";

    private static final String CHOICE = """
            <item ident="%s" title="%s">
              <itemmetadata><qtimetadata><qtimetadatafield><fieldlabel>cc_profile</fieldlabel>
                <fieldentry>%s</fieldentry></qtimetadatafield></qtimetadata></itemmetadata>
              <presentation><material><mattext texttype="text/plain">%s</mattext></material>
                <response_lid ident="r" rcardinality="Single"><render_choice>
                  <response_label ident="a"><material><mattext>%s</mattext></material></response_label>
                  <response_label ident="b"><material><mattext>%s</mattext></material></response_label>
                </render_choice></response_lid></presentation>
              <resprocessing><respcondition><conditionvar><varequal respident="r">%s</varequal></conditionvar>
                <setvar varname="SCORE" action="Set">100</setvar></respcondition></resprocessing>
            </item>""";

    static String bank() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2">
                  <objectbank ident="bank1">
                    <qtimetadata><qtimetadatafield><fieldlabel>bank_title</fieldlabel>
                      <fieldentry>Physics bank</fieldentry></qtimetadatafield></qtimetadata>
                """
                + CHOICE.formatted("q1", "Period", "cc.multiple_choice.v0p1", "What sets a pendulum's period?",
                        "Its length", "Its colour", "a")
                + CHOICE.formatted("q2", "Gravity", "cc.true_false.v0p1", "g is about 9.8 m/s2 here.", "true",
                        "false", "a")
                + CHOICE.formatted("q3", "Explain", "cc.essay.v0p1", "Explain energy.", "", "", "a")
                + CHOICE.formatted("q4", "No answer", "cc.multiple_choice.v0p1", "Which one?", "x", "y", "z")
                + CHOICE.formatted("q5", "No prompt", "cc.multiple_choice.v0p1", "", "x", "y", "a")
                + "</objectbank></questestinterop>";
    }

    /** Two LTI links in a module, and the bank outside it. */
    static byte[] cartridge(Path dir, String registeredUrl, String unknownUrl) throws Exception {
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest identifier="m" xmlns="http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1">
                  <metadata><schema>IMS Common Cartridge</schema><schemaversion>1.3.0</schemaversion></metadata>
                  <organizations><organization identifier="o" structure="rooted-hierarchy"><item identifier="root">
                    <item identifier="m1"><title>Tools</title>
                      <item identifier="i1" identifierref="lti1"><title>Pendulum lab</title></item>
                      <item identifier="i2" identifierref="lti2"><title>Unknown tool</title></item>
                    </item></item></organization></organizations>
                  <resources>
                    <resource identifier="lti1" type="imsbasiclti_xmlv1p0"><file href="lti1.xml"/></resource>
                    <resource identifier="lti2" type="imsbasiclti_xmlv1p0"><file href="lti2.xml"/></resource>
                    <resource identifier="qb" type="imsqti_xmlv1p2/imscc_xmlv1p3/question-bank">
                      <file href="bank/questions.xml"/></resource>
                  </resources>
                </manifest>""";
        Path zip = dir.resolve("extras-" + UUID.randomUUID() + ".imscc");
        aZip().with("imsmanifest.xml", manifest).with("lti1.xml", LINK.formatted("Pendulum", registeredUrl))
                .with("lti2.xml", LINK.formatted("Elsewhere", unknownUrl)).with("bank/questions.xml", bank())
                .writeTo(zip);
        return Files.readAllBytes(zip);
    }

    /** A tool registered by a site admin at an address of its own; its redirect URI is {@code host}/launch. */
    static String registerTool(String name) {
        String host = "https://tool-" + UUID.randomUUID() + ".invalid";
        Sessions.as(aPerson().withRole(Role.ADMIN).create()).given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "issuer", host, "clientId", "client-" + UUID.randomUUID(),
                        "deploymentId", "1", "loginUrl", host + "/login", "redirectUris", host + "/launch",
                        "jwksUrl", host + "/jwks", "publicKey", ""))
                .when().post("/api/admin/lti-tools").then().statusCode(201);
        return host;
    }

    static List<String> lines(JsonPath report) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < report.getList("lines").size(); i++) {
            String line = "lines[" + i + "].";
            lines.add(report.getString(line + "outcome") + "/" + report.getString(line + "reason") + "/"
                    + report.getString(line + "title"));
        }
        return lines;
    }

    @Test
    void anLtiLinkOfARegisteredToolBecomesAnLtiItemAndTheBanksQuestionsGoToTheQuestionBank() throws Exception {
        String tool = registerTool("PhET simulations");
        Sessions.Session author = CartridgeImportTest.author();
        JsonPath imported = importBytes(author, cartridge(dir, tool + "/sim/pendulum",
                "https://unknown-tool.example.org/launch?x=1"), "extras.imscc");
        JsonPath report = report(author, imported);
        assertEquals(List.of(
                "lti/lti_tool/Pendulum lab",
                "skipped/no_lti_tool/Unknown tool",
                "bank/questions_left_out/Physics bank",
                "bank_question/none/Period",
                "bank_question/none/Gravity",
                "skipped/question_kind/Explain",
                // its answer names no option: read, but the bank refuses a choice without a correct option
                "skipped/question_invalid/No answer",
                "skipped/question_unreadable/No prompt"), lines(report));
        assertEquals("an LTI item in “Tools”", report.getString("lines[0].became"));
        assertEquals("It launches with the registered tool “PhET simulations”; its custom parameters are kept.",
                report.getString("lines[0].note"));
        assertEquals("No registered LTI tool for https://unknown-tool.example.org; ask an admin to register it, "
                + "then import again.", report.getString("lines[1].note"));
        assertEquals("Questions of kinds Surgalt does not have were left out: essay",
                report.getString("lines[2].note"));
        assertEquals("a question in the course's question bank (from “Physics bank”)",
                report.getString("lines[3].became"));
        assertEquals("Surgalt has no question of this kind (essay).", report.getString("lines[5].note"));

        JsonPath draft = draft(author, imported);
        assertEquals(1, draft.getList("modules[0].items").size(), "the unregistered tool's link is skipped");
        assertEquals("lti", draft.getString("modules[0].items[0].kind"));
        assertEquals(tool + "/sim/pendulum", author.given().when().get("/api/courses/{c}/modules/{m}/items?version=draft",
                imported.getLong("courseId"), draft.getLong("modules[0].id")).then().statusCode(200).extract()
                .jsonPath().getString("[0].url"));
        JsonPath bank = author.given().when().get("/api/courses/{c}/questions", imported.getLong("courseId")).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of("single_choice", "true_false"), bank.getList("kind"));
        assertEquals(List.of(true, false), bank.getList("[0].options.correct"));

        // Once published, the tool gets the link's custom parameters in a launch's id_token (here: the author's
        // launch), the values kept as written (Canvas' variables are not Surgalt's).
        String code = draft.getString("code");
        long item = draft.getLong("modules[0].items[0].id");
        org.surgalt.testsupport.Publishing.publish(author, imported.getLong("courseId"));
        String login = author.given().redirects().follow(false).accept("text/html")
                .get("/courses/{code}/items/{item}/lti/launch", code, item).then().statusCode(303).extract()
                .header("Location");
        assertTrue(login.startsWith(tool + "/login?"), login);
        Map<String, String> sent = query(login);
        String page = author.given().redirects().follow(false).accept("text/html")
                .queryParam("scope", "openid").queryParam("response_type", "id_token")
                .queryParam("response_mode", "form_post").queryParam("prompt", "none")
                .queryParam("client_id", sent.get("client_id")).queryParam("redirect_uri", tool + "/launch")
                .queryParam("login_hint", sent.get("login_hint"))
                .queryParam("lti_message_hint", sent.get("lti_message_hint"))
                .queryParam("state", "s-" + UUID.randomUUID()).queryParam("nonce", "n-" + UUID.randomUUID())
                .when().get("/lti/authorize").then().statusCode(200).extract().asString();
        Matcher token = Pattern.compile("name=\"id_token\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(token.find(), page);
        assertEquals(Map.of("activity", "pendulum", "course_ref", "$Canvas.course.id"), SignedJWT.parse(token.group(1))
                .getJWTClaimsSet().getJSONObjectClaim("https://purl.imsglobal.org/spec/lti/claim/custom"));
    }

    private static Map<String, String> query(String url) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(java.net.URLDecoder.decode(parts[0], java.nio.charset.StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(parts.length > 1 ? parts[1] : "", java.nio.charset.StandardCharsets.UTF_8));
        }
        return values;
    }

    @Test
    void theToolIsFoundByTheLinksOriginNotItsHostAlone() throws Exception {
        String tool = registerTool("Other tool");
        Sessions.Session author = CartridgeImportTest.author();
        JsonPath imported = importBytes(author, cartridge(dir, tool + ":8443/sim", tool + "/sim"), "ports.imscc");
        List<String> lines = lines(report(author, imported));
        assertEquals("skipped/no_lti_tool/Pendulum lab", lines.get(0), "the same host on another port is not the tool");
        assertEquals("lti/lti_tool/Unknown tool", lines.get(1));
    }

    @Test
    void aCartridgeBecomesTheNextDraftVersionOfACourseItsAuthorEditsAndThePublishedVersionStays() throws Exception {
        Course course = CourseBuilder.aCourse().withTitle("Physics", "Физик").create();
        Sessions.Session author = Sessions.as(aPerson().withGrant(Grant.course(Role.AUTHOR, course.id()))
                .withLocale("mn").create());
        byte[] cartridge = Files.readAllBytes(CartridgeImportTest.CARTRIDGES.resolve("single-page.imscc"));
        String upload = Uploads.upload(author, cartridge, "single-page.imscc", "package");
        author.given().when().get("/author/cartridges/uploads/{id}", upload).then().statusCode(200)
                .body(containsString("<option value=\"" + course.code() + "\">Физик (" + course.code() + ")</option>"));
        JsonPath imported = author.given().contentType(ContentType.JSON)
                .body(Map.of("upload", upload, "course", course.code())).when().post("/api/cartridges/imports").then()
                .statusCode(201).extract().jsonPath();
        assertEquals(course.id(), imported.getLong("courseId"));
        assertEquals(course.code(), imported.getString("code"));
        JsonPath draft = draft(author, imported);
        assertEquals(List.of("More from the cartridge"), draft.getList("modules.title.en"), "the draft is replaced");
        assertEquals(List.of("Our Purpose"), draft.getList("modules[0].items.title.en"));
        assertEquals("Physics", draft.getString("title.en"), "the course keeps its own title");
        JsonPath published = author.given().when().get("/api/courses/{c}", course.id()).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("Module 1"), published.getList("modules.title.en"), "learners still read version 1");
        assertEquals(List.of("Page 1.1"), published.getList("modules[0].items.title.en"));

        // The draft now holds unpublished work: a second import is refused, in the reader's language, and the
        // form keeps the course chosen.
        String again = Uploads.upload(author, cartridge, "again.imscc", "package");
        author.given().contentType(ContentType.JSON).header("Accept-Language", "mn")
                .body(Map.of("upload", again, "course", course.code())).when()
                .post("/api/cartridges/imports").then().statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body(containsString("Курсийн ноорогт хараахан нийтлээгүй өөрчлөлт байна"));
        author.form().formParam("course", course.code()).when().post("/author/cartridges/uploads/{id}", again).then()
                .statusCode(409).body(containsString("Курсийн ноорогт хараахан нийтлээгүй өөрчлөлт байна"))
                .body(containsString("<option value=\"" + course.code() + "\" selected>"));
        assertEquals(List.of("Our Purpose"), draft(author, imported).getList("modules[0].items.title.en"),
                "nothing saved was lost");
        // Nor while the draft is in review.
        author.given().contentType(ContentType.JSON).when().post("/api/courses/{c}/review", course.id()).then()
                .statusCode(org.hamcrest.Matchers.lessThan(300));
        author.given().contentType(ContentType.JSON).header("Accept-Language", "mn")
                .body(Map.of("upload", again, "course", course.code())).when()
                .post("/api/cartridges/imports").then().statusCode(409)
                .body(containsString("Ноорог хяналтад байгаа тул өөрчлөх боломжгүй"));

        // Another author may not import into it, and is not offered it.
        Sessions.Session other = CartridgeImportTest.author();
        String theirs = Uploads.upload(other, cartridge, "theirs.imscc", "package");
        other.given().contentType(ContentType.JSON).body(Map.of("upload", theirs, "course", course.code())).when()
                .post("/api/cartridges/imports").then().statusCode(400)
                .body(containsString("is not a course you may edit"));
        other.given().when().get("/author/cartridges/uploads/{id}", theirs).then().statusCode(200)
                .body(not(containsString(course.code())));
    }
}
