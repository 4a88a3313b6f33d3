package org.surgalt.discussion;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.surgalt.content.AssetStore;
import org.surgalt.content.FileKind;
import org.surgalt.content.UploadService;
import org.surgalt.course.ItemFileResource;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.web.Layout;

/**
 * Files on posts: a plain multipart form (no JavaScript) adds one to one's own post (the JSON way is
 * {@link AttachmentApiResource}); a download is for whoever may read the post, always a download, never inline.
 */
@Path("/discussion")
public class AttachmentResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance attach(long postId, long threadId, List<DomainException.FieldError> errors);
    }

    private final AttachmentService attachments;
    private final UploadService uploads;
    private final AssetStore store;
    private final CurrentUser currentUser;
    private final Layout layout;

    AttachmentResource(AttachmentService attachments, UploadService uploads, AssetStore store, CurrentUser currentUser,
            Layout layout) {
        this.attachments = attachments;
        this.uploads = uploads;
        this.store = store;
        this.currentUser = currentUser;
        this.layout = layout;
    }

    /** Who may attach is asked before a byte is kept; a refusal comes back as a page with the reason. */
    @POST
    @Path("/posts/{postId}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Attach a file to one's own post from a plain form, without JavaScript (multipart, field 'file')")
    public Response attachPlain(@PathParam("postId") long postId, @RestForm("file") FileUpload file) {
        Viewer viewer = currentUser.require();
        Post post = attachments.requireAttachable(viewer, postId);
        try {
            String upload = uploads.receiveForm(viewer, file, FileKind.FILE);
            attachments.attach(viewer, postId, upload);
            return Response.seeOther(URI.create("/discussion/threads/" + post.threadId() + "?page="
                    + Integer.MAX_VALUE + "#post-" + postId)).build();
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            return layout.render(Response.Status.BAD_REQUEST, Templates.attach(postId, post.threadId(), e.formErrors()));
        }
    }

    @GET
    @Path("/attachments/{attachmentId}")
    @Operation(summary = "Download a post's file (for those who may read the post; always a download)")
    public Response download(@PathParam("attachmentId") long attachmentId, @HeaderParam("Range") String range,
            @HeaderParam("If-None-Match") String ifNoneMatch) throws IOException {
        return ItemFileResource.serve(store, attachments.download(currentUser.require(), attachmentId), range,
                ifNoneMatch);
    }
}
