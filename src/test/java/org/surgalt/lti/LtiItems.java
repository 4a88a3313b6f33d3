package org.surgalt.lti;

import static org.surgalt.testsupport.PersonBuilder.aPerson;

import org.surgalt.course.Course;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Sessions;

/** The id of a course's (first) LTI item, as the course's outline gives it. */
final class LtiItems {

    private LtiItems() {
    }

    static long ltiItemId(Course course) {
        return Long.parseLong(Sessions.as(aPerson().withRole(Role.ADMIN).create()).given()
                .get("/api/courses/{id}/modules", course.id()).then().statusCode(200).extract().jsonPath()
                .getString("[0].items.find { it.kind == 'lti' }.id"));
    }
}
