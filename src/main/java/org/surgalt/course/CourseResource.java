package org.surgalt.course;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.surgalt.cmi5.Cmi5Items;
import org.surgalt.scorm.PackageItems;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.course.release.ReleaseText;
import org.surgalt.course.release.Unmet;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.LocalizedText;
import org.surgalt.progress.WhyView;
import org.surgalt.learning.CourseView;
import org.surgalt.learning.ItemState;
import org.surgalt.learning.LearningService;
import org.jboss.resteasy.reactive.RestResponse;
import org.surgalt.web.Fragments;
import org.surgalt.web.Html;
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

        static native TemplateInstance outlineModule(ModuleOutline module);

        static native TemplateInstance item(ItemPage item);
    }

    private final CourseService courses;
    private final CourseAccess access;
    private final Layout layout;
    private final Language language;
    private final MarkdownRenderer markdown;
    private final CurrentUser currentUser;
    private final LearningService learning;
    private final ItemAccess itemAccess;
    private final Fragments fragments;
    private final PackageItems packages;
    private final Cmi5Items cmi5Items;
    private final ReleaseText releaseText;

    CourseResource(CourseService courses, CourseAccess access, Layout layout,
            Language language, MarkdownRenderer markdown, CurrentUser currentUser, LearningService learning,
            ItemAccess itemAccess, Fragments fragments, PackageItems packages, Cmi5Items cmi5Items,
            ReleaseText releaseText) {
        this.releaseText = releaseText;
        this.cmi5Items = cmi5Items;
        this.packages = packages;
        this.itemAccess = itemAccess;
        this.fragments = fragments;
        this.learning = learning;
        this.courses = courses;
        this.access = access;
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
    @Operation(summary = "A course's outline (HTML), with the learner's progress and each item's state when signed in")
    public RestResponse<byte[]> outline(@PathParam("code") String code) {
        Locale locale = language.locale();
        LearningService.Outline read = learning.outline(currentUser.viewer(), code);
        CourseContent course = read.course();
        Optional<CourseView> learner = Optional.ofNullable(read.learner());
        // Each module is rendered once per state a learner can be in there (web/Fragments).
        List<RawString> modules = course.modules().stream()
                .map(module -> {
                    String opensAfter = Optional.ofNullable(module.prerequisiteId()).flatMap(course::module)
                            .map(pre -> pre.title().in(locale)).orElse(null);
                    return new ModuleOutline(course.code(), read.itemsOpen(), module.position(),
                            module.title().in(locale), module.title().languageIn(locale),
                            learner.map(v -> !v.isOpen(module)).orElse(false), opensAfter, module.items().stream()
                                    .map(item -> new ItemLink(item.id(), item.kind().id(), item.title().in(locale),
                                            item.title().languageIn(locale),
                                            learner.map(v -> v.state(item).id()).orElse(null),
                                            item.completion().id(), item.minScore(), opensAfter, !item.required(),
                                            learner.map(v -> !v.isOpen(item)).orElse(false),
                                            learner.map(v -> opensWhen(v, item, locale)).orElse(null)))
                                    .toList());
                })
                .map(module -> fragments.render(module, locale, () -> Templates.outlineModule(module)))
                .toList();
        NextLink next = learner.flatMap(CourseView::next).map(item -> new NextLink(item.id(), item.title().in(locale),
                item.title().languageIn(locale))).orElse(null);
        // What is left for the course to count as complete, for the learner (null once nothing is).
        WhyView why = learner.map(view -> WhyView.of(read.left().withLocked(view.release()), course.code(), locale,
                view::isOpen, unmet -> releaseText.text(unmet, locale))).orElse(null);
        // A visitor's item link leads to the sign-in page; someone signed in gets links only to
        // what they may open (ItemAccess still holds enrolled learners to the module order).
        return Html.page(layout.apply(Templates.outline(new Outline(course.code(), course.title().in(locale),
                course.title().languageIn(locale), course.description().in(locale), course.attribution(), modules,
                learner.map(CourseView::percent).orElse(null), next, why, read.itemsOpen(), read.certificate()))));
    }

    @GET
    @Path("courses/{code}/items/{itemId}")
    @Operation(summary = "One item of a course (HTML); opening it counts as viewing it (a video counts when watched)")
    public TemplateInstance item(@PathParam("code") String code, @PathParam("itemId") long itemId,
            @Context HttpServerRequest request, @Context HttpServerResponse response) {
        Locale locale = language.locale();
        Viewer viewer = currentUser.require();
        Course entity = courses.courseByCode(code);
        CourseContent course = courses.content(viewer, entity, null);
        CourseContent.ItemContent item = course.item(itemId).orElseThrow(() -> DomainException.notFound("item", itemId));
        itemAccess.requireMayRead(viewer, entity, course, item);
        CourseView learner = null;
        // Opening counts for learners; the course's editors only look (even when enrolled to try it).
        if (courses.isEnrolled(viewer.userId(), course.courseId()) && !access.canEdit(viewer, entity)) {
            learning.opened(viewer.userId(), course, item);
            learner = learning.view(viewer.userId(), course);
        }
        LocalizedText body = item.body();
        String bodyLang = body.languageIn(locale);
        boolean otherLanguage = !body.isEmpty() && !bodyLang.equals(locale.getLanguage());
        Cmi5Items.Cmi5ItemView au = cmi5Items.view(viewer, course, item, request);
        PackageItems.PackageItemView player = au != null ? null : packages.view(viewer, entity, course, item, request);
        if (player != null) {
            response.putHeader("Content-Security-Policy", player.policy());
        }
        if (au != null && au.policy() != null) {
            response.putHeader("Content-Security-Policy", au.policy());
        }
        return layout.apply(Templates.item(new ItemPage(course.code(), course.title().in(locale),
                course.title().languageIn(locale), item.kind().id(), item.title().in(locale),
                item.title().languageIn(locale), markdown.render(body.in(locale), LessonLinks.of(course)), bodyLang,
                otherLanguage, item.url(),
                item.file() == null || au != null ? null : "/courses/" + course.code() + "/items/" + item.id() + "/file",
                item.file() == null ? null : item.file().filename(), video(course, item, learner), item.id(),
                // The assignment package serves the assignment itself: instructions, submission, grade.
                item.kind() == ItemKind.ASSIGNMENT ? "/courses/" + course.code() + "/assignments/" + item.id() : null,
                player, au)));
    }

    /**
     * What opens an item closed to the learner besides its module's prerequisite (the module's note
     * says that one); null when nothing else holds it back.
     */
    private String opensWhen(CourseView view, CourseContent.ItemContent item, Locale locale) {
        List<Unmet> unmet = view.release().unmet(item).stream().filter(u -> u.kind() != Unmet.Kind.MODULE).toList();
        return unmet.isEmpty() ? null : releaseText.text(unmet, locale);
    }

    /** The player of a video item that counts when watched; null for every other item. */
    private VideoPlayer video(CourseContent course, CourseContent.ItemContent item, CourseView learner) {
        if (!LearningService.countsWhenWatched(item)) {
            return null;
        }
        String itemPath = "/courses/" + course.code() + "/items/" + item.id();
        return new VideoPlayer(itemPath + "/file", item.file().mediaType(),
                "/api/courses/" + course.courseId() + "/items/" + item.id() + "/watched", itemPath + "/watched",
                Double.toString(learning.requiredShare()), (int) Math.round(learning.requiredShare() * 100),
                learner != null, learner != null && learner.state(item) == ItemState.DONE);
    }

    private Optional<CourseView> learnerView(CourseContent course) {
        return currentUser.viewer()
                .filter(viewer -> courses.isEnrolled(viewer.userId(), course.courseId()))
                .map(viewer -> learning.view(viewer.userId(), course));
    }

    public record CourseCard(String code, String title, String lang, String description, int moduleCount) {
    }

    /**
     * {@code percent}: the signed-in learner's progress, null for anyone else; {@code next}: where they
     * continue; {@code itemsOpen}: false for someone signed in who may not read the course (no links then);
     * {@code certificate}: the code of the viewer's certificate of the course, null when none.
     */
    public record Outline(String code, String title, String lang, String description, String attribution,
            List<RawString> modules, Integer percent, NextLink next, WhyView why, boolean itemsOpen,
            String certificate) {
    }

    public record NextLink(long id, String title, String lang) {
    }

    /**
     * {@code locked}: the learner has not completed the prerequisite (named by {@code opensAfter})
     * yet; {@code code} and {@code itemsOpen} (the viewer may open the course's items) are the
     * course's, here so that the module's HTML depends on this record alone (web/Fragments).
     */
    public record ModuleOutline(String code, boolean itemsOpen, int position, String title, String lang,
            boolean locked, String opensAfter, List<ItemLink> items) {
    }

    /**
     * {@code state}: the learner's (not-started, done, needs-action, locked), null for visitors;
     * {@code rule} and {@code minScore} say what a needs-action item waits for; {@code opensAfter}
     * names the module that unlocks a locked one; {@code closed}: not open to the learner (no link);
     * {@code opensWhen}: the release conditions that hold it back, in words (null: none).
     */
    public record ItemLink(long id, String kind, String title, String lang, String state, String rule,
            Integer minScore, String opensAfter, boolean optional, boolean closed, String opensWhen) {
    }

    public record ItemPage(String courseCode, String courseTitle, String courseLang, String kind, String title,
            String lang, RawString html, String bodyLang, boolean otherLanguage, String url, String download,
            String filename, VideoPlayer video, long id, String assignment, PackageItems.PackageItemView scorm,
            Cmi5Items.Cmi5ItemView cmi5) {
    }

    /**
     * {@code report}: where the script posts the watched share; {@code markWatched}: the form of
     * the no-script button; {@code learner}: the viewer's watching counts (enrolled, not staff).
     */
    public record VideoPlayer(String src, String type, String report, String markWatched, String required,
            int requiredPercent, boolean learner, boolean watched) {
    }
}
