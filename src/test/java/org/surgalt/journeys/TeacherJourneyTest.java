package org.surgalt.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.APIResponse;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.surgalt.course.Course;
import org.surgalt.course.CourseService;
import org.surgalt.identity.Grant;
import org.surgalt.identity.InstitutionKind;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Browser;
import org.surgalt.testsupport.Jobs;
import org.surgalt.testsupport.Journey;
import org.surgalt.testsupport.KeycloakServer;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Publishing;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Texts;

/**
 * A teacher's course from sign-in to certificate, in Chromium, in English and in Mongolian: signs
 * in, continues the course from the home page, reads the lesson, takes the quiz, hands in an
 * assignment with a file, sees the grader's feedback and downloads the certificate. A second
 * journey signs in through the institution's Keycloak instead. Every page is screenshotted,
 * checked with axe and weighed ({@link Journey}).
 */
@QuarkusTest
class TeacherJourneyTest {

    private static final Path PDF = Path.of("src/test/resources/upload-torture/tika/testPDF.pdf");
    private static final String FEEDBACK = "Clear objectives — Зорилго тодорхой.";
    private static final Page.WaitForNavigationOptions KEYCLOAK_WAIT = new Page.WaitForNavigationOptions()
            .setTimeout(60_000);

    @RegisterExtension
    final Browser browser = new Browser();

    @ParameterizedTest
    @ValueSource(strings = {"en", "mn"})
    void aTeacherWorksThroughACourseToTheCertificate(String lang) throws Exception {
        Texts t = Texts.in(lang);
        TeacherCourse course = TeacherCourse.create();
        TestPerson teacher = aPerson().withName("Сараа Батын").enrolledIn(course.code).create();
        Journey journey = Journey.of(browser, "teacher-" + lang);
        Page page = browser.page();

        journey.step("sign-in-page", () -> {
            page.navigate("/language/" + lang + "?return=" + "/home");
            assertThat(page).hasURL(Pattern.compile("/login\\?return=%2Fhome$"));
            assertThat(page.locator("html")).hasAttribute("lang", lang);
            assertThat(page.locator("h1")).hasText(t.msg("login_title"));
        });
        journey.step("home", () -> {
            browser.fillSignInForm(teacher);
            assertThat(page).hasURL(Pattern.compile("/home$"));
            assertThat(page.locator("h1")).hasText(t.msg("home_title"));
            assertThat(page.locator("header .who")).hasText("Сараа Батын");
            assertThat(page.locator(".card h2")).hasText(course.title(lang));
            assertThat(page.locator(".card .progress")).containsText(t.msg("course_progress", 0));
            assertThat(page.locator(".card .continue a")).hasText(course.lessonTitle(lang));
        });
        journey.step("lesson", () -> {
            page.waitForNavigation(() -> page.click(".card .continue a"));
            assertThat(page.locator("h1")).hasText(course.lessonTitle(lang));
            assertThat(page.locator("main strong")).hasText("mn".equals(lang) ? "уншина" : "this");
        });

        journey.step("home-after-lesson", () -> {
            page.waitForNavigation(() -> page.click("header a[href='/home']"));
            assertThat(page.locator(".card .progress")).containsText(t.msg("course_progress", 33));
            assertThat(page.locator(".card .continue a")).hasText(course.quizTitle(lang));
        });
        journey.step("quiz-item", () -> {
            page.waitForNavigation(() -> page.click(".card .continue a"));
            assertThat(page.locator("h1")).hasText(course.quizTitle(lang));
        });
        journey.step("quiz", () -> {
            page.waitForNavigation(() -> page.click("a.button[href*='/quizzes/']"));
            assertThat(page.locator("h1")).hasText(course.quizTitle(lang));
            assertThat(page.locator(".quiz-facts")).containsText(t.of("quiz", "quiz_pass_mark", 60));
        });
        journey.step("quiz-attempt", () -> {
            page.waitForNavigation(() -> page.click("form[action*='/attempts'] button[type=submit]"));
            assertThat(page.locator("h1")).hasText(t.of("quiz", "quiz_attempt_title", course.quizTitle(lang), 1));
            assertThat(page.locator("fieldset.question")).hasCount(2);
        });
        journey.step("quiz-result", () -> {
            page.getByLabel("Улаанбаатар").check();
            page.getByLabel("7").check();
            page.waitForNavigation(() -> page.click("form.quiz button[value=submit]"));
            assertThat(page.locator(".result")).containsText(t.of("quiz", "quiz_score", 100));
            assertThat(page.locator(".result")).containsText(t.of("quiz", "quiz_passed"));
        });

        journey.step("home-after-quiz", () -> {
            page.waitForNavigation(() -> page.click("header a[href='/home']"));
            assertThat(page.locator(".card .progress")).containsText(t.msg("course_progress", 66));
            assertThat(page.locator(".card .continue a")).hasText(course.assignmentTitle(lang));
        });
        journey.step("assignment-item", () -> {
            page.waitForNavigation(() -> page.click(".card .continue a"));
            assertThat(page.locator("h1")).hasText(course.assignmentTitle(lang));
        });
        journey.step("assignment", () -> {
            page.waitForNavigation(() -> page.click("a.button[href*='/assignments/']"));
            assertThat(page.locator("h1")).hasText(course.assignmentTitle(lang));
            assertThat(page.locator(".submission .state")).hasText(t.of("assignment", "assignment_state_none"));
        });
        journey.step("assignment-file-added", () -> {
            page.setInputFiles("form.uploader input.upload-file", PDF);
            page.waitForNavigation(() -> page.click("form.uploader button[type=submit]"));
            assertThat(page.locator(".notice")).hasText(t.of("assignment", "assignment_file_added"));
            Jobs.runAllDue();
            page.reload();
            assertThat(page.locator("ul.files a")).hasText("testPDF.pdf");
        });
        journey.step("assignment-submitted", () -> {
            page.fill("#body", "mn".equals(lang) ? "Бутархай тооны хичээлийн төлөвлөгөө" : "A lesson plan on fractions");
            page.waitForNavigation(() -> page.click("form.stacked button[value=submit]"));
            assertThat(page.locator(".notice")).hasText(t.of("assignment", "assignment_submitted_notice"));
        });

        course.gradeAndRelease(8);
        journey.step("feedback", () -> {
            page.reload();
            assertThat(page.locator("section.grade h2")).hasText(t.of("assignment", "assignment_grade"));
            assertThat(page.locator("section.grade .score")).containsText("8 / 10");
            assertThat(page.locator("section.grade .feedback")).hasText(FEEDBACK);
        });

        journey.step("course-complete", () -> {
            page.waitForNavigation(() -> page.click("nav.breadcrumb a"));
            assertThat(page.locator("h1")).hasText(course.title(lang));
            assertThat(page.locator(".progress")).containsText(t.msg("course_progress", 100));
            assertThat(page.locator(".certificate a")).hasText(t.of("certificate", "certificate_download"));
        });
        Download download = page.waitForDownload(() -> page.click(".certificate a"));
        assertTrue(download.suggestedFilename().matches("certificate-[a-z2-7]{26}\\.pdf"), download.suggestedFilename());
        Path saved = Journey.ROOT.resolve("teacher-" + lang).resolve("certificate.pdf");
        download.saveAs(saved);
        byte[] bytes = Files.readAllBytes(saved);
        assertArrayEquals("%PDF-".getBytes(), java.util.Arrays.copyOf(bytes, 5), "a PDF came");
        // What the server answered to the click, with the teacher's cookies.
        APIResponse answer = page.request().get(download.url());
        assertEquals(200, answer.status());
        assertEquals("application/pdf", answer.headers().get("content-type"));
        assertArrayEquals(bytes, answer.body());
    }

    /** The same teacher's way in through the institution's Keycloak (a real one, shared by the test JVM). */
    @Test
    void aTeacherSignsInThroughTheInstitutionsKeycloakAndContinuesTheCourse() {
        KeycloakServer keycloak = KeycloakServer.get();
        String provider = SsoRealm.connectUniversity(keycloak);
        TeacherCourse course = TeacherCourse.create();
        Texts t = Texts.in("en");
        Journey journey = Journey.of(browser, "teacher-sso");
        Page page = browser.page();

        journey.step("sign-in-page", () -> {
            page.navigate("/language/en?return=/login");
            assertThat(page.locator("h1")).hasText(t.msg("login_title"));
            assertThat(page.locator("ul.sso a[href^='/login/sso/" + provider + "?']")).containsText(t.msg("login_with", SsoRealm.NMU_NAME));
        });
        // The first sign-in after Keycloak started waits for its discovery, keys and theme: give it time.
        page.waitForNavigation(KEYCLOAK_WAIT, () -> page.click("ul.sso a[href^='/login/sso/" + provider + "?']"));
        assertTrue(page.url().startsWith(keycloak.issuer(provider)), "Keycloak's own page: " + page.url());
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Journey.ROOT.resolve("teacher-sso").resolve("keycloak-login.png")));
        page.fill("#username", "tuya.teacher");
        page.fill("#password", SsoRealm.PASSWORD);
        journey.step("signed-in", () -> {
            page.waitForNavigation(KEYCLOAK_WAIT, () -> page.click("#kc-login"));
            // Back where she set out from (the sign-in page's return address, the catalogue), signed in.
            assertThat(page).hasURL(Pattern.compile("^http://localhost:\\d+/$"));
            assertThat(page.locator("h1")).hasText(t.msg("catalogue_title"));
            assertThat(page.locator("header .who")).hasText("Туяа Ганбаатар");
        });

        // The coordinator enrols her (she exists in Surgalt since this sign-in).
        String email = (String) page.evaluate("() => fetch('/api/me').then(r => r.json()).then(me => me.email)");
        Arc.container().instance(CourseService.class).get().enrol(email, course.code);
        journey.step("home", () -> {
            page.navigate("/home");
            assertThat(page.locator("h1")).hasText(t.msg("home_title"));
            assertThat(page.locator(".card h2")).hasText(course.title("en"));
            assertThat(page.locator(".card .continue a")).hasText(course.lessonTitle("en"));
        });
        journey.step("lesson", () -> {
            page.waitForNavigation(() -> page.click(".card .continue a"));
            assertThat(page.locator("h1")).hasText(course.lessonTitle("en"));
        });
    }

    /** A published course: a lesson page, a quiz of two questions and an assignment, all required. */
    private static final class TeacherCourse {
        final Course course;
        final String code;
        final long assignment;
        final Sessions.Session author;

        private TeacherCourse(Course course, long assignment, Sessions.Session author) {
            this.course = course;
            this.code = course.code();
            this.assignment = assignment;
            this.author = author;
        }

        static TeacherCourse create() {
            Course draft = aCourse().withTitle("Teaching fractions", "Бутархай заах").withItemsPerModule(0)
                    .withPage("Lesson: parts of a whole", "Хичээл: бүхлийн хэсэг", "Read **this** first.",
                            "Үүнийг эхлээд **уншина** уу.")
                    .withQuiz("Check yourself", "Өөрийгөө шалгах").asDraft().create();
            long moduleId = draft.modules().get(0).id();
            Sessions.Session author = Sessions.as(aPerson().withRole(Role.AUTHOR)
                    .withGrant(Grant.course(Role.AUTHOR, draft.id())).create());
            Map<String, Object> title = Map.of("en", "Lesson plan", "mn", "Хичээлийн төлөвлөгөө");
            Map<String, Object> body = Map.of("en", "Write a lesson plan.", "mn", "Хичээлийн төлөвлөгөө бичнэ үү.");
            long item = json(author).body(Map.of("kind", "assignment", "title", title, "body", body))
                    .when().post("/api/courses/{c}/modules/{m}/items", draft.id(), moduleId)
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            json(author).body(Map.of("version", 0, "title", title, "body", body, "completion", "passed",
                    "minScore", 60)).when().put("/api/courses/{c}/modules/{m}/items/{i}", draft.id(), moduleId, item)
                    .then().statusCode(200);
            Publishing.publish(author, draft.id());
            // Assignment settings belong to the published item.
            long version = json(author).when().get("/api/courses/{c}/assignments/{i}", draft.id(), item).then()
                    .statusCode(200).extract().jsonPath().getLong("version");
            json(author).body(Map.of("version", version, "maxPoints", 10)).when()
                    .put("/api/courses/{c}/assignments/{i}", draft.id(), item).then().statusCode(200);
            long quiz = draft.modules().get(0).items().get(1).id();
            long first = question(author, draft.id(), Map.of("kind", "single_choice",
                    "prompt", "Монгол улсын нийслэл? (The capital?)", "options", List.of(
                            Map.of("text", "Улаанбаатар", "correct", true), Map.of("text", "Ховд", "correct", false))));
            long second = question(author, draft.id(), Map.of("kind", "single_choice",
                    "prompt", "3 + 4 = ?", "options", List.of(
                            Map.of("text", "7", "correct", true), Map.of("text", "8", "correct", false))));
            json(author).body(Map.of("questions", List.of(first, second), "review", "answers"))
                    .when().put("/api/courses/{c}/quizzes/{i}", draft.id(), quiz).then().statusCode(200);
            return new TeacherCourse(draft, item, author);
        }

        String title(String lang) {
            return "mn".equals(lang) ? "Бутархай заах" : "Teaching fractions";
        }

        String lessonTitle(String lang) {
            return "mn".equals(lang) ? "Хичээл: бүхлийн хэсэг" : "Lesson: parts of a whole";
        }

        String quizTitle(String lang) {
            return "mn".equals(lang) ? "Өөрийгөө шалгах" : "Check yourself";
        }

        String assignmentTitle(String lang) {
            return "mn".equals(lang) ? "Хичээлийн төлөвлөгөө" : "Lesson plan";
        }

        /** A grader of the course grades the one submission and releases the grade, through the API. */
        void gradeAndRelease(int points) {
            Sessions.Session grader = Sessions.as(aPerson().withGrant(Grant.course(Role.GRADER, course.id())).create());
            String grading = "/api/courses/" + course.id() + "/submissions";
            long submission = json(grader).queryParam("status", "submitted").when().get(grading).then()
                    .statusCode(200).extract().jsonPath().getLong("[0].id");
            long version = json(grader).when().get(grading + "/" + submission).then().statusCode(200)
                    .extract().jsonPath().getLong("version");
            json(grader).body(Map.of("version", version, "points", points, "feedback", FEEDBACK)).when()
                    .post(grading + "/" + submission + "/grade").then().statusCode(200);
            json(grader).when().post(grading + "/" + submission + "/release").then().statusCode(200);
        }

        private static long question(Sessions.Session author, long courseId, Map<String, Object> question) {
            return json(author).body(question).when().post("/api/courses/{c}/questions", courseId)
                    .then().statusCode(201).extract().jsonPath().getLong("id");
        }

        private static io.restassured.specification.RequestSpecification json(Sessions.Session session) {
            return session.given().contentType(ContentType.JSON).accept(ContentType.JSON);
        }
    }

    /** The university's realm of deploy/keycloak, connected once per database (SsoSignInTest may have done it). */
    static final class SsoRealm {
        static final String PASSWORD = "Passw0rd!";
        static final String NMU = "nmu";
        static final String NMU_NAME = "Mongolian National University of Education (demo)";

        static String connectUniversity(KeycloakServer keycloak) {
            Arc.container().instance(IdentityService.class).get().createInstitutionIfAbsent("nmu-demo", NMU_NAME,
                    InstitutionKind.UNIVERSITY, "Улаанбаатар", "Сүхбаатар");
            Sessions.Session admin = Sessions.as(aPerson().withRole(Role.ADMIN).create());
            List<String> connected = admin.given().accept(ContentType.JSON).get("/api/admin/identity-providers")
                    .then().statusCode(200).extract().jsonPath().getList("code");
            if (!connected.contains(NMU)) {
                admin.given().contentType(ContentType.JSON)
                        .body(Map.of("code", NMU, "institution", "nmu-demo", "displayName", NMU_NAME,
                                "issuer", keycloak.issuer(NMU), "clientId", "surgalt",
                                "clientSecret", keycloak.clientSecret(NMU),
                                "roleMapping", "teachers=learner\nmaster-teachers=author,grader"))
                        .post("/api/admin/identity-providers").then().statusCode(201);
            }
            return NMU;
        }
    }
}
