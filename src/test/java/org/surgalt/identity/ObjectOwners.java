package org.surgalt.identity;

import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.surgalt.cohort.CohortService;
import org.surgalt.cohort.NewCohort;
import org.surgalt.course.Course;
import org.surgalt.identity.local.PasswordResetService;
import org.surgalt.identity.sso.SsoProvider;
import org.surgalt.identity.sso.SsoService;
import org.surgalt.platform.jobs.JobRunner;
import org.surgalt.progress.CourseCompleted;
import org.surgalt.progress.RecomputeService;
import org.surgalt.progress.certificate.CertificateService;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Publishing;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Uploads;

/**
 * The world of {@link ObjectAccessTest}: institution A, whose learner L1 is enrolled in course C1
 * (its author, its grader) and in the cohort K1 of A's coordinator, with everything L1 and they own
 * in it; and the other people, of C1, of course C2, of institution B, of cohort K2. Every object is
 * made through the real services or API, as its owner would make it.
 */
final class ObjectOwners {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final String suffix = System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    final String institutionA = "obj-a-" + suffix;
    final String institutionB = "obj-b-" + suffix;

    // What must not reach people who may not see the object it is in.
    final String learnerName = "Owner Learner " + suffix;
    final String submissionText = "Secret submission " + suffix;
    final String feedbackText = "Secret feedback " + suffix;
    final String questionPrompt = "Secret question " + suffix;
    final String lockedText = "Locked lesson " + suffix;
    final String venue = "Secret venue " + suffix;
    final String sessionTitle = "Secret workshop " + suffix;
    final String outsiderName = "Outsider Person " + suffix;
    final String institutionBName = "Туршилтын сургууль " + institutionB;

    final Course course;
    final Course otherCourse;
    final long module1;
    final long module2;
    final long page;
    final long quiz;
    final long fileItem;
    /** A SCORM 1.2 package (the Golf Examples) in C1's module 1, optional. */
    final long packageItem;
    /** An H5P activity (the True/False) in C1's module 1, optional. */
    final long h5pItem;
    final long assignment;
    final long sessionItem;
    final long lockedPage;
    final long lockedFile;
    final long lockedAssignment;
    final long lockedQuiz;
    final String lessonFile = "diagram.png";
    final long spareItem;
    final long spareModule;
    final long question;
    final long questionForPage;
    final long questionForApi;

    final TestPerson learner;
    final TestPerson author;
    final TestPerson grader;
    final TestPerson coordinator;
    final TestPerson admin;
    final Map<String, TestPerson> targets = new HashMap<>();
    final Map<ObjectAccessTest.Persona, Sessions.Session> sessions = new HashMap<>();
    final Map<String, Sessions.Session> owners = new HashMap<>();

    final long cohort;
    final long otherCohort;
    final String cohortCode;
    final long attempt;
    final long submission;
    final long submissionFile;
    final long feedbackFile;
    final String upload;
    final String readyUpload;
    final long session;
    final String certificate;
    final long recompute;
    final long provider;
    final String providerCode;
    final String resetToken;

    ObjectOwners() throws Exception {
        // Course C1: module 1 (a page, a quiz, a file, an assignment, a session) opens module 2 (the same, locked).
        course = aCourse().withModules(2).withItemsPerModule(1).withQuiz("Owner quiz", null).asDraft().create();
        module1 = course.modules().get(0).id();
        module2 = course.modules().get(1).id();
        page = course.modules().get(0).items().get(0).id();
        quiz = course.modules().get(0).items().get(1).id();
        lockedPage = course.modules().get(1).items().get(0).id();
        author = aPerson().inInstitution(institutionA).withRole(Role.AUTHOR)
                .withGrant(Grant.course(Role.AUTHOR, course.id())).create();
        Sessions.Session authorSession = Sessions.as(author);
        String handout = Uploads.upload(authorSession, "Owner handout".getBytes(StandardCharsets.UTF_8), "handout.txt",
                "file");
        fileItem = addItem(authorSession, module1, Map.of("kind", "file", "title", Map.of("en", "Handout"),
                "upload", handout));
        assignment = addItem(authorSession, module1, Map.of("kind", "assignment", "title", Map.of("en", "Plan"),
                "body", Map.of("en", "Write a plan.")));
        sessionItem = addItem(authorSession, module1, Map.of("kind", "session", "title", Map.of("en", "Workshop")));
        String lockedHandout = Uploads.upload(authorSession, lockedText.getBytes(StandardCharsets.UTF_8),
                "locked.txt", "file");
        lockedFile = addItem(authorSession, module2, Map.of("kind", "file", "title", Map.of("en", "Locked handout"),
                "upload", lockedHandout));
        lockedAssignment = addItem(authorSession, module2, Map.of("kind", "assignment",
                "title", Map.of("en", "Locked plan"), "body", Map.of("en", lockedText)));
        lockedQuiz = addItem(authorSession, module2, Map.of("kind", "quiz", "title", Map.of("en", "Locked quiz")));
        json(authorSession).body(Map.of("title", Map.of("en", "Module 2"), "prerequisite", module1)).when()
                .put("/api/courses/{c}/modules/{m}", course.id(), module2).then().statusCode(200);
        json(authorSession).body(Map.of("version", 0, "title", Map.of("en", "Page 2.1"), "body",
                Map.of("en", lockedText), "completion", "viewed")).when()
                .put("/api/courses/{c}/modules/{m}/items/{i}", course.id(), module2, lockedPage).then().statusCode(200);
        byte[] png = Files.readAllBytes(Path.of("src/test/resources/upload-torture/tika/testPNG.png"));
        String image = Uploads.upload(authorSession, png, lessonFile, "image");
        authorSession.given().redirects().follow(false).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("upload", image).when().post("/author/courses/{code}/files", course.code())
                .then().statusCode(303);
        String golf = Uploads.upload(authorSession, Files.readAllBytes(Path.of(
                "src/test/resources/packages/scorm/golf-examples/RuntimeBasicCalls_SCORM12.zip")), "golf.zip", "package");
        packageItem = addItem(authorSession, module1, Map.of("kind", "package", "title", Map.of("en", "Golf"),
                "upload", golf));
        json(authorSession).body(Map.of("version", 0, "title", Map.of("en", "Golf"), "completion", "completed",
                "required", false)).when().put("/api/courses/{c}/modules/{m}/items/{i}", course.id(), module1,
                packageItem).then().statusCode(200);
        String trueFalse = Uploads.upload(authorSession, Files.readAllBytes(Path.of(
                "src/test/resources/packages/h5p/truefalse-hello-world_tunapanda.h5p")), "truefalse.h5p", "package");
        h5pItem = addItem(authorSession, module1, Map.of("kind", "package", "title", Map.of("en", "True or false"),
                "upload", trueFalse));
        json(authorSession).body(Map.of("version", 0, "title", Map.of("en", "True or false"), "completion",
                "completed", "required", false)).when().put("/api/courses/{c}/modules/{m}/items/{i}", course.id(),
                module1, h5pItem).then().statusCode(200);
        Publishing.publish(authorSession, course.id());
        // For the draft's deletions: a page and a module only the draft has.
        spareItem = addItem(authorSession, module1, Map.of("kind", "page", "title", Map.of("en", "Spare page")));
        spareModule = json(authorSession).body(Map.of("title", Map.of("en", "Spare module"))).when()
                .post("/api/courses/{c}/modules", course.id()).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        question = question(authorSession);
        questionForPage = question(authorSession);
        questionForApi = question(authorSession);
        for (long quizItem : List.of(quiz, lockedQuiz)) {
            json(authorSession).body(Map.of("questions", List.of(question), "review", "answers")).when()
                    .put("/api/courses/{c}/quizzes/{i}", course.id(), quizItem).then().statusCode(200);
        }
        owners.put("author", authorSession);

        otherCourse = aCourse().create();
        grader = aPerson().inInstitution(institutionA).withGrant(Grant.course(Role.GRADER, course.id())).create();
        coordinator = aPerson().inInstitution(institutionA).withRole(Role.COORDINATOR).create();
        admin = aPerson().inInstitution(institutionA).withRole(Role.ADMIN).create();
        learner = aPerson().inInstitution(institutionA).withName(learnerName).enrolledIn(course.code()).create();
        Sessions.Session learnerSession = Sessions.as(learner);
        // L1 opens the package: an attempt of theirs, which the package's report names them in.
        learnerSession.given().redirects().follow(false).when()
                .get("/courses/{code}/packages/{i}/launch", course.code(), packageItem).then().statusCode(303);
        Sessions.Session graderSession = Sessions.as(grader);
        Sessions.Session coordinatorSession = Sessions.as(coordinator);
        owners.put("learner", learnerSession);
        owners.put("grader", graderSession);
        owners.put("coordinator", coordinatorSession);
        owners.put("admin", Sessions.as(admin));

        // Cohort K1: A's coordinator's, with C1 and L1.
        cohortCode = "obj-k1-" + suffix;
        cohort = json(coordinatorSession).body(Map.of("code", cohortCode, "name", "Owner cohort " + suffix)).when()
                .post("/api/cohorts").then().statusCode(201).extract().jsonPath().getLong("id");
        json(coordinatorSession).body(Map.of("course", course.code())).when()
                .post("/api/cohorts/{id}/courses", cohort).then().statusCode(200);
        coordinatorSession.given().contentType("text/csv").queryParam("dryRun", false)
                .body("email,name,institution_code\n" + learner.email() + "," + learnerName + "," + institutionA + "\n")
                .when().post("/api/cohorts/{id}/members/import", cohort).then().statusCode(200);

        // The other people: of C1, of C2, of institution B, of cohort K2, of institution A.
        Viewer adminViewer = new Viewer(admin.id(), admin.email(), "admin", Locale.ENGLISH, null,
                Set.of(Grant.site(Role.ADMIN)));
        otherCohort = Arc.container().instance(CohortService.class).get().create(adminViewer,
                new NewCohort("obj-k2-" + suffix, "Other cohort " + suffix, null, null, null)).id();
        persona(ObjectAccessTest.Persona.SAME_COURSE_LEARNER,
                aPerson().inInstitution(institutionA).enrolledIn(course.code()));
        persona(ObjectAccessTest.Persona.OTHER_COURSE_LEARNER,
                aPerson().inInstitution(institutionB).enrolledIn(otherCourse.code()));
        persona(ObjectAccessTest.Persona.OTHER_AUTHOR, aPerson().inInstitution(institutionB).withRole(Role.AUTHOR)
                .withGrant(Grant.course(Role.AUTHOR, otherCourse.id())));
        persona(ObjectAccessTest.Persona.OTHER_GRADER, aPerson().inInstitution(institutionB)
                .withGrant(Grant.course(Role.GRADER, otherCourse.id())));
        persona(ObjectAccessTest.Persona.OTHER_INSTITUTION_COORDINATOR,
                aPerson().inInstitution(institutionB).withRole(Role.COORDINATOR));
        persona(ObjectAccessTest.Persona.OTHER_COHORT_COORDINATOR, aPerson().inInstitution(institutionB)
                .withGrant(new Grant(Role.COORDINATOR, RoleGrant.Scope.COHORT, otherCohort)));
        persona(ObjectAccessTest.Persona.OTHER_INSTITUTION_ADMIN,
                aPerson().inInstitution(institutionB).withRole(Role.INSTITUTION_ADMIN));
        persona(ObjectAccessTest.Persona.SAME_INSTITUTION_ADMIN,
                aPerson().inInstitution(institutionA).withRole(Role.INSTITUTION_ADMIN));

        // People as objects: one of each kind of authority, never signed in (their sessions get revoked).
        targets.put("plain", aPerson().inInstitution(institutionA).enrolledIn(course.code()).create());
        targets.put("courseAuthor", aPerson().inInstitution(institutionA)
                .withGrant(Grant.course(Role.AUTHOR, course.id())).create());
        targets.put("institutionCoordinator", aPerson().inInstitution(institutionA).withRole(Role.COORDINATOR)
                .create());
        targets.put("institutionAdmin", aPerson().inInstitution(institutionA).withRole(Role.INSTITUTION_ADMIN)
                .create());
        targets.put("cohortCoordinator", aPerson().inInstitution(institutionA)
                .withGrant(new Grant(Role.COORDINATOR, RoleGrant.Scope.COHORT, cohort)).create());
        targets.put("siteAdmin", aPerson().inInstitution(institutionA).withRole(Role.ADMIN).create());
        targets.put("outsider", aPerson().inInstitution(institutionB).withName(outsiderName).create());

        // L1's quiz attempt (in progress), assignment submission with a file, pending upload, seat, certificate.
        attempt = json(learnerSession).body("{}").when()
                .post("/api/courses/{c}/quizzes/{i}/attempts", course.id(), quiz).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String plan = Uploads.upload(learnerSession, "Owner plan".getBytes(StandardCharsets.UTF_8), "plan.txt", "file");
        readyUpload = plan;
        submissionFile = json(learnerSession).body(Map.of("upload", plan)).when()
                .post("/api/courses/{c}/assignments/{i}/submission/files", course.id(), assignment).then()
                .statusCode(200).extract().jsonPath().getLong("id");
        json(learnerSession).body(Map.of("body", submissionText)).when()
                .post("/api/courses/{c}/assignments/{i}/submission/submit", course.id(), assignment).then()
                .statusCode(200);
        String location = learnerSession.given().header("Tus-Resumable", "1.0.0").header("Upload-Length", "10")
                .header("Upload-Metadata", "filename bWF0cml4LnR4dA==").when().post("/api/uploads").then()
                .statusCode(201).extract().header("Location");
        upload = location.substring(location.lastIndexOf('/') + 1);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        session = json(authorSession).body(Map.of("courseId", course.id(), "itemId", sessionItem, "cohortId", cohort,
                "title", sessionTitle, "startsAt", now.minus(10, ChronoUnit.MINUTES).toString(),
                "endsAt", now.plus(2, ChronoUnit.HOURS).toString(), "place", venue, "capacity", 30)).when()
                .post("/api/sessions").then().statusCode(201).extract().jsonPath().getLong("id");
        json(learnerSession).body("{}").when().post("/api/sessions/{id}/signup", session).then().statusCode(200);
        certificate = QuarkusTransaction.requiringNew().call(() -> {
            Arc.container().beanManager().getEvent().select(CourseCompleted.class)
                    .fire(new CourseCompleted(learner.id(), course.id(), 1, Instant.now()));
            return Arc.container().instance(CertificateService.class).get().codeFor(learner.id(), course.id())
                    .orElseThrow();
        });

        // C1's grader grades the submission (not released) with a feedback file.
        submission = json(graderSession).when().get("/api/courses/{c}/submissions", course.id()).then()
                .statusCode(200).extract().jsonPath().getLong("[0].id");
        String notes = Uploads.upload(graderSession, feedbackText.getBytes(StandardCharsets.UTF_8), "notes.txt",
                "file");
        feedbackFile = json(graderSession).body(Map.of("upload", notes)).when()
                .post("/api/courses/{c}/submissions/{s}/feedback-files", course.id(), submission).then()
                .statusCode(200).extract().jsonPath().getLong("id");
        long version = json(graderSession).when().get("/api/courses/{c}/submissions/{s}", course.id(), submission)
                .then().statusCode(200).extract().jsonPath().getLong("version");
        json(graderSession).body(Map.of("version", version, "points", 1, "feedback", feedbackText)).when()
                .post("/api/courses/{c}/submissions/{s}/grade", course.id(), submission).then().statusCode(200);

        // A recompute of C1's progress, an identity provider of A, a password-reset link for a plain learner of A.
        Arc.container().instance(RecomputeService.class).get().request(course.id(), "REQUESTED", author.id());
        JobRunner jobs = Arc.container().instance(JobRunner.class).get();
        while (jobs.runDue("test", 50) > 0) {
            // run it
        }
        recompute = QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(RecomputeService.class)
                .get().ofCourse(course.id()).get(0).id());
        providerCode = "obj-sso-" + suffix;
        provider = Arc.container().instance(SsoService.class).get().create(adminViewer, providerCode, institutionA,
                new SsoProvider.Settings("Owner school's", "http://127.0.0.1:9/realms/" + providerCode, "surgalt",
                        "secret", null, null, null, true)).id();
        resetToken = Arc.container().instance(PasswordResetService.class).get()
                .create(coordinator.id(), targets.get("plain").id()).token();
    }

    private void persona(ObjectAccessTest.Persona persona, org.surgalt.testsupport.PersonBuilder person) {
        sessions.put(persona, Sessions.as(person.create()));
    }

    private long addItem(Sessions.Session author, long moduleId, Map<String, Object> item) {
        return json(author).body(item).when().post("/api/courses/{c}/modules/{m}/items", course.id(), moduleId)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long question(Sessions.Session author) {
        return json(author).body(Map.of("kind", "true_false", "prompt", questionPrompt, "truth", true)).when()
                .post("/api/courses/{c}/questions", course.id()).then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    static RequestSpecification json(Sessions.Session session) {
        return session.given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
