package org.surgalt.learning;

import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.surgalt.authoring.DraftService;
import org.surgalt.authoring.PublishingService;
import org.surgalt.course.Course;
import org.surgalt.course.CourseModule;
import org.surgalt.course.CourseService;
import org.surgalt.course.ItemKind;
import org.surgalt.course.NewCourse;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.LocalizedText;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Uploads;

/**
 * Published courses with the completion rules the learner's pages show, made through the real
 * services: "Basics" (a page, an assignment handed in to complete, a quiz passed with 60%, and,
 * when asked for, a video with an MP4 file), then "Practice" (one page), which opens once Basics
 * is complete.
 */
final class LearnerCourses {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Path MP4 = Path.of("src/test/resources/upload-torture/tika/testMP4Video.mp4");

    record Built(Course course, String code, long basics, long practice, long page, long assignment, long quiz,
            Long video, long later) {
    }

    private LearnerCourses() {
    }

    static Built withRules(boolean video) {
        String code = "learner-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
        CourseService courses = Arc.container().instance(CourseService.class).get();
        Course created = courses.create(new NewCourse(code, "en", LocalizedText.of("Learning to teach", "Заах арга"),
                LocalizedText.empty(), null, List.of(
                        new NewCourse.NewModule(LocalizedText.of("Basics", "Үндэс"), List.of(
                                item(ItemKind.PAGE, "Reading"), item(ItemKind.ASSIGNMENT, "Lesson plan"),
                                item(ItemKind.QUIZ, "Check yourself"))),
                        new NewCourse.NewModule(LocalizedText.of("Practice", "Дадлага"),
                                List.of(item(ItemKind.PAGE, "Later page"))))));
        long courseId = created.id();
        TestPerson author = aPerson().withRole(Role.AUTHOR).withGrant(Grant.course(Role.AUTHOR, courseId)).create();
        Viewer authorViewer = new Viewer(author.id(), author.email(), "author", Locale.ENGLISH, null,
                Set.of(Grant.course(Role.AUTHOR, courseId)));
        List<CourseModule> modules = created.modules();
        long basics = modules.get(0).id();
        long practice = modules.get(1).id();
        Arc.container().instance(DraftService.class).get().editModule(authorViewer, courseId, practice,
                LocalizedText.of("Practice", "Дадлага"), basics);
        Long videoId = null;
        if (video) {
            try {
                String upload = Uploads.upload(Sessions.as(author), Files.readAllBytes(MP4), "intro.mp4", "video");
                videoId = courses.addItem(authorViewer, courseId, basics, new NewCourse.NewItem(ItemKind.VIDEO,
                        LocalizedText.of("Intro video", "Танилцуулга видео"), LocalizedText.empty(), null, upload)).id();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(PublishingService.class).get()
                .publishImported(courses.course(courseId)));
        return new Built(created, code, basics, practice, modules.get(0).items().get(0).id(),
                modules.get(0).items().get(1).id(), modules.get(0).items().get(2).id(), videoId,
                modules.get(1).items().get(0).id());
    }

    private static NewCourse.NewItem item(ItemKind kind, String title) {
        return new NewCourse.NewItem(kind, LocalizedText.of(title, null), LocalizedText.of("About " + title, null),
                null);
    }
}
