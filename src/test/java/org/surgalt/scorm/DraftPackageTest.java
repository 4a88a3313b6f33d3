package org.surgalt.scorm;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.URI;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.surgalt.course.Course;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.PackageCourses;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Uploads;

/** A package in a draft, before any publication: its authors and reviewers try it; nobody else opens it. */
@QuarkusTest
class DraftPackageTest {

    @Test
    void authorsAndReviewersTryADraftsPackageAndItGoesBackToTheEditor() throws Exception {
        Course course = aCourse().withModules(1).withItemsPerModule(1).asDraft().create();
        Sessions.Session author = Sessions.as(aPerson().withRole(Role.AUTHOR)
                .withGrant(Grant.course(Role.AUTHOR, course.id())).create());
        String upload = Uploads.upload(author, Files.readAllBytes(PackageCourses.SCORM.resolve(
                "golf-examples/RuntimeBasicCalls_SCORM20043rdEdition.zip")), "golf.zip", "package");
        long item = author.given().contentType(ContentType.JSON)
                .body(Map.of("kind", "package", "title", Map.of("en", "Golf"), "upload", upload))
                .when().post("/api/courses/{c}/modules/{m}/items", course.id(), course.modules().get(0).id())
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String trial = "/courses/" + course.code() + "/packages/" + item + "/launch?version=draft";
        author.given().when().get("/author/courses/{c}/items/{i}", course.code(), item).then().statusCode(200)
                .body(containsString(trial.replace("&", "&amp;")));

        for (Sessions.Session who : new Sessions.Session[] {author, Sessions.as(aPerson()
                .withGrant(Grant.course(Role.REVIEWER, course.id())).create())}) {
            String location = who.given().redirects().follow(false).when().get(trial).then().statusCode(303)
                    .header("Location", startsWith("http://content.localhost:")).extract().header("Location");
            URI player = URI.create(location);
            RestAssured.given().header("Host", player.getAuthority()).when().get(player.getPath()).then()
                    .statusCode(200).body(containsString("\"standard\":\"2004\""))
                    .body(containsString("/author/courses/" + course.code() + "/items/" + item));
            // The player's way back is a page both may open.
            who.given().when().get("/author/courses/{c}/items/{i}", course.code(), item).then().statusCode(200);
        }
        // Not even an enrolled learner opens a draft; the published version does not exist yet.
        Sessions.Session learner = Sessions.as(aPerson().enrolledIn(course.code()).create());
        learner.given().redirects().follow(false).when().get(trial).then().statusCode(403);
        learner.given().redirects().follow(false).when()
                .get("/courses/{c}/packages/{i}/launch", course.code(), item).then().statusCode(404);
    }
}
