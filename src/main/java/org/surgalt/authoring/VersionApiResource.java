package org.surgalt.authoring;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.surgalt.course.Course;
import org.surgalt.course.CourseAccess;
import org.surgalt.course.CourseService;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;

/** Published versions over the API: publish the approved draft, list versions, compare two. */
@Path("/api/courses/{courseId}/versions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authoring")
public class VersionApiResource {

    private final PublishingService publishing;
    private final PublishedContent published;
    private final CourseService courses;
    private final CurrentUser currentUser;
    private final CourseAccess access;

    VersionApiResource(PublishingService publishing, PublishedContent published, CourseService courses,
            CurrentUser currentUser, CourseAccess access) {
        this.access = access;
        this.publishing = publishing;
        this.published = published;
        this.courses = courses;
        this.currentUser = currentUser;
    }

    @POST
    @Operation(summary = "Publish the draft (approved in review, unless no approvals are required) as a new version")
    public RestResponse<VersionView> publish(@PathParam("courseId") long courseId, UriInfo uri) {
        CourseVersion version = publishing.publish(currentUser.require(), courseId);
        return RestResponse.ResponseBuilder.<VersionView>created(
                uri.getAbsolutePathBuilder().path(Integer.toString(version.number())).build())
                .entity(VersionView.of(version)).build();
    }

    @GET
    @Transactional
    @Operation(summary = "The course's published versions, newest first (authors and reviewers)")
    public List<VersionView> list(@PathParam("courseId") long courseId) {
        Viewer viewer = currentUser.require();
        Course course = courses.course(courseId);
        access.requireCanReview(viewer, course);
        return published.versions(course).stream().map(VersionView::of).toList();
    }

    @GET
    @Path("{from}/diff/{to}")
    @Transactional
    @Operation(summary = "What changed from one version to another; either may be a number or draft")
    public VersionDiff diff(@PathParam("courseId") long courseId, @PathParam("from") String from,
            @PathParam("to") String to) {
        Viewer viewer = currentUser.require();
        Course course = courses.course(courseId);
        return VersionDiff.between(courses.content(viewer, course, from), courses.content(viewer, course, to));
    }

    public record VersionView(int number, Instant publishedAt, Long publishedBy) {
        static VersionView of(CourseVersion version) {
            return new VersionView(version.number(), version.publishedAt(), version.publishedBy());
        }
    }
}
