package org.surgalt.testsupport;

import io.quarkus.arc.Arc;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.surgalt.course.Course;
import org.surgalt.authoring.PublishingService;
import org.surgalt.course.CourseService;
import org.surgalt.course.ItemKind;
import org.surgalt.course.NewCourse;
import org.surgalt.platform.LocalizedText;

/** {@code aCourse().withModules(2).withItemsPerModule(3).create()}: a course made through the real service. */
public final class CourseBuilder {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private String code = "test-course-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    private LocalizedText title = LocalizedText.of("Test course", "Туршилтын сургалт");
    private int modules = 1;
    private int itemsPerModule = 1;
    private final List<NewCourse.NewItem> extraItems = new ArrayList<>();
    private boolean published = true;

    private CourseBuilder() {
    }

    public static CourseBuilder aCourse() {
        return new CourseBuilder();
    }

    public CourseBuilder withCode(String value) {
        this.code = value;
        return this;
    }

    public CourseBuilder withTitle(String en, String mn) {
        this.title = LocalizedText.of(en, mn);
        return this;
    }

    public CourseBuilder withModules(int count) {
        this.modules = count;
        return this;
    }

    public CourseBuilder withItemsPerModule(int count) {
        this.itemsPerModule = count;
        return this;
    }

    /** Adds an item to the first module, after the numbered pages. */
    public CourseBuilder withPage(String en, String mn, String markdownEn, String markdownMn) {
        extraItems.add(new NewCourse.NewItem(ItemKind.PAGE, LocalizedText.of(en, mn),
                LocalizedText.of(markdownEn, markdownMn), null));
        return this;
    }

    /** Adds a quiz item (passed at 60 %) to the first module, after the numbered pages. */
    public CourseBuilder withQuiz(String en, String mn) {
        extraItems.add(new NewCourse.NewItem(ItemKind.QUIZ, LocalizedText.of(en, mn), null, null));
        return this;
    }

    /** Adds an LTI item (issue 23) launching {@code targetLinkUri} to the first module, after the numbered pages. */
    public CourseBuilder withLti(String en, String targetLinkUri) {
        extraItems.add(new NewCourse.NewItem(ItemKind.LTI, LocalizedText.of(en, null), null, targetLinkUri));
        return this;
    }

    /** Adds an item of any kind (issue 23's cartridge export: one of each) to the first module, after the numbered pages. */
    public CourseBuilder withItem(ItemKind kind, String en, String markdownEn, String url) {
        extraItems.add(new NewCourse.NewItem(kind, LocalizedText.of(en, null),
                markdownEn == null ? null : LocalizedText.of(markdownEn, null), url));
        return this;
    }

    /** Leaves the course an unpublished draft (by default it is published as version 1). */
    public CourseBuilder asDraft() {
        this.published = false;
        return this;
    }

    public Course create() {
        List<NewCourse.NewModule> newModules = new ArrayList<>();
        for (int m = 1; m <= modules; m++) {
            List<NewCourse.NewItem> items = new ArrayList<>();
            for (int i = 1; i <= itemsPerModule; i++) {
                items.add(new NewCourse.NewItem(ItemKind.PAGE, LocalizedText.of("Page " + m + "." + i, null),
                        LocalizedText.of("Text of page " + m + "." + i, null), null));
            }
            if (m == 1) {
                items.addAll(extraItems);
            }
            newModules.add(new NewCourse.NewModule(LocalizedText.of("Module " + m, m + "-р модуль"), items));
        }
        NewCourse content = new NewCourse(code, "en", title, LocalizedText.empty(), null, newModules);
        if (!published) {
            return Arc.container().instance(CourseService.class).get().create(content);
        }
        return Arc.container().instance(PublishingService.class).get().importCourse(content).orElseThrow();
    }
}
