package org.surgalt.discussion;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.cohort.Cohort;
import org.surgalt.cohort.CohortService;
import org.surgalt.course.Course;
import org.surgalt.course.CourseService;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.web.Language;
import org.surgalt.web.Layout;

/** The discussion pages, without JavaScript: forums of a course or cohort, a forum's threads, a thread. */
@Path("/discussion")
@Produces(MediaType.TEXT_HTML)
public class DiscussionResource {

    private final ForumService forums;
    private final ThreadService threads;
    private final CourseService courses;
    private final CohortService cohorts;
    private final CurrentUser currentUser;
    private final SubscriptionService subscriptions;
    private final Layout layout;
    private final Language language;
    private final AttachmentService attachments;

    DiscussionResource(ForumService forums, ThreadService threads, CourseService courses, CohortService cohorts,
            CurrentUser currentUser, Layout layout, SubscriptionService subscriptions, Language language,
            AttachmentService attachments) {
        this.language = language;
        this.attachments = attachments;
        this.subscriptions = subscriptions;
        this.forums = forums;
        this.threads = threads;
        this.courses = courses;
        this.cohorts = cohorts;
        this.currentUser = currentUser;
        this.layout = layout;
    }

    @GET
    @Path("/courses/{code}")
    @Operation(summary = "A course's forums (HTML)")
    public Response courseForums(@PathParam("code") String code) {
        Viewer viewer = currentUser.require();
        Course course = courses.courseByCode(code);
        return courseForumsPage(viewer, course, Response.Status.OK, new DiscussionTemplates.ForumForm("", "general"),
                List.of());
    }

    @POST
    @Path("/courses/{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Create a forum on a course, or on one of its modules (moduleId) (form)")
    public Response createCourseForum(@PathParam("code") String code, @FormParam("title") String title,
            @FormParam("kind") String kind, @FormParam("moduleId") String moduleId) {
        Viewer viewer = currentUser.require();
        Course course = courses.courseByCode(code);
        Long module = moduleId == null || moduleId.isBlank() ? null : parseModule(moduleId);
        var form = new DiscussionTemplates.ForumForm(title == null ? "" : title, kind == null ? "general" : kind, module, "");
        return formOr(() -> forums.create(viewer, new ForumService.NewForum(course.id(), module, null, kind, title)),
                forum -> "/discussion/forums/" + forum.id(),
                (status, errors) -> courseForumsPage(viewer, course, status, form, errors));
    }

    @GET
    @Path("/cohorts/{cohortCode}")
    @Operation(summary = "A cohort's forums, for its members and coordinators (HTML)")
    public Response cohortForums(@PathParam("cohortCode") String code) {
        Viewer viewer = currentUser.require();
        return cohortForumsPage(viewer, cohort(code), Response.Status.OK,
                new DiscussionTemplates.ForumForm("", "general"), List.of());
    }

    @POST
    @Path("/cohorts/{cohortCode}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Create a forum on a cohort (form; team: the id of one of its teams, for that team only)")
    public Response createCohortForum(@PathParam("cohortCode") String code, @FormParam("title") String title,
            @FormParam("kind") String kind, @FormParam("team") String team) {
        Viewer viewer = currentUser.require();
        Cohort cohort = cohort(code);
        var form = new DiscussionTemplates.ForumForm(title == null ? "" : title, kind == null ? "general" : kind,
                null, team == null ? "" : team);
        return formOr(() -> forums.create(viewer, new ForumService.NewForum(null, null, cohort.id(), kind, title, null,
                null, null, teamId(team))),
                forum -> "/discussion/forums/" + forum.id(),
                (status, errors) -> cohortForumsPage(viewer, cohort, status, form, errors));
    }

    @GET
    @Path("/forums/{forumId}")
    @Operation(summary = "A forum's threads, paged (HTML)")
    public Response forum(@PathParam("forumId") long forumId, @QueryParam("page") @DefaultValue("1") int page) {
        Viewer viewer = currentUser.require();
        return layout.render(Response.Status.OK, DiscussionTemplates.forum(forums.page(viewer, forumId, page),
                new DiscussionTemplates.ThreadForm("", ""), List.of(), forumMail(viewer, forumId)));
    }

    @POST
    @Path("/forums/{forumId}/threads")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Start a thread (form)")
    public Response start(@PathParam("forumId") long forumId, @FormParam("title") String title,
            @FormParam("body") String body) {
        Viewer viewer = currentUser.require();
        var form = new DiscussionTemplates.ThreadForm(title == null ? "" : title, body == null ? "" : body);
        return formOr(() -> forums.start(viewer, forumId, title, body), thread -> "/discussion/threads/" + thread.id(),
                (status, errors) -> layout.render(status,
                        DiscussionTemplates.forum(forums.page(viewer, forumId, 1), form, errors,
                                forumMail(viewer, forumId))));
    }

    @GET
    @Path("/threads/{threadId}")
    @Operation(summary = "A thread, paged; marks what it shows as read (HTML)")
    public Response thread(@PathParam("threadId") long threadId, @QueryParam("page") @DefaultValue("1") int page) {
        Viewer viewer = currentUser.require();
        return threadPage(viewer, threads.read(viewer, threadId, page), "", List.of(), Response.Status.OK);
    }

    @POST
    @Path("/threads/{threadId}/replies")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Reply to a thread or to one of its replies (form)")
    public Response reply(@PathParam("threadId") long threadId, @FormParam("parentId") Long parentId,
            @FormParam("body") String body) {
        Viewer viewer = currentUser.require();
        return formOr(() -> threads.reply(viewer, threadId, parentId, body),
                post -> "/discussion/threads/" + threadId + "?page=" + Integer.MAX_VALUE + "#post-" + post.id(),
                (status, errors) -> threadPage(viewer, threads.read(viewer, threadId, Integer.MAX_VALUE),
                        body == null ? "" : body, errors, status));
    }

    @POST
    @Path("/posts/{postId}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Edit one's own post within the edit window (form)")
    public Response edit(@PathParam("postId") long postId, @FormParam("body") String body) {
        Viewer viewer = currentUser.require();
        try {
            Post post = threads.edit(viewer, postId, body);
            return seeOther("/discussion/threads/" + post.threadId() + "#post-" + postId);
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            return layout.render(Response.Status.BAD_REQUEST, DiscussionTemplates.edit(postId,
                    threads.post(postId).threadId(), body == null ? "" : body, e.formErrors()));
        }
    }

    @POST
    @Path("/posts/{postId}/accept")
    @Operation(summary = "Accept an answer in a question-and-answer forum (form)")
    public Response accept(@PathParam("postId") long postId) {
        ForumThread thread = threads.accept(currentUser.require(), postId);
        return seeOther("/discussion/threads/" + thread.id() + "#post-" + postId);
    }

    @POST
    @Path("/threads/{threadId}/pin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Pin or unpin a thread (form, moderators)")
    public Response pin(@PathParam("threadId") long threadId, @FormParam("pinned") boolean pinned) {
        threads.pin(currentUser.require(), threadId, pinned);
        return seeOther("/discussion/threads/" + threadId);
    }

    private Response courseForumsPage(Viewer viewer, Course course, Response.Status status,
            DiscussionTemplates.ForumForm form, List<DomainException.FieldError> errors) {
        List<Forum> list = forums.ofCourse(viewer, course.id());
        boolean canCreate = forums.canCreateInCourse(viewer, course.id());
        List<DiscussionTemplates.ModuleChoice> modules = course.modules().stream()
                .map(m -> new DiscussionTemplates.ModuleChoice(m.id(), m.title().in(language.locale()))).toList();
        return layout.render(status, DiscussionTemplates.forums(course.code(), list, canCreate,
                "/discussion/courses/" + course.code(), form, errors, modules, List.of()));
    }

    private Response cohortForumsPage(Viewer viewer, Cohort cohort, Response.Status status,
            DiscussionTemplates.ForumForm form, List<DomainException.FieldError> errors) {
        ForumService.CohortForums list = forums.ofCohort(viewer, cohort);
        return layout.render(status, DiscussionTemplates.forums(cohort.name(), list.forums(), list.canCreate(),
                "/discussion/cohorts/" + cohort.code(), form, errors, List.of(), list.teams()));
    }

    private Response threadPage(Viewer viewer, ThreadService.ThreadPage page, String form,
            List<DomainException.FieldError> errors, Response.Status status) {
        List<Forum> targets = page.canModerate() ? forums.moveTargets(viewer, page.forum()) : List.of();
        String mail = subscriptions.ofThread(viewer, page.thread().id()).orElse("");
        var files = attachments.of(viewer, page.posts().stream().map(ThreadService.PostView::id).toList());
        return layout.render(status, DiscussionTemplates.thread(page, form, targets, errors, mail, files));
    }

    /** How the viewer follows the forum by mail: "POST", "DIGEST", or "" (not). */
    private String forumMail(Viewer viewer, long forumId) {
        return subscriptions.ofForum(viewer, forumId).orElse("");
    }

    /** A module id as typed in the form; what is not a number is refused as the service refuses another course's module. */
    private static Long parseModule(String value) {
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static Long teamId(String team) {
        if (team == null || team.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(team.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("team", "must be a team of this cohort");
        }
    }

    private Cohort cohort(String code) {
        return cohorts.findByCode(code).orElseThrow(() -> DomainException.notFound("cohort", code));
    }

    /**
     * Does it and sends the browser on. A refusal of what was typed, or of posting too fast,
     * re-renders the form with the text kept (400 or 429), so nothing written is lost.
     */
    static <T> Response formOr(Supplier<T> action, java.util.function.Function<T, String> next,
            java.util.function.BiFunction<Response.Status, List<DomainException.FieldError>, Response> again) {
        try {
            return seeOther(next.apply(action.get()));
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.INVALID) {
                return again.apply(Response.Status.BAD_REQUEST, e.formErrors());
            }
            if (e.kind() == DomainException.Kind.TOO_MANY_REQUESTS) {
                return Response.fromResponse(again.apply(Response.Status.TOO_MANY_REQUESTS, e.formErrors()))
                        .header("Retry-After", e.retryAfter().map(d -> Long.toString(d.toSeconds())).orElse("60"))
                        .build();
            }
            throw e;
        }
    }

    static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
