package org.surgalt.course;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.PUT;
import org.surgalt.authoring.DraftService;
import jakarta.transaction.Transactional;
import org.surgalt.platform.DomainException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.surgalt.course.CourseJson.CourseInput;
import org.surgalt.course.CourseJson.Detail;
import org.surgalt.course.CourseJson.ItemDetail;
import org.surgalt.course.CourseJson.ItemChange;
import org.surgalt.course.CourseJson.ItemInput;
import org.surgalt.course.CourseJson.Module;
import org.surgalt.course.CourseJson.ModuleInput;
import org.surgalt.course.CourseJson.Summary;
import org.surgalt.identity.CurrentUser;
import org.surgalt.web.MarkdownRenderer;

@Path("/api/courses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Courses")
public class CourseApiResource {

    private final CourseService courses;
    private final CurrentUser currentUser;
    private final DraftService drafts;
    private final ItemAccess itemAccess;
    private final MarkdownRenderer markdown;
    private final CurrentVersions currentVersions;

    CourseApiResource(CourseService courses, CurrentUser currentUser, DraftService drafts, ItemAccess itemAccess,
            MarkdownRenderer markdown, CurrentVersions currentVersions) {
        this.currentVersions = currentVersions;
        this.markdown = markdown;
        this.drafts = drafts;
        this.itemAccess = itemAccess;
        this.courses = courses;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "The catalogue: every course with its number of modules")
    public List<Summary> list() {
        currentUser.require();
        return courses.catalogue().stream().map(Summary::of).toList();
    }

    @POST
    @Operation(summary = "Create a course (without modules)")
    @Transactional // the response shows the draft as saved, read in the same transaction
    public RestResponse<Detail> create(@NotNull @Valid CourseInput input, UriInfo uri) {
        Course course = courses.create(currentUser.require(), input.toNewCourse());
        return RestResponse.ResponseBuilder.<Detail>created(location(uri, course.id()))
                .entity(Detail.of(CourseContent.ofDraft(course))).build();
    }

    @GET
    @Path("/{courseId}")
    @Operation(summary = "A course with its modules and their items: the published version, or ?version=draft|N for its authors and reviewers")
    public Detail get(@PathParam("courseId") long courseId, @QueryParam("version") String version) {
        return Detail.of(content(courseId, version));
    }

    @GET
    @Path("/{courseId}/modules")
    @Operation(summary = "The modules of a course, in order (?version as for the course)")
    public List<Module> modules(@PathParam("courseId") long courseId, @QueryParam("version") String version) {
        return content(courseId, version).modules().stream().map(Module::of).toList();
    }

    @POST
    @Path("/{courseId}/modules")
    @Operation(summary = "Append a module to a course's draft")
    @Transactional // the response shows the draft as saved, read in the same transaction
    public RestResponse<Module> addModule(@PathParam("courseId") long courseId, @NotNull @Valid ModuleInput input,
            UriInfo uri) {
        CourseModule module = courses.addModule(currentUser.require(), courseId, input.title().toDomain());
        Module created = Module.of(CourseContent.ofDraft(module.course()).module(module.id()).orElseThrow());
        return RestResponse.ResponseBuilder.<Module>created(location(uri, module.id())).entity(created).build();
    }

    @GET
    @Path("/{courseId}/modules/{moduleId}")
    @Operation(summary = "A module with its items (?version as for the course)")
    public Module module(@PathParam("courseId") long courseId, @PathParam("moduleId") long moduleId,
            @QueryParam("version") String version) {
        return Module.of(moduleOf(content(courseId, version), moduleId));
    }

    @GET
    @Path("/{courseId}/modules/{moduleId}/items")
    @Operation(summary = "The items of a module, in order, with their content (?version as for the course); "
            + "a learner's items of a module not open yet are listed locked, without their content")
    public List<ItemDetail> items(@PathParam("courseId") long courseId, @PathParam("moduleId") long moduleId,
            @QueryParam("version") String version) {
        ItemAccess.Reading reading = reading(courseId, version);
        CourseContent content = reading.content();
        return moduleOf(content, moduleId).items().stream()
                .map(item -> reading.mayRead(item) ? ItemDetail.of(content, item) : ItemDetail.locked(content, item))
                .toList();
    }

    @POST
    @Path("/{courseId}/modules/{moduleId}/items")
    @Operation(summary = "Append an item to a module of a course's draft")
    @Transactional // the response shows the draft as saved, read in the same transaction
    public RestResponse<ItemDetail> addItem(@PathParam("courseId") long courseId,
            @PathParam("moduleId") long moduleId, @NotNull @Valid ItemInput input, UriInfo uri) {
        Item item = courses.addItem(currentUser.require(), courseId, moduleId, input.toNewItem());
        CourseContent draft = CourseContent.ofDraft(item.module().course());
        return RestResponse.ResponseBuilder.<ItemDetail>created(location(uri, item.id()))
                .entity(ItemDetail.of(draft, draft.item(item.id()).orElseThrow())).build();
    }

    @GET
    @Path("/{courseId}/modules/{moduleId}/items/{itemId}")
    @Operation(summary = "One item with its content (?version as for the course); 403 for a learner while its module is not open")
    public ItemDetail item(@PathParam("courseId") long courseId, @PathParam("moduleId") long moduleId,
            @PathParam("itemId") long itemId, @QueryParam("version") String version) {
        ItemAccess.Reading reading = reading(courseId, version);
        CourseContent content = reading.content();
        CourseContent.ItemContent item = moduleOf(content, moduleId).items().stream()
                .filter(candidate -> candidate.id() == itemId).findFirst()
                .orElseThrow(() -> DomainException.notFound("item", itemId));
        reading.requireMayRead(item);
        return ItemDetail.of(content, item);
    }

    @PUT
    @Path("/{courseId}/modules/{moduleId}")
    @Transactional // the response shows the draft as saved, read in the same transaction
    @Operation(summary = "Rename a draft module and set the module it opens after (prerequisite)")
    public Module editModule(@PathParam("courseId") long courseId, @PathParam("moduleId") long moduleId,
            @NotNull @Valid ModuleInput input) {
        drafts.editModule(currentUser.require(), courseId, moduleId, input.title().toDomain(), input.prerequisite());
        return Module.of(moduleOf(CourseContent.ofDraft(courses.course(courseId)), moduleId));
    }

    @PUT
    @Path("/{courseId}/modules/{moduleId}/items/{itemId}")
    @Transactional // the response shows the draft as saved, read in the same transaction
    @Operation(summary = "Change a draft item; 'version' is the one the change is based on (409 when someone saved since)")
    public ItemDetail editItem(@PathParam("courseId") long courseId, @PathParam("moduleId") long moduleId,
            @PathParam("itemId") long itemId, @NotNull @Valid ItemChange input) {
        var viewer = currentUser.require();
        drafts.editItem(viewer, courseId, itemId, input.version(), input.title().toDomain(),
                CourseJson.Text.toDomain(input.body()), input.url(),
                Completion.fromId(input.completion() == null ? "" : input.completion()).orElseThrow(() ->
                        DomainException.invalid("completion",
                                "must be one of viewed, submitted, passed, attended, completed, completed_passed")),
                input.minScore(), input.required());
        if (input.upload() != null && !input.upload().isBlank()) {
            drafts.attachUpload(viewer, courseId, itemId, input.upload().strip());
        }
        CourseContent draft = CourseContent.ofDraft(courses.course(courseId));
        CourseContent.ItemContent saved = draft.item(itemId).orElseThrow();
        List<CourseJson.Removed> removed = new java.util.ArrayList<>();
        for (String language : List.of("en", "mn")) {
            String text = "en".equals(language) ? saved.body().en() : saved.body().mn();
            for (MarkdownRenderer.Removal removal : markdown.removals(text)) {
                boolean attribute = removal.on() != null;
                removed.add(new CourseJson.Removed(language, removal.reason().name().toLowerCase(java.util.Locale.ROOT),
                        attribute ? removal.on() : removal.name(), attribute ? removal.name() : null,
                        removal.message(viewer.locale())));
            }
        }
        return ItemDetail.of(draft, saved).withRemovals(removed);
    }

    private CourseContent content(long courseId, String version) {
        if (version == null || version.isBlank() || "current".equals(version)) {
            return currentVersions.readable(currentUser.require(), courseId);
        }
        return courses.content(currentUser.require(), courses.course(courseId), version);
    }

    private ItemAccess.Reading reading(long courseId, String version) {
        var viewer = currentUser.require();
        Course course = courses.course(courseId);
        return itemAccess.reading(viewer, course, courses.content(viewer, course, version));
    }

    private static CourseContent.ModuleContent moduleOf(CourseContent content, long moduleId) {
        return content.module(moduleId).orElseThrow(() -> DomainException.notFound("module", moduleId));
    }

    private static URI location(UriInfo uri, long id) {
        return uri.getAbsolutePathBuilder().path(Long.toString(id)).build();
    }
}
