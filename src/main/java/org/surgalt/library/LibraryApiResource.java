package org.surgalt.library;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/** The shared library as JSON: the same rules as the pages; bad input is answered with problem+json. */
@Path("/api/library")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Shared library")
public class LibraryApiResource {

    private final LibraryService library;
    private final LibraryFeedback feedback;
    private final LibraryCopies copies;
    private final LibraryRepository resources;
    private final LibraryCommentRepository comments;
    private final CurrentUser currentUser;

    LibraryApiResource(LibraryService library, LibraryFeedback feedback, LibraryCopies copies,
            LibraryRepository resources, LibraryCommentRepository comments,
            CurrentUser currentUser) {
        this.library = library;
        this.feedback = feedback;
        this.copies = copies;
        this.resources = resources;
        this.comments = comments;
        this.currentUser = currentUser;
    }

    /** body: Markdown; upload: the id of the caller's upload (tus). Exactly one of the two. */
    public record ResourceInput(String title, String description, String kind, String licence, String subject,
            List<Integer> grades, String language, String aimag, String body, String upload) {
        ResourceDetails details() {
            return ResourceDetails.parse(title, description, kind, licence, subject,
                    grades == null ? List.of() : grades.stream().map(String::valueOf).toList(), language, aimag);
        }
    }

    /** author: null for a former member. hiddenReason: only for the author and curators, who still see it. */
    public record ResourceView(long id, String title, String description, String kind, String licence,
            String licenceName, String licenceUrl, String subject, List<Integer> grades, String language, String aimag,
            long authorId, String author, boolean featured, String hiddenReason, String body, String file,
            String fileState, double averageRating, int ratings, Instant created, boolean copyable) {

        /** With its author's name and its rating, as the library service gives them. */
        static ResourceView of(TeachingResource r, LibraryService library) {
            return of(r, library.author(r.authorId()).orElse(null), library.rating(r.id()));
        }

        static ResourceView of(TeachingResource r, String author, LibraryRepository.Rating rating) {
            String state = !r.isFile() ? null : r.isPending() ? "pending" : r.file().isPresent() ? "ready" : "rejected";
            return new ResourceView(r.id(), r.title(), r.description(), r.kind().id(), r.licence().id(),
                    r.licence().label(), r.licence().deed(), r.subject().id(), List.copyOf(r.grades()), r.language(),
                    r.aimag(), r.authorId(), author, r.featured(), r.hiddenReason(), r.body(),
                    r.file().map(f -> "/library/" + r.id() + "/file").orElse(null), state, rating.average(),
                    rating.count(), r.createdAt(), r.licence().allowsCopies());
        }
    }

    public record Page(List<ResourceView> resources, long total, int page, int pages, List<String> ignored) {
    }

    public record CommentView(long id, long authorId, String author, String body, Instant created) {
    }

    public record Detail(ResourceView resource, Integer myRating, List<CommentView> comments) {
    }

    public record Stars(Integer stars) {
    }

    public record CommentInput(String body) {
    }

    public record CopyInput(Long courseId, Long moduleId) {
    }

    @GET
    @Operation(summary = "Resources of the library, featured first: search (q) and filters, paged")
    public Page list(@QueryParam("q") String q, @QueryParam("kind") String kind,
            @QueryParam("subject") String subject, @QueryParam("grade") String grade,
            @QueryParam("language") String language, @QueryParam("aimag") String aimag,
            @QueryParam("licence") String licence, @QueryParam("page") Integer page) {
        LibraryService.ListPage found = library.list(currentUser.require(), q,
                LibraryFilters.parse(kind, subject, grade, language, aimag, licence), page == null ? 1 : page);
        return new Page(found.resources().stream().map(l -> ResourceView.of(l.resource(), l.author(),
                new LibraryRepository.Rating(l.average(), l.ratings()))).toList(), found.total(), found.page(),
                found.pages(), found.ignored());
    }

    @POST
    @Operation(summary = "Publish a resource (a Markdown body or an upload's id)")
    public RestResponse<ResourceView> publish(ResourceInput input, UriInfo uri) {
        Viewer viewer = currentUser.require();
        ResourceInput in = required(input);
        TeachingResource resource = library.publish(viewer, in.details(), in.body(), in.upload());
        return RestResponse.ResponseBuilder.<ResourceView>created(
                uri.getAbsolutePathBuilder().path(Long.toString(resource.id())).build())
                .entity(view(resource)).build();
    }

    @GET
    @Path("{resourceId}")
    @Operation(summary = "A resource, its rating (and the caller's) and comments")
    public Detail get(@PathParam("resourceId") long id) {
        Viewer viewer = currentUser.require();
        TeachingResource resource = library.visible(viewer, id);
        return new Detail(view(resource), resources.ratingOf(id, viewer.userId()).orElse(null),
                comments.withAuthors(id).stream().map(c -> new CommentView(c.id(), c.authorId(), c.author(), c.body(),
                        c.createdAt())).toList());
    }

    @PUT
    @Path("{resourceId}")
    @Operation(summary = "Change one's own resource (a body or upload given replaces the content)")
    public ResourceView edit(@PathParam("resourceId") long id, ResourceInput input) {
        Viewer viewer = currentUser.require();
        library.own(viewer, id);
        ResourceInput in = required(input);
        return view(library.edit(viewer, id, in.details(), in.body(), in.upload()));
    }

    @DELETE
    @Path("{resourceId}")
    @Operation(summary = "Withdraw one's own resource")
    public RestResponse<Void> withdraw(@PathParam("resourceId") long id) {
        library.withdraw(currentUser.require(), id);
        return RestResponse.noContent();
    }

    @PUT
    @Path("{resourceId}/rating")
    @Operation(summary = "Rate a resource from 1 to 5 (one rating per person; this replaces the caller's)")
    public ResourceView rate(@PathParam("resourceId") long id, Stars stars) {
        Viewer viewer = currentUser.require();
        feedback.rate(viewer, id, stars == null ? null : stars.stars());
        return view(library.visible(viewer, id));
    }

    @POST
    @Path("{resourceId}/comments")
    @Operation(summary = "Comment on a resource, in Markdown")
    public RestResponse<CommentView> comment(@PathParam("resourceId") long id, CommentInput input) {
        Viewer viewer = currentUser.require();
        LibraryComment comment = feedback.comment(viewer, id, input == null ? null : input.body());
        return RestResponse.status(RestResponse.Status.CREATED, new CommentView(comment.id(), comment.authorId(),
                viewer.displayName(), comment.body(), comment.createdAt()));
    }

    @DELETE
    @Path("comments/{commentId}")
    @Operation(summary = "Delete one's own comment")
    public RestResponse<Void> deleteComment(@PathParam("commentId") long commentId) {
        feedback.deleteComment(currentUser.require(), commentId);
        return RestResponse.noContent();
    }

    @POST
    @Path("{resourceId}/copy")
    @Operation(summary = "Copy a resource into a module of a course draft the caller authors, its attribution kept")
    public RestResponse<LibraryCopies.Copied> copy(@PathParam("resourceId") long id, CopyInput input) {
        if (input == null || input.courseId() == null || input.moduleId() == null) {
            throw DomainException.invalid("moduleId", "choose a module of one of your course drafts");
        }
        return RestResponse.status(RestResponse.Status.CREATED,
                copies.copy(currentUser.require(), id, input.courseId(), input.moduleId()));
    }

    private ResourceView view(TeachingResource resource) {
        return ResourceView.of(resource, library);
    }

    private static ResourceInput required(ResourceInput input) {
        if (input == null) {
            throw DomainException.invalid("title", "is required, at most 200 characters");
        }
        return input;
    }
}
