package org.surgalt.learning;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.course.CourseContent;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.web.Language;
import org.surgalt.web.Layout;
import org.surgalt.web.Formats;

/** A signed-in learner's home: their courses with progress and what is left, and what is coming up. */
@Path("/home")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {


    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<CourseCard> courses, List<UpcomingRow> upcoming, String zone);
    }

    private final LearningService learning;
    private final CurrentUser currentUser;
    private final Layout layout;
    private final Language language;
    private final LearningConfig config;

    HomeResource(LearningService learning, CurrentUser currentUser, Layout layout, Language language,
            LearningConfig config) {
        this.learning = learning;
        this.currentUser = currentUser;
        this.layout = layout;
        this.language = language;
        this.config = config;
    }

    @GET
    @Operation(summary = "The signed-in learner's courses, progress, next steps and upcoming dates (HTML)")
    public TemplateInstance home() {
        Viewer viewer = currentUser.require();
        Locale locale = language.locale();
        List<CourseView> mine = learning.myCourses(viewer);
        List<CourseCard> cards = mine.stream().map(view -> card(view, locale)).toList();
        List<UpcomingRow> upcoming = learning.upcoming(viewer, mine, Instant.now()).stream()
                .map(dated -> new UpcomingRow(dated.entry().kind().name().toLowerCase(Locale.ROOT),
                        Formats.when(dated.entry().at(), locale, config.timeZone()), dated.course().code(),
                        dated.item().id(), dated.item().title().in(locale), dated.item().title().languageIn(locale),
                        dated.course().title().in(locale), dated.course().title().languageIn(locale),
                        dated.entry().place()))
                .toList();
        return layout.apply(Templates.home(cards, upcoming, config.timeZone().getId()));
    }

    private static CourseCard card(CourseView view, Locale locale) {
        CourseContent course = view.course();
        Optional<NextItem> next = view.next().map(item -> {
            CourseContent.ModuleContent module = course.module(item.moduleId()).orElseThrow();
            return new NextItem(item.id(), item.kind().id(), item.title().in(locale), item.title().languageIn(locale),
                    module.title().in(locale), module.title().languageIn(locale));
        });
        List<ModuleRow> modules = course.modules().stream()
                .map(module -> new ModuleRow(module.title().in(locale), module.title().languageIn(locale),
                        module.items().size(), (int) view.left(module), !view.isOpen(module),
                        Optional.ofNullable(module.prerequisiteId()).flatMap(course::module)
                                .map(pre -> pre.title().in(locale)).orElse(null)))
                .toList();
        return new CourseCard(course.code(), course.title().in(locale), course.title().languageIn(locale),
                view.percent(), next.orElse(null), modules);
    }

    /** {@code next}: where to continue (see {@link CourseView#next()}), null when nothing open is left. */
    public record CourseCard(String code, String title, String lang, int percent, NextItem next,
            List<ModuleRow> modules) {
    }

    public record NextItem(long id, String kind, String title, String lang, String module, String moduleLang) {
    }

    public record ModuleRow(String title, String lang, int total, int left, boolean locked, String opensAfter) {
    }

    /** {@code kind}: deadline or session. */
    public record UpcomingRow(String kind, String when, String courseCode, long itemId, String title, String lang,
            String courseTitle, String courseLang, String place) {
    }
}
