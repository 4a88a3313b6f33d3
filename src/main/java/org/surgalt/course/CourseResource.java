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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.CurrentUser;
import org.surgalt.platform.LocalizedText;
import org.surgalt.web.Language;
import org.surgalt.web.Layout;
import org.surgalt.web.MarkdownRenderer;

/** The pages a visitor reads: the catalogue, a course's outline and an item. */
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
    private final Layout layout;
    private final Language language;
    private final MarkdownRenderer markdown;
    private final CurrentUser currentUser;

    CourseResource(CourseService courses, Layout layout, Language language, MarkdownRenderer markdown,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.courses = courses;
        this.layout = layout;
        this.language = language;
        this.markdown = markdown;
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
    @Operation(summary = "A course's outline (HTML)")
    public TemplateInstance outline(@PathParam("code") String code) {
        Locale locale = language.locale();
        Course course = courses.courseByCode(code);
        List<ModuleOutline> modules = course.modules().stream()
                .map(module -> new ModuleOutline(module.position(), module.title().in(locale),
                        module.title().languageIn(locale), module.items().stream()
                                .map(item -> new ItemLink(item.id(), item.kind().id(), item.title().in(locale),
                                        item.title().languageIn(locale)))
                                .toList()))
                .toList();
        return layout.apply(Templates.outline(new Outline(course.code(), course.title().in(locale),
                course.title().languageIn(locale), course.description().in(locale), course.attribution(), modules)));
    }

    @GET
    @Path("courses/{code}/items/{itemId}")
    @Operation(summary = "One item of a course (HTML)")
    public TemplateInstance item(@PathParam("code") String code, @PathParam("itemId") long itemId) {
        Locale locale = language.locale();
        Item item = courses.itemOfCourse(currentUser.require(), code, itemId);
        Course course = item.module().course();
        LocalizedText body = item.body();
        String bodyLang = body.languageIn(locale);
        boolean otherLanguage = !body.isEmpty() && !bodyLang.equals(locale.getLanguage());
        return layout.apply(Templates.item(new ItemPage(course.code(), course.title().in(locale),
                course.title().languageIn(locale), item.kind().id(), item.title().in(locale),
                item.title().languageIn(locale), markdown.render(body.in(locale)), bodyLang, otherLanguage,
                item.url(), item.attachedFile().map(file -> "/courses/" + course.code() + "/items/" + item.id() + "/file")
                        .orElse(null),
                item.attachedFile().map(Item.AttachedFile::filename).orElse(null))));
    }

    public record CourseCard(String code, String title, String lang, String description, int moduleCount) {
    }

    public record Outline(String code, String title, String lang, String description, String attribution,
            List<ModuleOutline> modules) {
    }

    public record ModuleOutline(int position, String title, String lang, List<ItemLink> items) {
    }

    public record ItemLink(long id, String kind, String title, String lang) {
    }

    public record ItemPage(String courseCode, String courseTitle, String courseLang, String kind, String title,
            String lang, RawString html, String bodyLang, boolean otherLanguage, String url, String download,
            String filename) {
    }
}
