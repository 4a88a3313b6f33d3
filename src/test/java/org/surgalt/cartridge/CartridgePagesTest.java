package org.surgalt.cartridge;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.cartridge.CartridgeImportTest.CARTRIDGES;
import static org.surgalt.cartridge.CartridgeImportTest.author;
import static org.surgalt.testsupport.PersonBuilder.aPerson;
import static org.surgalt.testsupport.ZipBuilder.aZip;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Jobs;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Uploads;

/**
 * The import as an author meets it, without JavaScript: upload, the check, the import, the report,
 * the draft's link back to it; and hostile cartridges, refused by the upload pipeline as every
 * package is, so nothing of them is imported.
 */
@QuarkusTest
class CartridgePagesTest {

    @TempDir
    Path dir;

    static final String MANIFEST = """
            <?xml version="1.0" encoding="UTF-8"?>
            %s<manifest identifier="m" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1">
              <metadata><schema>IMS Common Cartridge</schema><schemaversion>1.1.0</schemaversion></metadata>
              <organizations><organization identifier="o"><item identifier="root"><item identifier="m1">
                <title>%s</title><item identifier="i1" identifierref="r1"><title>Page</title></item>
              </item></item></organization></organizations>
              <resources><resource identifier="r1" type="webcontent" href="page.html"><file href="page.html"/></resource>
              </resources>
            </manifest>""";

    @Test
    void anAuthorUploadsImportsAndReadsTheReportWithoutJavaScript() throws IOException {
        Sessions.Session author = author();
        author.given().when().get("/author").then().statusCode(200)
                .body(containsString("href=\"/author/cartridges\""));
        author.given().when().get("/author/cartridges").then().statusCode(200)
                .body(containsString("enctype=\"multipart/form-data\""));
        String location = author.given().accept("text/html").redirects().follow(false)
                .queryParam("_csrf", author.csrf()).multiPart("file", "latex.imscc",
                Files.readAllBytes(CARTRIDGES.resolve("latex.imscc")), "application/octet-stream")
                .when().post("/author/cartridges").then().statusCode(303).extract().header("Location");
        assertTrue(location.contains("/author/cartridges/uploads/"), location);
        Jobs.runAllDue();
        author.given().when().get(location).then().statusCode(200)
                .body(containsString("latex.imscc is checked and ready to import."));
        String report = author.form().formParam("x", "").when().post(location).then().statusCode(303)
                .extract().header("Location");
        assertTrue(report.contains("/author/cartridges/reports/"), report);
        String page = author.given().when().get(report).then().statusCode(200)
                .body(containsString("<th scope=\"col\">Became</th>"))
                .body(containsString("a lesson page in “Example Module”"))
                .body(containsString("Settings or data of the exporting system"))
                .extract().asString();
        String draft = page.replaceAll("(?s).*href=\"(/author/courses/[^\"]+)\".*", "$1");
        author.given().when().get(draft).then().statusCode(200).body(containsString("LaTeX Equations"))
                .body(containsString("href=\"" + report.replaceAll("^https?://[^/]+", "") + "\""));
        // A site admin edits the same draft, but the report is its author's: no link to it.
        Sessions.as(aPerson().withRole(Role.ADMIN).withLocale("en").create()).given().when().get(draft).then()
                .statusCode(200).body(containsString("LaTeX Equations"))
                .body(not(containsString("/author/cartridges/reports/")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "entities | DOCTYPE is disallowed",
            "traversal | The archive contains a path outside itself: ../../evil.html",
            "bomb | possible zip bomb",
            "entries | The archive has more than" })
    void aHostileCartridgeIsRefusedAndNothingIsImported(String kind, String reason) throws IOException {
        Sessions.Session author = author();
        Path zip = dir.resolve(kind + ".imscc");
        switch (kind) {
            case "entities" -> aZip().with("imsmanifest.xml", MANIFEST.formatted(
                    "<!DOCTYPE manifest [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", "&x;"))
                    .with("page.html", "<p>hi</p>").writeTo(zip);
            case "traversal" -> aZip().with("imsmanifest.xml", MANIFEST.formatted("", "Module"))
                    .with("page.html", "<p>hi</p>").with("../../evil.html", "<p>out</p>").writeTo(zip);
            case "bomb" -> zeros(zip, 64L << 20);
            default -> {
                var builder = aZip().with("imsmanifest.xml", MANIFEST.formatted("", "Module")).with("page.html", "x");
                for (int i = 0; i < 10_001; i++) {
                    builder.with("f/" + i, "");
                }
                builder.writeTo(zip);
            }
        }
        String upload = Uploads.upload(author, Files.readAllBytes(zip), kind + ".imscc", "package");
        author.given().contentType(ContentType.JSON).body(Map.of("upload", upload)).when()
                .post("/api/cartridges/imports").then().statusCode(400)
                .body(containsString("was refused")).body(containsString(reason));
        author.given().when().get("/author/cartridges/uploads/{id}", upload).then().statusCode(200)
                .body(containsString("role=\"alert\"")).body(containsString(reason));
    }

    /** A cartridge whose page is {@code bytes} zeros: compresses a thousand times. */
    private static void zeros(Path zip, long bytes) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("imsmanifest.xml"));
            out.write(MANIFEST.formatted("", "Module").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("page.html"));
            byte[] block = new byte[1 << 20];
            OutputStream entry = out;
            for (long written = 0; written < bytes; written += block.length) {
                entry.write(block);
            }
        }
    }
}
