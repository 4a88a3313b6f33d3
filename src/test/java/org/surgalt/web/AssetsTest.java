package org.surgalt.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssetsTest {

    private static final Path STATIC = Path.of("src/main/resources/META-INF/resources/static");

    @Test
    void pagesLinkTheFingerprintedFileWhichIsCachedForAYearAndCompressed() throws IOException {
        String page = given().accept("text/html").when().get("/").then().statusCode(200).extract().asString();
        Matcher link = Pattern.compile("href=\"(/static/surgalt\\.([0-9a-f]{12})\\.css)\"").matcher(page);
        assertEquals(true, link.find(), page);
        byte[] css = Files.readAllBytes(STATIC.resolve("surgalt.css"));
        assertEquals(Assets.fingerprint(css), link.group(2), "the address names these bytes");

        byte[] served = given().header("Accept-Encoding", "gzip").when().get(link.group(1)).then().statusCode(200)
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("Content-Encoding", "gzip").contentType(containsString("text/css"))
                .extract().asByteArray();
        assertArrayEquals(css, served, "the same bytes, once unzipped");
        given().header("Accept-Encoding", "gzip").when().get(Assets.url("upload.js")).then().statusCode(200)
                .header("Content-Encoding", "gzip").contentType(containsString("javascript"))
                .header("Cache-Control", containsString("immutable"));
    }

    @Test
    void everyIconComesFromOneSpriteAtItsFingerprintedAddressCachedForAYear() throws IOException {
        String page = given().accept("text/html").when().get("/").then().statusCode(200).extract().asString();
        Matcher use = Pattern.compile("<svg class=\"icon\" aria-hidden=\"true\" focusable=\"false\"><use href=\""
                + "(/static/icons\\.([0-9a-f]{12})\\.svg)#course\"></use></svg>").matcher(page);
        assertEquals(true, use.find(), page);
        byte[] sprite = Files.readAllBytes(STATIC.resolve("icons.svg"));
        assertEquals(Assets.fingerprint(sprite), use.group(2));
        String served = given().header("Accept-Encoding", "gzip").when().get(use.group(1)).then().statusCode(200)
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("Content-Encoding", "gzip").contentType(containsString("image/svg+xml"))
                .extract().asString();
        // Each item kind a page can show has its symbol.
        for (String kind : new String[] {"page", "file", "video", "quiz", "assignment", "session", "link", "package", "lti"}) {
            assertEquals(true, served.contains("<symbol id=\"" + kind + "\""), kind);
        }
    }

    @Test
    void plainAndOutdatedAddressesAreNotCachedForLong() {
        given().when().get("/static/surgalt.css").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=300"));
        // An address from before an upgrade leads to today's file.
        given().redirects().follow(false).when().get("/static/surgalt.000000000000.css").then().statusCode(307)
                .header("Location", containsString(Assets.url("surgalt.css")))
                .header("Cache-Control", equalTo("no-cache"));
        given().when().get("/static/nothing.000000000000.css").then().statusCode(404);
        given().when().get("/static/..%2Fapplication.000000000000.properties").then().statusCode(404);
    }

    @Test
    void otherBytesGetAnotherAddress() {
        byte[] css = "a { color: #000; }".getBytes(StandardCharsets.UTF_8);
        byte[] changed = "a { color: #111; }".getBytes(StandardCharsets.UTF_8);
        assertEquals(Assets.fingerprint(css), Assets.fingerprint(css.clone()));
        assertNotEquals(Assets.fingerprint(css), Assets.fingerprint(changed));
        assertEquals(12, Assets.fingerprint(css).length());
        assertEquals(new Assets.Requested("surgalt.css", "0123456789ab"),
                Assets.parse("surgalt.0123456789ab.css").orElseThrow());
        assertEquals(true, Assets.parse("surgalt.css").isEmpty());
    }
}
