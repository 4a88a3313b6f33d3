package org.surgalt.progress;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;


import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.course.CourseService;
import org.surgalt.identity.CurrentUser;
import org.surgalt.web.Language;
import org.surgalt.web.Layout;
import org.surgalt.web.Formats;

/** The page where staff and coordinators see one learner's progress in a course and what is left. */
@Path("/progress")
@Produces(MediaType.TEXT_HTML)
public class ProgressResource {


    /** {@code completedAt}, {@code lastActivity}: formatted in Ulaanbaatar time, null when never. */
    public record LearnerPage(LearnerProgressView learner, String completedAt, String lastActivity) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance learner(LearnerPage page);
    }

    private final LearnerProgressService learners;
    private final CourseService courses;
    private final CurrentUser currentUser;
    private final Layout layout;
    private final Language language;

    ProgressResource(LearnerProgressService learners, CourseService courses, CurrentUser currentUser, Layout layout,
            Language language) {
        this.learners = learners;
        this.courses = courses;
        this.currentUser = currentUser;
        this.layout = layout;
        this.language = language;
    }

    @GET
    @Path("/courses/{code}/learners/{userId}")
    @Operation(summary = "One learner's progress in a course, with what is left for it to count as complete (HTML)")
    public TemplateInstance learner(@PathParam("code") String code, @PathParam("userId") long userId) {
        LearnerProgressView learner = learners.learner(currentUser.require(), courses.courseByCode(code), userId,
                language.locale());
        return layout.apply(Templates.learner(new LearnerPage(learner,
                learner.completedAt() == null ? null : Formats.when(learner.completedAt(), language.locale()),
                learner.lastActivity() == null ? null : Formats.when(learner.lastActivity(), language.locale()))));
    }
}
