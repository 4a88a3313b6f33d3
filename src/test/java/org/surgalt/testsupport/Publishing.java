package org.surgalt.testsupport;

import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.restassured.http.ContentType;

import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;

/** Takes a draft through review to a published version over the real API, as people would. */
public final class Publishing {

    private Publishing() {
    }

    /** Submits the draft, has an invited reviewer approve it, and publishes it; returns the version number. */
    public static int publish(Sessions.Session author, long courseId) {
        author.given().contentType(ContentType.JSON).when().post("/api/courses/{id}/review", courseId)
                .then().statusCode(200);
        Sessions.as(aPerson().withGrant(Grant.course(Role.REVIEWER, courseId)).create()).given()
                .contentType(ContentType.JSON).when().post("/api/courses/{id}/review/approvals", courseId)
                .then().statusCode(200);
        return author.given().contentType(ContentType.JSON).when().post("/api/courses/{id}/versions", courseId)
                .then().statusCode(201).extract().jsonPath().getInt("number");
    }
}
