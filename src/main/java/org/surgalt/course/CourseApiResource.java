package org.surgalt.course;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.surgalt.course.CourseJson.ItemInput;
import org.surgalt.course.CourseJson.Module;
import org.surgalt.course.CourseJson.ModuleInput;
import org.surgalt.course.CourseJson.Summary;
import org.surgalt.identity.CurrentUser;

@Path("/api/courses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Courses")
public class CourseApiResource {

    private final CourseService courses;
    private final CurrentUser currentUser;

    CourseApiResource(CourseService courses, CurrentUser currentUser) {
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
    public RestResponse<Detail> create(@NotNull @Valid CourseInput input, UriInfo uri) {
        Course course = courses.create(currentUser.require(), input.toNewCourse());
        return RestResponse.ResponseBuilder.<Detail>created(location(uri, course.id())).entity(Detail.of(course)).build();
    }

    @GET
    @Path("/{courseId}")
    @Operation(summary = "A course with its modules and their items")
    public Detail get(@PathParam("courseId") long courseId) {
        return Detail.of(courses.readable(currentUser.require(), courseId));
    }

    @GET
    @Path("/{courseId}/modules")
    @Operation(summary = "The modules of a course, in order")
    public List<Module> modules(@PathParam("courseId") long courseId) {
        return courses.readable(currentUser.require(), courseId).modules().stream().map(Module::of).toList();
    }

    @POST
    @Path("/{courseId}/modules")
    @Operation(summary = "Append a module to a course")
    public RestResponse<Module> addModule(@PathParam("courseId") long courseId, @NotNull @Valid ModuleInput input,
            UriInfo uri) {
        CourseModule module = courses.addModule(currentUser.require(), courseId, input.title().toDomain());
        return RestResponse.ResponseBuilder.<Module>created(location(uri, module.id())).entity(Module.of(module)).build();
    }

    @GET
    @Path("/{courseId}/modules/{moduleId}")
    @Operation(summary = "A module with its items")
    public Module module(@PathParam("courseId") long courseId, @PathParam("moduleId") long moduleId) {
        return Module.of(courses.module(currentUser.require(), courseId, moduleId));
    }

    @GET
    @Path("/{courseId}/modules/{moduleId}/items")
    @Operation(summary = "The items of a module, in order, with their content")
    public List<ItemDetail> items(@PathParam("courseId") long courseId, @PathParam("moduleId") long moduleId) {
        return courses.module(currentUser.require(), courseId, moduleId).items().stream().map(ItemDetail::of).toList();
    }

    @POST
    @Path("/{courseId}/modules/{moduleId}/items")
    @Operation(summary = "Append an item to a module")
    public RestResponse<ItemDetail> addItem(@PathParam("courseId") long courseId,
            @PathParam("moduleId") long moduleId, @NotNull @Valid ItemInput input, UriInfo uri) {
        Item item = courses.addItem(currentUser.require(), courseId, moduleId, input.toNewItem());
        return RestResponse.ResponseBuilder.<ItemDetail>created(location(uri, item.id())).entity(ItemDetail.of(item)).build();
    }

    @GET
    @Path("/{courseId}/modules/{moduleId}/items/{itemId}")
    @Operation(summary = "One item with its content")
    public ItemDetail item(@PathParam("courseId") long courseId, @PathParam("moduleId") long moduleId,
            @PathParam("itemId") long itemId) {
        return ItemDetail.of(courses.item(currentUser.require(), courseId, moduleId, itemId));
    }

    private static URI location(UriInfo uri, long id) {
        return uri.getAbsolutePathBuilder().path(Long.toString(id)).build();
    }
}
