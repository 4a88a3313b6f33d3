package org.surgalt.library;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.surgalt.content.AssetStore;
import org.surgalt.content.FileKind;
import org.surgalt.content.UploadService;
import org.surgalt.course.Item;
import org.surgalt.course.ItemFileResource;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * The library's pages: the list with search and filters, a resource, and the publish and change
 * forms. The forms are plain multipart forms, so a file comes without JavaScript (it then goes the
 * way of every upload, {@link UploadService#receive}); with JavaScript, a tus upload's id comes in
 * the field {@code upload} instead.
 */
@Path("/library")
@Produces(MediaType.TEXT_HTML)
public class LibraryResource {

    private final LibraryService library;
    private final LibraryPages pages;
    private final UploadService uploads;
    private final CurrentUser currentUser;
    private final AssetStore store;

    LibraryResource(LibraryService library, LibraryPages pages, UploadService uploads, CurrentUser currentUser,
            AssetStore store) {
        this.library = library;
        this.pages = pages;
        this.uploads = uploads;
        this.currentUser = currentUser;
        this.store = store;
    }

    @GET
    @Operation(summary = "The shared library: search and filters, featured resources first (HTML)")
    public Response list(@QueryParam("q") String q, @QueryParam("kind") String kind,
            @QueryParam("subject") String subject, @QueryParam("grade") String grade,
            @QueryParam("language") String language, @QueryParam("aimag") String aimag,
            @QueryParam("licence") String licence, @QueryParam("page") Integer page) {
        Viewer viewer = currentUser.require();
        String query = LibraryFilters.query(q, kind, subject, grade, language, aimag, licence);
        LibraryTemplates.Filters filters = pages.filters(q, kind, subject, grade, language, aimag, licence, query);
        try {
            LibraryService.ListPage found = library.list(viewer, q,
                    LibraryFilters.parse(kind, subject, grade, language, aimag, licence), page == null ? 1 : page);
            return pages.list(Response.Status.OK, found, filters, List.of());
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            return pages.list(Response.Status.BAD_REQUEST, null, filters, e.formErrors());
        }
    }

    @GET
    @Path("new")
    @Operation(summary = "The form to publish a resource (HTML)")
    public Response newForm() {
        currentUser.require();
        return pages.form(Response.Status.OK, null, null, List.of());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Publish a resource (multipart form: the details, and a Markdown text or a file)")
    public Response publish(@RestForm String title, @RestForm String description, @RestForm String kind,
            @RestForm String licence, @RestForm String subject, @RestForm("grades") List<String> grades,
            @RestForm String language, @RestForm String aimag, @RestForm String body, @RestForm String upload,
            @RestForm("file") FileUpload file) {
        Viewer viewer = currentUser.require();
        LibraryPages.FormInput typed = input(title, description, kind, licence, subject, grades, language, aimag, body);
        try {
            ResourceDetails details = typed.details();
            TeachingResource resource = library.publish(viewer, details, typed.body(), uploadOf(viewer, upload, file));
            return Response.seeOther(URI.create("/library/" + resource.id())).build();
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            return pages.form(Response.Status.BAD_REQUEST, null, typed, e.formErrors());
        }
    }

    @GET
    @Path("{resourceId}")
    @Operation(summary = "A resource of the library, with its licence, author, rating and comments (HTML)")
    public Response resource(@PathParam("resourceId") long id, @QueryParam("copied") String copied) {
        return pages.resource(Response.Status.OK, currentUser.require(), id, null, copied, List.of());
    }

    @GET
    @Path("{resourceId}/edit")
    @Operation(summary = "The form to change one's own resource (HTML)")
    public Response editForm(@PathParam("resourceId") long id) {
        return pages.form(Response.Status.OK, library.own(currentUser.require(), id), null, List.of());
    }

    @POST
    @Path("{resourceId}/edit")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Change one's own resource (multipart form; a new text or file replaces the content)")
    public Response edit(@PathParam("resourceId") long id, @RestForm String title, @RestForm String description,
            @RestForm String kind, @RestForm String licence, @RestForm String subject,
            @RestForm("grades") List<String> grades, @RestForm String language, @RestForm String aimag,
            @RestForm String body, @RestForm String upload, @RestForm("file") FileUpload file) {
        Viewer viewer = currentUser.require();
        TeachingResource resource = library.own(viewer, id);
        LibraryPages.FormInput typed = input(title, description, kind, licence, subject, grades, language, aimag, body);
        try {
            ResourceDetails details = typed.details();
            // An unchanged text of a file resource's form is no new content.
            String text = resource.isFile() || !typed.body().equals(resource.body()) ? typed.body() : null;
            String newUpload = uploadOf(viewer, upload, file);
            library.edit(viewer, id, details, newUpload != null ? null : text, newUpload);
            return Response.seeOther(URI.create("/library/" + id)).build();
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            return pages.form(Response.Status.BAD_REQUEST, resource, typed, e.formErrors());
        }
    }

    @POST
    @Path("{resourceId}/withdraw")
    @Operation(summary = "Withdraw one's own resource from the library (form)")
    public Response withdraw(@PathParam("resourceId") long id) {
        library.withdraw(currentUser.require(), id);
        return Response.seeOther(URI.create("/library")).build();
    }

    @GET
    @Path("{resourceId}/file")
    @Operation(summary = "Download a resource's file (always as an attachment, never shown inline)")
    public Response download(@PathParam("resourceId") long id, @HeaderParam("Range") String range,
            @HeaderParam("If-None-Match") String ifNoneMatch) throws IOException {
        Item.AttachedFile file = library.file(currentUser.require(), id);
        // No media type: ItemFileResource then serves it as an attachment, sandboxed, whatever it is.
        return ItemFileResource.serve(store, new Item.AttachedFile(file.sha256(), file.filename(), null), range,
                ifNoneMatch);
    }

    private String uploadOf(Viewer viewer, String upload, FileUpload file) {
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            return upload == null || upload.isBlank() ? null : upload.strip();
        }
        try {
            return uploads.receive(viewer, file.uploadedFile(), file.fileName(), file.contentType(), FileKind.FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LibraryPages.FormInput input(String title, String description, String kind, String licence,
            String subject, List<String> grades, String language, String aimag, String body) {
        return new LibraryPages.FormInput(orEmpty(title), orEmpty(description), orEmpty(kind), orEmpty(licence),
                orEmpty(subject), grades == null ? List.of() : grades, orEmpty(language), orEmpty(aimag), orEmpty(body));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
