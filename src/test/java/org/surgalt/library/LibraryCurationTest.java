package org.surgalt.library;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.AuditRows;
import org.surgalt.testsupport.Sessions;

/**
 * Master teachers (AUTHOR) and admins feature and hide resources; the reason is audited; a hidden
 * resource is gone from the list, search and its link for everyone but its author and curators.
 */
@QuarkusTest
class LibraryCurationTest {

    @Test
    void aCuratorFeaturesAResourceFirstAndHidesOneWithTheReasonAudited() {
        String word = "Curated" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Sessions.Session author = LibraryFixture.teacher();
        Map<String, Object> fields = LibraryFixture.fields(word + " older");
        long older = LibraryFixture.publish(author, fields);
        long newer = LibraryFixture.publish(author, LibraryFixture.fields(word + " newer"));
        Sessions.Session curator = Sessions.as(aPerson().withRole(Role.AUTHOR).create());
        Sessions.Session reader = LibraryFixture.teacher();

        // A plain teacher does not curate.
        reader.form().formParam("featured", "true").when().post("/library/" + older + "/feature").then().statusCode(403);
        reader.form().formParam("reason", "no").when().post("/library/" + older + "/hide").then().statusCode(403);
        assertThat(page(reader, older), not(containsString("/feature?")));

        curator.form().formParam("featured", "true").when().post("/library/" + older + "/feature").then()
                .statusCode(303);
        String list = reader.given().accept("text/html").queryParam("q", word).when().get("/library").then()
                .statusCode(200).extract().asString();
        assertThat(list.indexOf("/library/" + older + "\""), allOf(greaterThan(-1),
                lessThan(list.indexOf("/library/" + newer + "\""))));
        // The site search finds them too, on its page and in its API, with the words in the reader's language.
        assertEquals(List.of(older, newer), siteSearch(reader, word));
        assertThat(reader.given().accept("text/html").queryParam("q", word).when().get("/search").then()
                .statusCode(200).extract().asString(), allOf(containsString("/library/" + older + "\""),
                        containsString("/library/" + newer + "\"")));

        // Hiding needs a reason: the page again with the field error.
        curator.form().formParam("reason", " ").when().post("/library/" + newer + "/hide").then().statusCode(400);
        curator.form().formParam("reason", "Copied from a textbook").when().post("/library/" + newer + "/hide").then()
                .statusCode(303);
        reader.given().accept("text/html").when().get("/library/" + newer).then().statusCode(404);
        reader.given().accept(ContentType.JSON).when().get("/api/library/" + newer).then().statusCode(404);
        assertThat(reader.given().accept("text/html").queryParam("q", word).when().get("/library").then()
                .statusCode(200).extract().asString(), not(containsString("/library/" + newer + "\"")));
        assertThat(page(author, newer), containsString("Copied from a textbook"));
        // Site search: the hidden one for its author only; curators moderate from the library, not search.
        assertEquals(List.of(older), siteSearch(reader, word));
        assertEquals(List.of(older), siteSearch(curator, word));
        assertEquals(List.of(older, newer), siteSearch(author, word));
        assertThat(reader.given().accept("text/html").queryParam("q", word).when().get("/search").then()
                .statusCode(200).extract().asString(), not(containsString("/library/" + newer + "\"")));
        assertThat(page(curator, newer), containsString("Copied from a textbook"));
        reader.form().formParam("stars", "5").when().post("/library/" + newer + "/rating").then().statusCode(404);

        List<AuditRows.Row> audit = AuditRows.about("library_resource", newer);
        assertEquals(List.of("library_resource.hide"), audit.stream().map(AuditRows.Row::action).toList());
        assertThat(audit.get(0).toString(), containsString("Copied from a textbook"));

        curator.given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body("{\"value\":false,\"reason\":\"Permission shown\"}").when()
                .post("/api/library/" + newer + "/hide").then().statusCode(200).body("hiddenReason", equalTo(null));
        reader.given().accept("text/html").when().get("/library/" + newer).then().statusCode(200);
        assertEquals(2, AuditRows.about("library_resource", newer).size());
    }

    private static List<Long> siteSearch(Sessions.Session who, String word) {
        List<Number> ids = who.given().accept(ContentType.JSON).queryParam("q", word).when().get("/api/search").then()
                .statusCode(200).extract().jsonPath().getList("resources.resourceId");
        return ids.stream().map(Number::longValue).toList();
    }

    private static String page(Sessions.Session who, long id) {
        return who.given().accept("text/html").when().get("/library/" + id).then().statusCode(200).extract()
                .asString();
    }

    @Test
    void anErasedAuthorsResourceStaysAttributedToAFormerMemberAndTheirCommentsLoseTheirText() {
        org.surgalt.testsupport.PersonBuilder.TestPerson person = aPerson().withName("Erased Teacher").create();
        Sessions.Session author = Sessions.as(person);
        long id = LibraryFixture.publish(author, LibraryFixture.fields("Kept after erasure"));
        author.form().formParam("body", "Secret opinion").when()
                .post("/library/" + id + "/comments").then().statusCode(303);
        Sessions.Session admin = Sessions.as(aPerson().withRole(Role.ADMIN).create());
        admin.form().formParam("confirm", person.email()).when()
                .post("/admin/people/" + person.id() + "/data/erase").then().statusCode(303);

        String page = page(LibraryFixture.teacher(), id);
        assertThat(page, allOf(containsString("Kept after erasure"), containsString("хуучин гишүүн"),
                not(containsString("Erased Teacher")), not(containsString("Secret opinion"))));
    }
}
