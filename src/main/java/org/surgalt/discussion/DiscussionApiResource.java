package org.surgalt.discussion;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.surgalt.identity.CurrentUser;
import org.surgalt.platform.DomainException;

/** The discussion pages' actions in JSON: the same services, so the same rules (Q&A, hidden posts). */
@Path("/api/discussion")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Discussions")
public class DiscussionApiResource {

    /** {@code teamId}: the one team of the cohort the forum is for (null: everyone of its course or cohort). */
    public record ForumView(long id, Long courseId, Long moduleId, Long cohortId, String kind, String title,
            Long teamId) {
        static ForumView of(Forum f) {
            return new ForumView(f.id(), f.courseId(), f.moduleId(), f.cohortId(), f.kind().name().toLowerCase(),
                    f.title(), f.teamId());
        }
    }

    public record ForumPageView(ForumView forum, List<ThreadRepository.Line> threads, int page, int pages,
            boolean canPost, boolean canModerate) {
    }

    public record ThreadView(long id, long forumId, String title, boolean pinned, boolean locked, Long acceptedPostId) {
        static ThreadView of(ForumThread t) {
            return new ThreadView(t.id(), t.forumId(), t.title(), t.pinned(), t.locked(), t.acceptedPostId());
        }
    }

    public record PostJson(long id, Long parentId, String author, String html, Instant createdAt, boolean edited,
            boolean opening, boolean hidden, String hiddenReason, boolean accepted) {
        static PostJson of(ThreadService.PostView p) {
            return new PostJson(p.id(), p.parentId(), p.author(), p.html().toString(), p.createdAt(), p.edited(),
                    p.opening(), p.hidden(), p.hiddenReason(), p.accepted());
        }
    }

    /** {@code files}: each shown post's attachments (by post id), as the page lists them. */
    public record ThreadPageView(ThreadView thread, List<PostJson> posts, int page, int pages, boolean canReply,
            boolean waitingForOwnAnswer, java.util.Map<Long, List<AttachmentService.Shown>> files) {
    }

    public record NewThread(String title, String body) {
    }

    public record NewPost(String body, Long parentId) {
    }

    public record Reason(String reason, Boolean value, Long forumId) {
    }

    public record PostRef(long id, long threadId) {
        static PostRef of(Post p) {
            return new PostRef(p.id(), p.threadId());
        }
    }

    private final ForumService forums;
    private final ThreadService threads;
    private final ModerationService moderation;
    private final CurrentUser currentUser;
    private final AttachmentService attachments;

    DiscussionApiResource(ForumService forums, ThreadService threads, ModerationService moderation,
            CurrentUser currentUser, AttachmentService attachments) {
        this.attachments = attachments;
        this.forums = forums;
        this.threads = threads;
        this.moderation = moderation;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/courses/{courseId}/forums")
    @Operation(summary = "A course's forums (and its modules')")
    public List<ForumView> courseForums(@PathParam("courseId") long courseId) {
        return forums.ofCourse(currentUser.require(), courseId).stream().map(ForumView::of).toList();
    }

    @POST
    @Path("/forums")
    @Operation(summary = "A new forum on a course, a module of it, or a cohort (kind: general, questions, announcements;"
            + " teamId: a team of the cohort, for that team only)")
    public RestResponse<ForumView> create(ForumService.NewForum input) {
        Forum forum = forums.create(currentUser.require(), input);
        return created("/api/discussion/forums/" + forum.id(), ForumView.of(forum));
    }

    @GET
    @Path("/forums/{forumId}")
    @Operation(summary = "A forum's threads, paged, with the caller's unread marks")
    public ForumPageView forum(@PathParam("forumId") long forumId, @QueryParam("page") @DefaultValue("1") int page) {
        ForumService.ForumPage p = forums.page(currentUser.require(), forumId, page);
        return new ForumPageView(ForumView.of(p.forum()), p.threads(), p.page(), p.pages(), p.canPost(), p.canModerate());
    }

    @POST
    @Path("/forums/{forumId}/threads")
    @Operation(summary = "Start a thread")
    public RestResponse<ThreadView> start(@PathParam("forumId") long forumId, NewThread input) {
        if (input == null) {
            throw DomainException.invalid("title", "must not be empty");
        }
        ForumThread thread = forums.start(currentUser.require(), forumId, input.title(), input.body());
        return created("/api/discussion/threads/" + thread.id(), ThreadView.of(thread));
    }

    @GET
    @Path("/threads/{threadId}")
    @Operation(summary = "A thread's posts, paged; marks them read")
    public ThreadPageView thread(@PathParam("threadId") long threadId, @QueryParam("page") @DefaultValue("1") int page) {
        var viewer = currentUser.require();
        ThreadService.ThreadPage p = threads.read(viewer, threadId, page);
        return new ThreadPageView(ThreadView.of(p.thread()), p.posts().stream().map(PostJson::of).toList(), p.page(),
                p.pages(), p.canReply(), p.waitingForOwnAnswer(),
                attachments.of(viewer, p.posts().stream().map(ThreadService.PostView::id).toList()));
    }

    @POST
    @Path("/threads/{threadId}/replies")
    @Operation(summary = "Reply to a thread, or (parentId) to one of its replies")
    public RestResponse<PostRef> reply(@PathParam("threadId") long threadId, NewPost input) {
        if (input == null) {
            throw DomainException.invalid("body", "must not be empty");
        }
        Post post = threads.reply(currentUser.require(), threadId, input.parentId(), input.body());
        return created("/api/discussion/threads/" + threadId, PostRef.of(post));
    }

    @PUT
    @Path("/posts/{postId}")
    @Operation(summary = "Edit one's own post within the edit window")
    public PostRef edit(@PathParam("postId") long postId, NewPost input) {
        return PostRef.of(threads.edit(currentUser.require(), postId, input == null ? null : input.body()));
    }

    @POST
    @Path("/posts/{postId}/accept")
    @Operation(summary = "Accept an answer (the asker or the forum's moderators)")
    public ThreadView accept(@PathParam("postId") long postId) {
        return ThreadView.of(threads.accept(currentUser.require(), postId));
    }

    @POST
    @Path("/threads/{threadId}/pin")
    @Operation(summary = "Pin (value true) or unpin a thread (moderators)")
    public ThreadView pin(@PathParam("threadId") long threadId, Reason input) {
        return ThreadView.of(threads.pin(currentUser.require(), threadId, input != null && Boolean.TRUE.equals(input.value())));
    }

    @POST
    @Path("/posts/{postId}/report")
    @Operation(summary = "Report a post to the forum's moderators, with a reason")
    public PostRef report(@PathParam("postId") long postId, Reason input) {
        moderation.report(currentUser.require(), postId, input == null ? null : input.reason());
        return new PostRef(postId, moderation.threadOf(postId));
    }

    @POST
    @Path("/posts/{postId}/hide")
    @Operation(summary = "Hide (value true, the default) or show again a post, with a reason (moderators)")
    public PostRef hide(@PathParam("postId") long postId, Reason input) {
        boolean hidden = input == null || input.value() == null || input.value();
        return PostRef.of(moderation.hide(currentUser.require(), postId, input == null ? null : input.reason(), hidden));
    }

    @POST
    @Path("/threads/{threadId}/lock")
    @Operation(summary = "Lock (value true, the default) or unlock a thread, with a reason (moderators)")
    public ThreadView lock(@PathParam("threadId") long threadId, Reason input) {
        boolean locked = input == null || input.value() == null || input.value();
        return ThreadView.of(moderation.lock(currentUser.require(), threadId, input == null ? null : input.reason(),
                locked));
    }

    @POST
    @Path("/threads/{threadId}/move")
    @Operation(summary = "Move a thread to another forum (forumId) of the same course, with a reason (moderators)")
    public ThreadView move(@PathParam("threadId") long threadId, Reason input) {
        if (input == null || input.forumId() == null) {
            throw DomainException.invalid("forum", "must be another forum of the same course");
        }
        return ThreadView.of(moderation.move(currentUser.require(), threadId, input.forumId(), input.reason()));
    }

    private static <T> RestResponse<T> created(String location, T entity) {
        return RestResponse.ResponseBuilder.<T>created(URI.create(location)).entity(entity).build();
    }
}
