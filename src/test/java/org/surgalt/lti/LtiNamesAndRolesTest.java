package org.surgalt.lti;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.surgalt.course.Course;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.CourseBuilder;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/**
 * Names and Role Provisioning Services 2.0 against the real ltijs tool: launched from a course, the
 * tool reads the course's roster through ltijs (page by page, filtered by role) with the names and
 * emails its registration allows; its token reaches no other course's roster.
 */
@QuarkusTest
class LtiNamesAndRolesTest extends WithLtijsTool {

    static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    @Override
    protected Map<String, Object> registration() {
        return Map.of("shares", "NAME_EMAIL", "roster", true);
    }

    @Test
    void theToolReadsTheCoursesRosterPageByPageWithRolesNamesAndEmails() throws Exception {
        Course course = CourseBuilder.aCourse().withLti("Roster", tool.url() + "/?activity=roster").create();
        long itemId = LtiItems.ltiItemId(course);
        TestPerson learner = aPerson().withName("Roster Learner").enrolledIn(course.code()).create();
        TestPerson classmate = aPerson().withName("Roster Classmate").enrolledIn(course.code()).create();
        TestPerson author = aPerson().withName("Roster Author").withGrant(Grant.course(Role.AUTHOR, course.id())).create();
        TestPerson grader = aPerson().withName("Roster Grader").withGrant(Grant.course(Role.GRADER, course.id())).create();
        TestPerson elsewhere = aPerson().enrolledIn(CourseBuilder.aCourse().create().code()).create();

        LaunchSteps.Launched launched = LaunchSteps.session(tool, Sessions.as(learner), course.code(), itemId);
        JsonPath launch = launched.launch();
        assertTrue(launch.getString("namesRoles.context_memberships_url").endsWith("/lti/nrps/" + course.code()
                + "/memberships"), launched.answer().body());
        assertEquals(List.of("2.0"), launch.getList("namesRoles.service_versions"));
        assertEquals(learner.email(), launch.getString("email"));

        // Two a page: ltijs follows the Link: rel="next" headers to the end.
        JsonPath all = launched.call(tool, "GET", "/services/members?limit=2&pages=10", null);
        Map<String, Map<String, Object>> members = byUser(all.getList("result.members"));
        assertEquals(java.util.Set.of(id(learner), id(classmate), id(author), id(grader)), members.keySet(),
                all.prettify());
        assertFalse(members.containsKey(id(elsewhere)));
        assertEquals(List.of(LtiRosterService.LEARNER), members.get(id(learner)).get("roles"));
        assertEquals(List.of(LtiRosterService.INSTRUCTOR), members.get(id(author)).get("roles"));
        assertEquals(List.of(LtiRosterService.TEACHING_ASSISTANT), members.get(id(grader)).get("roles"));
        assertEquals("Roster Learner", members.get(id(learner)).get("name"));
        assertEquals(learner.email(), members.get(id(learner)).get("email"));
        assertEquals("Active", members.get(id(classmate)).get("status"));
        assertEquals(course.code(), all.getString("result.context.label"));

        // One page only: two members, and the next page's address.
        JsonPath first = launched.call(tool, "GET", "/services/members?limit=2&pages=1", null);
        assertEquals(2, first.getList("result.members").size());
        assertTrue(first.getString("result.next").contains("offset=2"), first.prettify());

        // The role filter, as the spec's full role or its short name.
        JsonPath instructors = launched.call(tool, "GET", "/services/members?pages=10&role="
                + java.net.URLEncoder.encode(LtiRosterService.INSTRUCTOR, "UTF-8"), null);
        assertEquals(java.util.Set.of(id(author)), byUser(instructors.getList("result.members")).keySet());
        JsonPath learners = launched.call(tool, "GET", "/services/members?pages=10&role=Learner", null);
        assertEquals(java.util.Set.of(id(learner), id(classmate)), byUser(learners.getList("result.members")).keySet());

        // Launches say the same of the people launching: the grader assists, the author teaches.
        assertEquals(List.of(LtiRosterService.TEACHING_ASSISTANT), LaunchSteps.session(tool, Sessions.as(grader),
                course.code(), itemId).launch().getList("roles"));
        assertEquals(List.of(LtiRosterService.INSTRUCTOR), LaunchSteps.session(tool, Sessions.as(author),
                course.code(), itemId).launch().getList("roles"));
    }

    @Test
    void aTokenReachesOnlyTheRostersOfCoursesThatUseItsToolAndOnlyWhenTheToolMayReadRosters() throws Exception {
        SignedTool other = SignedTool.registered(Map.of("roster", true, "shares", "NONE"));
        Course ours = CourseBuilder.aCourse().withLti("Ours", tool.url() + "/?activity=ours").create();
        Course theirs = CourseBuilder.aCourse().withLti("Theirs", other.host + "/activity").create();
        TestPerson learner = aPerson().withName("Hidden Name").enrolledIn(theirs.code()).create();
        String token = other.token(NRPS);

        // Its own course: the roster, without names or emails (its registration shares none).
        JsonPath roster = RestAssured.given().header("Authorization", "Bearer " + token)
                .accept(LtiRosterResource.MEMBERSHIPS).get("/lti/nrps/{code}/memberships", theirs.code()).then()
                .statusCode(200).contentType(LtiRosterResource.MEMBERSHIPS).extract().jsonPath();
        Map<String, Object> member = byUser(roster.getList("members")).get(id(learner));
        assertEquals(List.of(LtiRosterService.LEARNER), member.get("roles"));
        assertNull(member.get("name"));
        assertNull(member.get("email"));

        // Another tool's course: refused; no course: not found; no token or a bad limit: refused.
        RestAssured.given().header("Authorization", "Bearer " + token).get("/lti/nrps/{code}/memberships", ours.code())
                .then().statusCode(403).contentType(containsString("problem+json"));
        RestAssured.given().header("Authorization", "Bearer " + token).get("/lti/nrps/no-such-course/memberships")
                .then().statusCode(404);
        RestAssured.given().get("/lti/nrps/{code}/memberships", theirs.code()).then().statusCode(401);
        RestAssured.given().header("Authorization", "Bearer " + token).queryParam("limit", "0")
                .get("/lti/nrps/{code}/memberships", theirs.code()).then().statusCode(400)
                .contentType(containsString("problem+json"));
        // A score token does not read rosters.
        String scoreOnly = other.token("https://purl.imsglobal.org/spec/lti-ags/scope/score");
        RestAssured.given().header("Authorization", "Bearer " + scoreOnly)
                .get("/lti/nrps/{code}/memberships", theirs.code()).then().statusCode(403);

        // A tool not allowed rosters is not given the scope (nor the claim in launches).
        SignedTool closed = SignedTool.registered(Map.of());
        closed.askToken(NRPS).statusCode(400).body("detail", containsString("scope"));
        assertEquals("https://purl.imsglobal.org/spec/lti-ags/scope/score", RestAssured.given()
                .contentType(io.restassured.http.ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                .formParam("client_assertion", closed.assertion())
                .formParam("scope", NRPS + " https://purl.imsglobal.org/spec/lti-ags/scope/score").post("/lti/token")
                .then().statusCode(200).body("token_type", equalTo("Bearer")).extract().path("scope"));
    }

    private static String id(TestPerson person) {
        return Long.toString(person.id());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> byUser(List<Object> members) {
        return members.stream().map(member -> (Map<String, Object>) member)
                .collect(Collectors.toMap(member -> (String) member.get("user_id"), member -> member));
    }
}
