package org.surgalt.library;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * What a reader does on a resource's page: rate, comment, copy into a course draft; and what
 * curators do: feature and hide. A refused form comes back on the resource's page with the reason
 * and, for a comment, the text as typed.
 */
@Path("/library")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class LibraryActionsResource {

    private final LibraryFeedback feedback;
    private final LibraryCopies copies;
    private final CurationService curation;
    private final LibraryPages pages;
    private final CurrentUser currentUser;

    LibraryActionsResource(LibraryFeedback feedback, LibraryCopies copies, CurationService curation,
            LibraryPages pages, CurrentUser currentUser) {
        this.feedback = feedback;
        this.copies = copies;
        this.curation = curation;
        this.pages = pages;
        this.currentUser = currentUser;
    }

    @POST
    @Path("{resourceId}/rating")
    @Operation(summary = "Rate a resource from 1 to 5; a second rating replaces the first (form)")
    public Response rate(@PathParam("resourceId") long id, @FormParam("stars") String stars) {
        Viewer viewer = currentUser.require();
        return act(viewer, id, null, () -> {
            feedback.rate(viewer, id, number(stars));
            return back(id, "");
        });
    }

    @POST
    @Path("{resourceId}/comments")
    @Operation(summary = "Comment on a resource, in Markdown (form)")
    public Response comment(@PathParam("resourceId") long id, @FormParam("body") String body) {
        Viewer viewer = currentUser.require();
        return act(viewer, id, body, () -> {
            long comment = feedback.comment(viewer, id, body).id();
            return back(id, "#comment-" + comment);
        });
    }

    @POST
    @Path("comments/{commentId}/delete")
    @Operation(summary = "Delete one's own comment (form)")
    public Response deleteComment(@PathParam("commentId") long commentId) {
        long resource = feedback.deleteComment(currentUser.require(), commentId);
        return back(resource, "#comments");
    }

    @POST
    @Path("{resourceId}/copy")
    @Operation(summary = "Copy a resource into a module of one's course draft, its attribution kept (form: target=courseId:moduleId)")
    public Response copy(@PathParam("resourceId") long id, @FormParam("target") String target) {
        Viewer viewer = currentUser.require();
        return act(viewer, id, null, () -> {
            String[] parts = target == null ? new String[0] : target.split(":");
            Integer course = parts.length == 2 ? number(parts[0]) : null;
            Integer module = parts.length == 2 ? number(parts[1]) : null;
            if (course == null || module == null) {
                throw DomainException.invalid("target", "choose a module of one of your course drafts");
            }
            String code = copies.copy(viewer, id, course, module).courseCode();
            return Response.seeOther(URI.create("/library/" + id + "?copied="
                    + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8))).build();
        });
    }

    @POST
    @Path("{resourceId}/feature")
    @Operation(summary = "Feature a resource, or stop featuring it (curators; form: featured=true|false)")
    public Response feature(@PathParam("resourceId") long id, @FormParam("featured") String featured) {
        Viewer viewer = currentUser.require();
        curation.feature(viewer, id, !"false".equals(featured));
        return back(id, "");
    }

    @POST
    @Path("{resourceId}/hide")
    @Operation(summary = "Hide a resource that breaks the rules, with the reason (curators; form)")
    public Response hide(@PathParam("resourceId") long id, @FormParam("reason") String reason) {
        return hidden(id, reason, true);
    }

    @POST
    @Path("{resourceId}/unhide")
    @Operation(summary = "Show a hidden resource again, with the reason (curators; form)")
    public Response unhide(@PathParam("resourceId") long id, @FormParam("reason") String reason) {
        return hidden(id, reason, false);
    }

    private Response hidden(long id, String reason, boolean hidden) {
        Viewer viewer = currentUser.require();
        return act(viewer, id, null, () -> {
            curation.hide(viewer, id, reason, hidden);
            return back(id, "");
        });
    }

    private Response act(Viewer viewer, long id, String comment, Supplier<Response> action) {
        try {
            return action.get();
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
                throw e;
            }
            Response.Status status = e.kind() == DomainException.Kind.INVALID ? Response.Status.BAD_REQUEST
                    : Response.Status.CONFLICT;
            return pages.resource(status, viewer, id, comment, null, e.formErrors());
        }
    }

    private static Response back(long id, String anchor) {
        return Response.seeOther(URI.create("/library/" + id + anchor)).build();
    }

    static Integer number(String typed) {
        try {
            return typed == null ? null : Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
