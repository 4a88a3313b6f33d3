package org.surgalt.authoring;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.authoring.ItemEditorView.ItemForm;
import org.surgalt.course.Completion;
import org.surgalt.course.CourseService;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.DomainException.FieldError;
import org.surgalt.platform.LocalizedText;

/**
 * Editing one item of a draft. The form carries the version the author started from; if someone
 * else saved in between, the save is refused and the page shows the author's text (kept in the
 * form) next to what the other person saved — nothing is silently overwritten.
 */
@Path("/author/courses/{code}/items/{itemId}")
@Produces(MediaType.TEXT_HTML)
public class ItemEditorResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance item(ItemEditorView.ItemEditor item, List<FieldError> errors, boolean saved);
    }

    private final AuthoringResource authoring;
    private final ItemEditorView views;
    private final DraftService drafts;
    private final CourseService courses;
    private final CurrentUser currentUser;

    ItemEditorResource(AuthoringResource authoring, ItemEditorView views, DraftService drafts, CourseService courses,
            CurrentUser currentUser) {
        this.authoring = authoring;
        this.views = views;
        this.drafts = drafts;
        this.courses = courses;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "The editor of one draft item, with its preview, file and review comments (HTML)")
    public Response editor(@PathParam("code") String code, @PathParam("itemId") long itemId,
            @jakarta.ws.rs.QueryParam("saved") boolean saved) {
        Viewer viewer = currentUser.require();
        return authoring.html(200, Templates.item(views.editor(viewer, code, itemId, null, false), List.of(), saved));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Save a draft item (form; refused with a conflict when someone else saved it meanwhile)")
    public Response save(@PathParam("code") String code, @PathParam("itemId") long itemId,
            @FormParam("version") long version, @FormParam("titleEn") String titleEn,
            @FormParam("titleMn") String titleMn, @FormParam("bodyEn") String bodyEn,
            @FormParam("bodyMn") String bodyMn, @FormParam("url") String url,
            @FormParam("completion") String completion, @FormParam("minScore") String minScore,
            @FormParam("required") String required, @FormParam("requiredShown") String requiredShown) {
        Viewer viewer = currentUser.require();
        // An unticked checkbox is not sent: with the form's marker, no "required" means optional;
        // a post without the marker (an older form) leaves the flag as it is.
        Boolean isRequired = requiredShown == null ? null : required != null;
        ItemForm typed = new ItemForm(version, titleEn, titleMn, bodyEn, bodyMn, url, completion, null,
                isRequired == null || isRequired);
        try {
            Integer score = parseScore(minScore);
            typed = new ItemForm(version, titleEn, titleMn, bodyEn, bodyMn, url, completion, score,
                    isRequired == null || isRequired);
            drafts.editItem(viewer, courses.courseByCode(code).id(), itemId, version,
                    LocalizedText.of(titleEn, titleMn), LocalizedText.of(bodyEn, bodyMn), url,
                    Completion.fromId(completion).orElse(null), score, isRequired);
            return AuthoringResource.seeOther("/author/courses/" + code + "/items/" + itemId + "?saved=true");
        } catch (DomainException e) {
            return refused(viewer, code, itemId, typed, e);
        } catch (jakarta.persistence.OptimisticLockException e) {
            // Someone saved between our read and our write: the same answer as a stale form.
            return refused(viewer, code, itemId, typed,
                    DomainException.conflict("Someone else saved this item while you were editing it."));
        }
    }

    @POST
    @Path("move")
    @Operation(summary = "Move an item up (by=-1) or down (by=1) within its module (form)")
    public Response move(@PathParam("code") String code, @PathParam("itemId") long itemId,
            @jakarta.ws.rs.QueryParam("by") int by) {
        return authoring.change(code, id -> drafts.moveItem(currentUser.require(), id, itemId, Integer.signum(by)));
    }

    @POST
    @Path("delete")
    @Operation(summary = "Delete an item from the draft; published versions and learners' history keep it (form)")
    public Response delete(@PathParam("code") String code, @PathParam("itemId") long itemId) {
        return authoring.change(code, id -> drafts.deleteItem(currentUser.require(), id, itemId));
    }

    @POST
    @Path("file")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Give a file, video or package item an upload; it takes effect once inspection accepts it (form)")
    public Response attach(@PathParam("code") String code, @PathParam("itemId") long itemId,
            @FormParam("upload") String upload) {
        Viewer viewer = currentUser.require();
        try {
            drafts.attachUpload(viewer, courses.courseByCode(code).id(), itemId, upload == null ? "" : upload.strip());
            return AuthoringResource.seeOther("/author/courses/" + code + "/items/" + itemId);
        } catch (DomainException e) {
            return refused(viewer, code, itemId, null, e);
        }
    }

    private Response refused(Viewer viewer, String code, long itemId, ItemForm typed, DomainException e) {
        if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
            throw e;
        }
        boolean conflict = e.kind() == DomainException.Kind.CONFLICT && typed != null
                && e.getMessage().startsWith("Someone else saved");
        return authoring.html(e.kind().status, Templates.item(views.editor(viewer, code, itemId, typed, conflict),
                e.formErrors(), false));
    }

    private static Integer parseScore(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("minScore", "must be a whole number from 0 to 100");
        }
    }
}
