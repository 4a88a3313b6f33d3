package org.surgalt.course;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.LocalizedText;
import org.surgalt.progress.ProgressService;
import org.surgalt.progress.ProgressService.LearnerProgress;
import org.surgalt.web.Language;
import org.surgalt.web.Layout;
import org.surgalt.web.MarkdownRenderer;

/** The pages a visitor reads: the catalogue, a course's outline and an item, all of the published version. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CourseResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance catalogue(List<CourseCard> courses);

        static native TemplateInstance outline(Outline course);

        static native TemplateInstance item(ItemPage item);
    }

    private final CourseService courses;
    private final CourseAccess access;
    private final ProgressService progress;
    private final Layout layout;
    private final Language language;
    private final MarkdownRenderer markdown;
    private final CurrentUser currentUser;

    CourseResource(CourseService courses, CourseAccess access, ProgressService progress, Layout layout,
            Language language, MarkdownRenderer markdown, CurrentUser currentUser) {
        this.courses = courses;
        this.access = access;
        this.progress = progress;
        this.layout = layout;
        this.language = language;
        this.markdown = markdown;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "The course catalogue (HTML)")
    public TemplateInstance catalogue() {
        Locale locale = language.locale();
        List<CourseCard> cards = courses.catalogue().stream()
                .map(course -> new CourseCard(course.code(), course.title().in(locale),
                        course.title().languageIn(locale), course.description().in(locale), course.moduleCount()))
                .toList();
        return layout.apply(Templates.catalogue(cards));
    }

    @GET
    @Path("courses/{code}")
    @Operation(summary = "A course's outline (HTML), with the learner's progress when signed in")
    public TemplateInstance outline(@PathParam("code") String code) {
        Locale locale = language.locale();
        CourseContent course = courses.published(code);
        Optional<LearnerProgress> learner = learnerProgress(course);
        List<ModuleOutline> modules = course.modules().stream()
                .map(module -> new ModuleOutline(module.position(), module.title().in(locale),
                        module.title().languageIn(locale),
                        learner.map(p -> !p.isOpen(module)).orElse(false),
                        Optional.ofNullable(module.prerequisiteId()).flatMap(course::module)
                                .map(pre -> pre.title().in(locale)).orElse(null),
                        module.items().stream()
                                .map(item -> new ItemLink(item.id(), item.kind().id(), item.title().in(locale),
                                        item.title().languageIn(locale),
                                        learner.map(p -> p.isComplete(item.id())).orElse(false)))
                                .toList()))
                .toList();
        return layout.apply(Templates.outline(new Outline(course.code(), course.title().in(locale),
                course.title().languageIn(locale), course.description().in(locale), course.attribution(), modules,
                learner.map(LearnerProgress::percent).orElse(null))));
    }

    @GET
    @Path("courses/{code}/items/{itemId}")
    @Operation(summary = "One item of a course (HTML); opening it counts as viewing it")
    public TemplateInstance item(@PathParam("code") String code, @PathParam("itemId") long itemId) {
        Locale locale = language.locale();
        Viewer viewer = currentUser.require();
        Course entity = courses.courseByCode(code);
        CourseContent course = courses.content(viewer, entity, null);
        CourseContent.ItemContent item = course.item(itemId).orElseThrow(() -> DomainException.notFound("item", itemId));
        if (courses.isEnrolled(viewer.userId(), course.courseId()) && !access.canEdit(viewer, entity)) {
            CourseContent.ModuleContent module = course.module(item.moduleId()).orElseThrow();
            LearnerProgress learner = progress.of(viewer.userId(), course);
            if (!learner.isOpen(module)) {
                String prerequisite = course.module(module.prerequisiteId()).map(m -> m.title().in(locale)).orElse("");
                throw DomainException.forbidden("This module opens when you have completed \"" + prerequisite + "\".");
            }
            progress.viewed(viewer.userId(), course, item);
        }
        LocalizedText body = item.body();
        String bodyLang = body.languageIn(locale);
        boolean otherLanguage = !body.isEmpty() && !bodyLang.equals(locale.getLanguage());
        return layout.apply(Templates.item(new ItemPage(course.code(), course.title().in(locale),
                course.title().languageIn(locale), item.kind().id(), item.title().in(locale),
                item.title().languageIn(locale), markdown.render(body.in(locale), LessonLinks.of(course)), bodyLang,
                otherLanguage, item.url(),
                item.file() == null ? null : "/courses/" + course.code() + "/items/" + item.id() + "/file",
                item.file() == null ? null : item.file().filename(),
                // The assignment package serves the assignment itself: instructions, submission, grade.
                item.kind() == ItemKind.ASSIGNMENT ? "/courses/" + course.code() + "/assignments/" + item.id() : null)));
    }

    private Optional<LearnerProgress> learnerProgress(CourseContent course) {
        return currentUser.viewer()
                .filter(viewer -> courses.isEnrolled(viewer.userId(), course.courseId()))
                .map(viewer -> progress.of(viewer.userId(), course));
    }

    public record CourseCard(String code, String title, String lang, String description, int moduleCount) {
    }

    /** {@code percent}: the signed-in learner's progress, null for anyone else. */
    public record Outline(String code, String title, String lang, String description, String attribution,
            List<ModuleOutline> modules, Integer percent) {
    }

    /** {@code locked}: the learner has not completed the prerequisite (named by {@code opensAfter}) yet. */
    public record ModuleOutline(int position, String title, String lang, boolean locked, String opensAfter,
            List<ItemLink> items) {
    }

    public record ItemLink(long id, String kind, String title, String lang, boolean complete) {
    }

    public record ItemPage(String courseCode, String courseTitle, String courseLang, String kind, String title,
            String lang, RawString html, String bodyLang, boolean otherLanguage, String url, String download,
            String filename, String assignment) {
    }
}
