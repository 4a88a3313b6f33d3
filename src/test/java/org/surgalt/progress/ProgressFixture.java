package org.surgalt.progress;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.surgalt.authoring.PublishingService;
import org.surgalt.course.Course;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseService;
import org.surgalt.course.Item;
import org.surgalt.course.ItemKind;
import org.surgalt.course.NewCourse;
import org.surgalt.platform.LocalizedText;
import org.surgalt.platform.jobs.JobRunner;

/** Courses with the kinds of items progress cares about, changed and republished as trusted imports. */
final class ProgressFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private ProgressFixture() {
    }

    static NewCourse.NewItem item(ItemKind kind, String title) {
        return new NewCourse.NewItem(kind, LocalizedText.of(title, null), LocalizedText.of("Text of " + title, null),
                kind == ItemKind.LINK ? "https://example.org/" + title.replace(' ', '-') : null);
    }

    @SafeVarargs
    static Course course(List<NewCourse.NewItem>... modules) {
        List<NewCourse.NewModule> newModules = new ArrayList<>();
        for (int m = 0; m < modules.length; m++) {
            newModules.add(new NewCourse.NewModule(LocalizedText.of("Module " + (m + 1), null), modules[m]));
        }
        String code = "progress-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
        return publishing().importCourse(new NewCourse(code, "en", LocalizedText.of("Progress course", null),
                LocalizedText.empty(), null, newModules)).orElseThrow();
    }

    static CourseContent published(Course course) {
        return courses().published(course.code());
    }

    static long itemId(Course course, String title) {
        return QuarkusTransaction.requiringNew().call(() -> courses().course(course.id()).modules().stream()
                .flatMap(module -> module.items().stream()).filter(item -> title.equals(item.title().en()))
                .findFirst().orElseThrow().id());
    }

    static CourseContent.ItemContent item(CourseContent version, String title) {
        return version.items().filter(item -> title.equals(item.title().en())).findFirst().orElseThrow();
    }

    /** Makes an item optional (or required again) in the draft and publishes the next version. */
    static CourseContent setRequired(Course course, String title, boolean required) {
        QuarkusTransaction.requiringNew().run(() -> {
            Item item = draftItem(course, title);
            item.edit(item.version(), item.title(), item.body(), item.url(), item.completion(), item.minScore(),
                    required);
        });
        return republish(course);
    }

    /** Adds a page to the draft's first module and publishes the next version. */
    static CourseContent addPage(Course course, String title) {
        QuarkusTransaction.requiringNew().run(() -> courses().course(course.id()).modules().get(0)
                .addItem(ItemKind.PAGE, LocalizedText.of(title, null), LocalizedText.of("Text", null), null));
        return republish(course);
    }

    static CourseContent republish(Course course) {
        QuarkusTransaction.requiringNew().run(() -> publishing().publishImported(courses().course(course.id())));
        return published(course);
    }

    static void runJobs() {
        JobRunner runner = Arc.container().instance(JobRunner.class).get();
        while (runner.runDue("progress-test", 20) > 0) {
            // until nothing is due
        }
    }

    private static Item draftItem(Course course, String title) {
        return courses().course(course.id()).modules().stream().flatMap(module -> module.items().stream())
                .filter(item -> title.equals(item.title().en())).findFirst().orElseThrow();
    }

    private static CourseService courses() {
        return Arc.container().instance(CourseService.class).get();
    }

    private static PublishingService publishing() {
        return Arc.container().instance(PublishingService.class).get();
    }
}
