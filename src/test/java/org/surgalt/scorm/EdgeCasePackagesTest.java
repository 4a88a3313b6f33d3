package org.surgalt.scorm;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.surgalt.course.Course;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.PackageCourses;
import org.surgalt.testsupport.Publishing;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Uploads;

/**
 * The 19 edge-case packages of the corpus, added as items the way an author adds them: each ends
 * as an item that plays, or with a reason in the author's language (here Mongolian) and no item.
 */
@QuarkusTest
class EdgeCasePackagesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "aicc_complex.zip | imsmanifest.xml",
            "aicc_multiline-description.zip | imsmanifest.xml",
            "aicc_package.zip | imsmanifest.xml",
            "aicc_pre-ort.zip | imsmanifest.xml",
            "xapi_basic_course.zip | SCORM",
            "scorm12_ComplexNestedOrganization_SCORM12.zip | content/module1.html",
            "scorm12_InvalidFileReferences_SCORM12.zip | content/nonexistent.html",
            "scorm12_ItemWithNonExistentResourceId_SCORM12.zip | non_existent_resource",
            "scorm12_MalformedXml_SCORM12.zip | imsmanifest.xml",
            "scorm12_MissingLaunchUrl_SCORM12.zip | Test Item",
            "scorm12_MissingRequiredFields_SCORM12.zip | imsmanifest.xml",
            "scorm2004_AdlAttributes_SCORM20043rdEdition.zip | index.html",
            "scorm2004_ContentPackagingNoSchemaVersion_SCORM20042ndEdition.zip | index.html",
            "scorm2004_InvalidMissingOrgIdentifier_SCORM20043rdEdition.zip | imsmanifest.xml",
            "scorm2004_MinimalValid_SCORM20043rdEdition.zip | index.html" })
    void aBrokenPackageIsRefusedWithAReasonInTheAuthorsLanguage(String file, String named) throws Exception {
        Course course = aCourse().withModules(1).withItemsPerModule(1).asDraft().create();
        Sessions.Session author = Sessions.as(aPerson().withRole(Role.AUTHOR)
                .withGrant(Grant.course(Role.AUTHOR, course.id())).create());
        String upload = Uploads.upload(author, Files.readAllBytes(PackageCourses.SCORM.resolve("edge-cases/" + file)),
                file, "package");
        author.given().contentType(ContentType.JSON).header("Accept-Language", "mn")
                .body(Map.of("kind", "package", "title", Map.of("en", "Edge"), "upload", upload))
                .when().post("/api/courses/{c}/modules/{m}/items", course.id(), course.modules().get(0).id())
                .then().statusCode(400)
                // The reason names what is wrong, in Mongolian around the names it quotes.
                .body("detail", containsString(named))
                .body("detail", matchesPattern("(?s).*[\\u0400-\\u04FF].*"))
                .body("detail", not(containsString("was refused")));
        assertEquals(1, author.given().queryParam("version", "draft").when().get("/api/courses/{c}/modules/{m}/items", course.id(),
                course.modules().get(0).id()).then().statusCode(200).extract().jsonPath().getList("$").size(),
                "no item was added");
    }

    @Test
    void theAcceptedEdgeCasesPlay() throws Exception {
        Course course = aCourse().withModules(1).withItemsPerModule(1).asDraft().create();
        long module = course.modules().get(0).id();
        Sessions.Session author = Sessions.as(aPerson().withRole(Role.AUTHOR)
                .withGrant(Grant.course(Role.AUTHOR, course.id())).create());
        Map<String, String> launches = new LinkedHashMap<>();
        launches.put("scorm12_ContentPackagingWithMetadata_SCORM12.zip", "index.html");
        launches.put("scorm12_LaunchUrlFromNestedItem_SCORM12.zip", "content/topic1.html");
        launches.put("scorm12_MultipleItemsWithIdentifierRef_SCORM12.zip", "content/item1.html");
        launches.put("scorm12_PrerequisitesTest_SCORM12.zip", "module1.html");
        Map<String, Long> items = new LinkedHashMap<>();
        for (String file : launches.keySet()) {
            String upload = Uploads.upload(author, Files.readAllBytes(PackageCourses.SCORM.resolve("edge-cases/" + file)),
                    file, "package");
            items.put(file, author.given().contentType(ContentType.JSON)
                    .body(Map.of("kind", "package", "title", Map.of("en", file), "upload", upload))
                    .when().post("/api/courses/{c}/modules/{m}/items", course.id(), module)
                    .then().statusCode(201).extract().jsonPath().getLong("id"));
        }
        Publishing.publish(author, course.id());
        Sessions.Session learner = Sessions.as(aPerson().enrolledIn(course.code()).create());
        for (Map.Entry<String, Long> item : items.entrySet()) {
            learner.given().when().get("/courses/{c}/items/{i}", course.code(), item.getValue()).then()
                    .statusCode(200).body(containsString("class=\"package-player\""));
            String location = learner.given().redirects().follow(false).when()
                    .get("/courses/{c}/packages/{i}/launch", course.code(), item.getValue())
                    .then().statusCode(303).extract().header("Location");
            String player = io.restassured.RestAssured.given()
                    .header("Host", java.net.URI.create(location).getAuthority())
                    .when().get(java.net.URI.create(location).getPath()).then().statusCode(200).extract().asString();
            String expected = launches.get(item.getKey());
            org.hamcrest.MatcherAssert.assertThat(item.getKey(), player,
                    containsString("\"href\":\"" + expected));
        }
    }
}
