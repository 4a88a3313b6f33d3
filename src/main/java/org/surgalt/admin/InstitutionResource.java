package org.surgalt.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.admin.InstitutionPages.Form;
import org.surgalt.admin.InstitutionPages.FormPage;
import org.surgalt.admin.InstitutionPages.ListPage;
import org.surgalt.admin.InstitutionPages.Row;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Institution;
import org.surgalt.identity.InstitutionAccess;
import org.surgalt.identity.InstitutionService;
import org.surgalt.identity.Viewer;
import org.surgalt.identity.place.Places;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.DomainException.FieldError;
import org.surgalt.web.Formats;

/** The institutions pages: the list with search and filters, new, edit, retire and merge (plain forms). */
@Path("/admin/institutions")
@Produces(MediaType.TEXT_HTML)
public class InstitutionResource {

    private static final int LIMIT = 500;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance institutions(ListPage page);

        static native TemplateInstance institution(FormPage page, List<FieldError> errors);
    }

    private final InstitutionService service;
    private final InstitutionAccess access;
    private final Places places;
    private final CurrentUser currentUser;
    private final AdminPages pages;

    InstitutionResource(InstitutionService service, InstitutionAccess access, Places places, CurrentUser currentUser,
            AdminPages pages) {
        this.service = service;
        this.access = access;
        this.places = places;
        this.currentUser = currentUser;
        this.pages = pages;
    }

    @GET
    @Operation(summary = "Institutions (HTML): search by code or name, filter by aimag, kind, retired")
    public Response list(@QueryParam("q") String q, @QueryParam("aimag") String aimag, @QueryParam("kind") String kind,
            @QueryParam("retired") String retired) {
        Viewer viewer = currentUser.require();
        InstitutionService.Filter filter = InstitutionPages.filter(q, aimag, kind, retired != null);
        List<Institution> found = service.search(viewer, filter);
        AdminMessages text = pages.text();
        List<Row> rows = found.stream().map(i -> new Row(i.id(), i.code(), i.name(),
                InstitutionPages.kind(i.kind(), text), i.aimag(), i.soum(), state(i, text))).toList();
        List<InstitutionPages.Option> aimags = InstitutionPages.aimags(places, aimag, pages.english());
        return html(200, Templates.institutions(new ListPage(rows, q == null ? "" : q, aimags,
                InstitutionPages.kinds(filter.kind() == null ? "" : filter.kind().name(), text), filter.retired(),
                access.mayManage(viewer), found.size() >= LIMIT, LIMIT)));
    }

    @GET
    @Path("/new")
    @Operation(summary = "The new institution form (HTML)")
    public Response newForm() {
        Viewer viewer = currentUser.require();
        access.requireManage(viewer);
        return html(200, Templates.institution(formPage(null, Form.empty(), true, false), List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Create an institution (form)")
    public Response create(@FormParam("code") String code, @FormParam("name") String name,
            @FormParam("kind") String kind, @FormParam("aimag") String aimag, @FormParam("soum") String soum,
            @FormParam("addSoum") String addSoum) {
        Viewer viewer = currentUser.require();
        Form form = form(code, name, kind, aimag, soum, addSoum);
        try {
            Institution created = service.create(viewer, form.input());
            return seeOther("/admin/institutions/" + created.id() + "?saved=1");
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            return html(400, Templates.institution(formPage(null, form, true, false), e.formErrors()));
        }
    }

    @GET
    @Path("/{institutionId}")
    @Operation(summary = "One institution's form (HTML): edit, and for site admins retire and merge")
    public Response edit(@PathParam("institutionId") long id, @QueryParam("saved") String saved) {
        Viewer viewer = currentUser.require();
        Institution institution = service.get(viewer, id);
        return html(200, Templates.institution(formPage(institution, Form.of(institution), access.mayManage(viewer),
                saved != null), List.of()));
    }

    @POST
    @Path("/{institutionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Save an institution (form; an institution admin: its name only)")
    public Response save(@PathParam("institutionId") long id, @FormParam("code") String code,
            @FormParam("name") String name, @FormParam("kind") String kind, @FormParam("aimag") String aimag,
            @FormParam("soum") String soum, @FormParam("addSoum") String addSoum) {
        Viewer viewer = currentUser.require();
        Institution institution = service.get(viewer, id);
        boolean manage = access.mayManage(viewer);
        // An institution admin's form has the name only: the rest stays as it is.
        Form form = manage ? form(code, name, kind, aimag, soum, addSoum)
                : new Form(institution.code(), name == null ? "" : name, institution.kind().name(),
                        institution.aimag(), institution.soum(), false);
        try {
            service.edit(viewer, id, form.input());
            return seeOther("/admin/institutions/" + id + "?saved=1");
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            return html(400, Templates.institution(formPage(service.get(viewer, id), form, manage, false),
                    e.formErrors()));
        }
    }

    @POST
    @Path("/{institutionId}/retire")
    @Operation(summary = "Retire an institution (form)")
    public Response retire(@PathParam("institutionId") long id) {
        service.retire(currentUser.require(), id, true);
        return seeOther("/admin/institutions/" + id);
    }

    @POST
    @Path("/{institutionId}/unretire")
    @Operation(summary = "Put a retired institution back in use (form)")
    public Response unretire(@PathParam("institutionId") long id) {
        service.retire(currentUser.require(), id, false);
        return seeOther("/admin/institutions/" + id);
    }

    @POST
    @Path("/{institutionId}/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Merge an institution into another, named by its code (form)")
    public Response merge(@PathParam("institutionId") long id, @FormParam("into") String into) {
        Viewer viewer = currentUser.require();
        access.requireManage(viewer);
        Institution institution = service.get(viewer, id);
        String code = into == null ? "" : into.strip();
        try {
            Institution kept = service.byCode(List.of(code.toLowerCase(java.util.Locale.ROOT))).values().stream()
                    .findFirst().orElseThrow(() -> DomainException.invalid("into", "There is no institution with this code."));
            service.merge(viewer, id, kept.id());
            return seeOther("/admin/institutions/" + id);
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            FormPage page = formPage(institution, Form.of(institution), true, false);
            page = new FormPage(page.id(), page.title(), page.form(), page.kinds(), page.aimags(), page.soums(),
                    page.canManage(), page.retired(), page.retiredOn(), page.mergedInto(), false, code);
            return html(400, Templates.institution(page, e.formErrors()));
        }
    }

    private FormPage formPage(Institution institution, Form form, boolean manage, boolean saved) {
        AdminMessages text = pages.text();
        String title = institution == null ? text.institution_new_title() : text.institution_edit_title(institution.name());
        String mergedInto = null;
        if (institution != null && institution.mergedInto() != null) {
            Viewer viewer = currentUser.require();
            mergedInto = access.mayManage(viewer) ? service.get(viewer, institution.mergedInto()).name() : "";
        }
        return new FormPage(institution == null ? null : institution.id(), title, form,
                InstitutionPages.kinds(form.kind(), text), InstitutionPages.aimags(places, form.aimag(), pages.english()),
                manage ? places.soums() : List.of(), manage, institution != null && institution.retired(),
                institution == null || institution.retiredAt() == null ? null
                        : Formats.date(institution.retiredAt(), pages.locale()),
                mergedInto, saved, "");
    }

    private static Form form(String code, String name, String kind, String aimag, String soum, String addSoum) {
        return new Form(code == null ? "" : code, name == null ? "" : name, kind == null ? "" : kind,
                aimag == null ? "" : aimag, soum == null ? "" : soum, addSoum != null);
    }

    private static String state(Institution i, AdminMessages text) {
        if (i.mergedInto() != null) {
            return text.institutions_retired();
        }
        return i.retired() ? text.institutions_retired() : text.institutions_active();
    }

    private Response html(int status, TemplateInstance page) {
        return pages.html(status, page);
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
