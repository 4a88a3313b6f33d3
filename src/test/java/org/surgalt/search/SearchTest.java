package org.surgalt.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.surgalt.course.Course;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Publishing;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Sessions.Session;
import org.surgalt.testsupport.Uploads;

/** Learners and authors search course content; each finds only what they may read. */
@QuarkusTest
class SearchTest {

    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    /** A word no other test wrote: letters then digits, one token for the FULLTEXT parser. */
    private static String uniqueWord(String letters) {
        return letters + UNIQUE.incrementAndGet();
    }

    @Test
    void anEnrolledLearnerFindsAMongolianWordOfALessonWhateverItsCase() throws IOException {
        // The opening of the Universal Declaration of Human Rights in Mongolian, as a lesson.
        String udhr = Files.readString(Path.of("src/test/resources/mongolian/udhr_khk.derived.txt"),
                StandardCharsets.UTF_8);
        String lesson = "## " + udhr.substring(0, udhr.indexOf("улс түмний хооронд"));
        assertTrue(lesson.contains("хүний эрхийг") && lesson.contains("ТҮГЭЭМЭЛ") && lesson.contains("өөрийн"));
        Course course = aCourse().withItemsPerModule(0).withPage("Preamble", "Оршил", null, lesson).create();
        long itemId = course.modules().get(0).items().get(0).id();
        Session learner = Sessions.as(aPerson().enrolledIn(course.code()).create());

        for (String query : List.of("эрхийг", "ЭРХИЙГ", "Эрхийг")) {
            JsonPath found = search(learner, query);
            assertEquals(1, found.getList("results").size(), query + ": " + found.prettify());
            assertEquals(itemId, found.getLong("results[0].itemId"));
            assertEquals(course.code(), found.getString("results[0].courseCode"));
            assertEquals("Оршил", found.getString("results[0].itemTitle.mn"));
            assertEquals("lesson", found.getString("results[0].foundIn"));
            assertEquals(false, found.getBoolean("results[0].draft"));
            assertEquals("/courses/" + course.code() + "/items/" + itemId, found.getString("results[0].link"));
            org.hamcrest.MatcherAssert.assertThat(found.getString("results[0].snippet"),
                    allOf(containsString("хүний эрхийг"), not(containsString("##"))));
        }
        // A word is found by its beginning (Mongolian adds suffixes: эрх → эрхийг, эрхтэй), and Ө and Ү are
        // letters of their own, in either case.
        assertEquals(itemId, search(learner, "ЭРХ").getLong("results[0].itemId"));
        assertEquals(itemId, search(learner, "түгээмэл ӨӨРИЙН").getLong("results[0].itemId"));
        assertEquals(0, search(learner, "ТУГЭЭМЭЛ").getList("results").size());
    }

    @Test
    void aWordThatIsOnlyInAnUploadedPresentationIsFound() throws IOException {
        Session author = Sessions.as(aPerson().withRole(Role.AUTHOR).create());
        NewCourse course = newCourse(author);
        // testPPT.pptx (Apache Tika's test corpus) says "Watershed" and "Avalanche" on its slides.
        byte[] pptx = Files.readAllBytes(Path.of("src/test/resources/upload-torture/tika/testPPT.pptx"));
        String upload = Uploads.upload(author, pptx, "Слайд.pptx", "file");
        long itemId = author.given().contentType(ContentType.JSON)
                .body(Map.of("kind", "file", "title", Map.of("mn", "Илтгэлийн слайд"), "upload", upload))
                .when().post("/api/courses/{c}/modules/{m}/items", course.id(), course.moduleId())
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Publishing.publish(author, course.id());
        Session learner = Sessions.as(aPerson().enrolledIn(course.code()).create());

        JsonPath found = search(learner, "AVALANCHE watershed");
        assertEquals(1, found.getList("results").size(), found.prettify());
        assertEquals(itemId, found.getLong("results[0].itemId"));
        assertEquals("file", found.getString("results[0].kind"));
        assertEquals("file", found.getString("results[0].foundIn"));
        assertEquals("Слайд.pptx", found.getString("results[0].filename"));
        assertEquals("/courses/" + course.code() + "/items/" + itemId, found.getString("results[0].link"));
        org.hamcrest.MatcherAssert.assertThat(found.getString("results[0].snippet"),
                allOf(containsString("Watershed"), containsString("Avalanche")));
    }

    @Test
    void aLearnerWhoIsNotEnrolledDoesNotSeeTheCoursesHits() {
        String word = uniqueWord("enrolled");
        Course course = aCourse().withPage("Visible to some", null, "This lesson says " + word + ".", null).create();
        Session enrolled = Sessions.as(aPerson().enrolledIn(course.code()).create());
        Session other = Sessions.as(aPerson().enrolledIn(aCourse().create().code()).create());
        Session grader = Sessions.as(aPerson().withGrant(Grant.course(Role.GRADER, course.id())).create());
        Session coordinator = Sessions.as(aPerson().withRole(Role.COORDINATOR).create());

        assertEquals(1, search(enrolled, word).getList("results").size());
        assertEquals(0, search(other, word).getList("results").size());
        assertEquals(1, search(grader, word).getList("results").size());
        assertEquals(1, search(coordinator, word).getList("results").size());
        given().when().get("/api/search?q={q}", word).then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void draftOnlyTextIsFoundByItsAuthorAsDraftButNotByLearners() {
        String published = uniqueWord("published");
        String drafted = uniqueWord("drafted");
        Course course = aCourse().withPage("Published page", null, "Text with " + published + " in it.", null)
                .create();
        Session author = Sessions.as(aPerson().withRole(Role.AUTHOR)
                .withGrant(Grant.course(Role.AUTHOR, course.id())).create());
        Session learner = Sessions.as(aPerson().enrolledIn(course.code()).create());
        long draftItem = author.given().contentType(ContentType.JSON)
                .body(Map.of("kind", "page", "title", Map.of("en", "Not published yet"),
                        "body", Map.of("en", "Only the draft says " + drafted + ".")))
                .when().post("/api/courses/{c}/modules/{m}/items", course.id(), course.modules().get(0).id())
                .then().statusCode(201).extract().jsonPath().getLong("id");

        JsonPath authors = search(author, drafted);
        assertEquals(1, authors.getList("results").size(), authors.prettify());
        assertEquals(draftItem, authors.getLong("results[0].itemId"));
        assertEquals(true, authors.getBoolean("results[0].draft"));
        assertEquals("/author/courses/" + course.code() + "/items/" + draftItem, authors.getString("results[0].link"));
        assertEquals(0, search(learner, drafted).getList("results").size());
        // Text that is in the published version and the draft: the author sees both, the learner the published one.
        assertEquals(Set.of(false, true), Set.copyOf(search(author, published).getList("results.draft")));
        assertEquals(List.of(false), search(learner, published).getList("results.draft"));
    }

    @Test
    void afterAVersionWithoutAWordIsPublishedLearnersNoLongerFindIt() {
        String before = uniqueWord("before");
        String after = uniqueWord("after");
        Session author = Sessions.as(aPerson().withRole(Role.AUTHOR).create());
        NewCourse course = newCourse(author);
        long itemId = addPage(author, course, "Changing page", "Version one says " + before + ".");
        Publishing.publish(author, course.id());
        Session learner = Sessions.as(aPerson().enrolledIn(course.code()).create());
        assertEquals(1, search(learner, before).getList("results").size());

        long version = author.given().when().get("/api/courses/{c}/modules/{m}/items/{i}?version=draft", course.id(),
                course.moduleId(), itemId).then().statusCode(200).extract().jsonPath().getLong("version");
        author.given().contentType(ContentType.JSON)
                .body(Map.of("version", version, "title", Map.of("en", "Changing page"),
                        "body", Map.of("en", "Version two says " + after + " instead."), "completion", "viewed"))
                .when().put("/api/courses/{c}/modules/{m}/items/{i}", course.id(), course.moduleId(), itemId)
                .then().statusCode(200);
        // Saved in the draft, not published yet: learners still read version 1.
        assertEquals(1, search(learner, before).getList("results").size());
        assertEquals(0, search(learner, after).getList("results").size());

        assertEquals(2, Publishing.publish(author, course.id()));
        assertEquals(0, search(learner, before).getList("results").size());
        assertEquals(itemId, search(learner, after).getLong("results[0].itemId"));
    }

    @Test
    void aModuleThatIsNotOpenYetIsNotSearched() {
        String first = uniqueWord("first");
        String second = uniqueWord("second");
        Session author = Sessions.as(aPerson().withRole(Role.AUTHOR).create());
        NewCourse course = newCourse(author);
        long firstItem = addPage(author, course, "First", "The first module says " + first + ".");
        long secondModule = author.given().contentType(ContentType.JSON).body(Map.of("title", Map.of("en", "Second")))
                .when().post("/api/courses/{c}/modules", course.id()).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        author.given().contentType(ContentType.JSON)
                .body(Map.of("title", Map.of("en", "Second"), "prerequisite", course.moduleId()))
                .when().put("/api/courses/{c}/modules/{m}", course.id(), secondModule).then().statusCode(200);
        addPage(author, new NewCourse(course.id(), course.code(), secondModule), "Second",
                "The second module says " + second + ".");
        Publishing.publish(author, course.id());
        Session learner = Sessions.as(aPerson().enrolledIn(course.code()).create());

        assertEquals(1, search(learner, first).getList("results").size());
        assertEquals(0, search(learner, second).getList("results").size());
        // Its authors are not held back (as on the item page).
        assertTrue(search(author, second).getList("results.draft").contains(false));
        // Opening the first module's only item completes it, which opens the second.
        learner.given().accept("text/html").when().get("/courses/{c}/items/{i}", course.code(), firstItem)
                .then().statusCode(200);
        assertEquals(1, search(learner, second).getList("results").size());
    }

    @Test
    void badQueriesAreProblemsNamingTheField() {
        Session learner = Sessions.as(aPerson().create());
        for (String q : new String[] {"", "   ", "a".repeat(201), "is it", "+ - * ( ) ~ < > \" @"}) {
            learner.given().queryParam("q", q).when().get("/api/search").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("q"));
        }
        learner.given().when().get("/api/search").then().statusCode(400).body("errors[0].field", equalTo("q"));
        for (String limit : new String[] {"0", "51", "many"}) {
            learner.given().queryParam("q", "lesson").queryParam("limit", limit).when().get("/api/search")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("limit"));
        }
        // Boolean-mode operators are taken out of what is typed, so they cannot break the query; short and
        // very common words are left out and said so.
        learner.given().queryParam("q", "+lesson* -\"(watershed\" ~<> @8 of ба").when().get("/api/search")
                .then().statusCode(200).body("searched", equalTo(List.of("lesson", "watershed")))
                .body("ignored", equalTo(List.of("8", "of", "ба")));
    }

    @Test
    void theSearchPageShowsResultsAndEscapesTheQuery() {
        String word = uniqueWord("page");
        Course course = aCourse().withItemsPerModule(0)
                .withPage("Found <page>", "Олдсон хуудас", "Some **bold** text, then " + word + " and more.", null)
                .create();
        long itemId = course.modules().get(0).items().get(0).id();
        Session learner = Sessions.as(aPerson().enrolledIn(course.code()).create());

        learner.given().accept("text/html").cookie("lang", "en").queryParam("q", word.toUpperCase())
                .when().get("/search").then().statusCode(200).contentType(containsString("text/html"))
                .body(allOf(containsString("href=\"/courses/" + course.code() + "/items/" + itemId + "\""),
                        containsString("Found &lt;page&gt;"), containsString("in the lesson"),
                        containsString("Some bold text, then <mark>" + word + "</mark> and more."),
                        containsString("1 result")));
        learner.given().accept("text/html").cookie("lang", "mn").queryParam("q", word).when().get("/search")
                .then().statusCode(200).body(allOf(containsString("Олдсон хуудас"), containsString("1 илэрц")));

        String script = "<script>alert('x')</script>";
        learner.given().accept("text/html").queryParam("q", script).when().get("/search").then().statusCode(200)
                .body(allOf(not(containsString(script)), containsString("&lt;script&gt;alert(&#39;x&#39;)")));
        // Refused: the form comes back with the reason and what was typed.
        learner.given().accept("text/html").queryParam("q", "<b>" + "x".repeat(200)).when().get("/search")
                .then().statusCode(400).body(allOf(containsString("200 тэмдэгтээс ихгүй байх ёстой"),
                        containsString("value=\"&lt;b&gt;xxx"), not(containsString("<b>xxx"))));
        // The empty form, and the search box in every page's header for signed-in people.
        learner.given().accept("text/html").when().get("/search").then().statusCode(200)
                .body(containsString("action=\"/search\""));
        learner.given().accept("text/html").when().get("/").then().statusCode(200)
                .body(containsString("action=\"/search\""));
        given().accept("text/html").when().get("/").then().statusCode(200)
                .body(not(containsString("action=\"/search\"")));
        given().accept("text/html").redirects().follow(false).queryParam("q", word).when().get("/search")
                .then().statusCode(303).header("Location", containsString("/login?return="));
    }

    private static JsonPath search(Session session, String q) {
        return session.given().queryParam("q", q).when().get("/api/search").then().statusCode(200)
                .contentType(ContentType.JSON).extract().jsonPath();
    }

    private record NewCourse(long id, String code, long moduleId) {
    }

    private static NewCourse newCourse(Session author) {
        String code = "search-" + UNIQUE.incrementAndGet();
        long courseId = author.given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "language", "en", "title", Map.of("en", "Search " + code)))
                .when().post("/api/courses").then().statusCode(201).extract().jsonPath().getLong("id");
        long moduleId = author.given().contentType(ContentType.JSON).body(Map.of("title", Map.of("en", "One")))
                .when().post("/api/courses/{c}/modules", courseId).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        return new NewCourse(courseId, code, moduleId);
    }

    private static long addPage(Session author, NewCourse course, String title, String markdown) {
        Map<String, Object> item = new HashMap<>();
        item.put("kind", "page");
        item.put("title", Map.of("en", title));
        item.put("body", Map.of("en", markdown));
        return author.given().contentType(ContentType.JSON).body(item)
                .when().post("/api/courses/{c}/modules/{m}/items", course.id(), course.moduleId())
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
