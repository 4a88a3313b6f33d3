package org.surgalt.scorm;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.surgalt.testsupport.PackageCourses;
import org.surgalt.testsupport.Sessions;

/** A package item's settings as its author sets them, and what learners then get. */
@QuarkusTest
class PackageSettingsTest {

    @Test
    void oneAttemptInANewWindow() throws Exception {
        PackageCourses.PackageCourse golf = PackageCourses.publishedWith("golf-examples/RuntimeBasicCalls_SCORM12.zip",
                "passed", 80);
        String settings = "/author/packages/" + golf.code() + "/" + golf.itemId();
        golf.author().given().when().get(settings).then().statusCode(200)
                .body(containsString("name=\"maxAttempts\"")).body(containsString("name=\"newWindow\""));

        // A wrong number: the form comes back with the error and what was typed, nothing saved.
        golf.author().given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("version", 0).formParam("maxAttempts", "many").formParam("grading", "last")
                .formParam("newWindow", "true")
                .when().post(settings).then().statusCode(400)
                .body(containsString("maxAttempts")).body(containsString("value=\"many\""));
        golf.author().given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("version", 0).formParam("maxAttempts", "1").formParam("grading", "last")
                .formParam("newWindow", "true")
                .when().post(settings).then().statusCode(303);
        // A form based on what someone else has since changed is refused, not applied.
        golf.author().given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("version", 0).formParam("maxAttempts", "5").formParam("grading", "highest")
                .when().post(settings).then().statusCode(409);

        Sessions.Session learner = Sessions.as(aPerson().enrolledIn(golf.code()).withLocale("en").create());
        String item = "/courses/" + golf.code() + "/items/" + golf.itemId();
        learner.given().when().get(item).then().statusCode(200)
                .body(not(containsString("class=\"package-player\"")))
                .body(containsString("target=\"_blank\""))
                .body(containsString("/packages/" + golf.itemId() + "/launch"));
        learner.given().redirects().follow(false).when()
                .get("/courses/{c}/packages/{i}/launch", golf.code(), golf.itemId()).then().statusCode(303);
        // The one attempt is open: no second one.
        learner.given().when().get(item).then().statusCode(200)
                .body(not(containsString("/packages/" + golf.itemId() + "/attempts")));
        learner.given().redirects().follow(false).when()
                .post("/courses/{c}/packages/{i}/attempts", golf.code(), golf.itemId()).then().statusCode(409);
    }
}
