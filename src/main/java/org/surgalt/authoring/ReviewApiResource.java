package org.surgalt.authoring;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.surgalt.course.Course;
import org.surgalt.course.CourseAccess;
import org.surgalt.course.CourseService;
import org.surgalt.identity.CurrentUser;

/** Peer review of a course's draft over the API: submit, comment, approve, ask for changes, withdraw. */
@Path("/api/courses/{courseId}/review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Authoring")
public class ReviewApiResource {

    private final PublishingService publishing;
    private final CourseService courses;
    private final CourseAccess access;
    private final CurrentUser currentUser;

    ReviewApiResource(PublishingService publishing, CourseService courses, CourseAccess access,
            CurrentUser currentUser) {
        this.publishing = publishing;
        this.courses = courses;
        this.access = access;
        this.currentUser = currentUser;
    }

    @GET
    @Transactional
    @Operation(summary = "The draft's workflow state and its latest review with approvals and comments")
    public ReviewView get(@PathParam("courseId") long courseId) {
        Course course = courses.course(courseId);
        access.requireCanReview(currentUser.require(), course);
        return ReviewView.of(course, publishing.latestReview(course).orElse(null), publishing.approvalsRequired());
    }

    @POST
    @Transactional
    @Operation(summary = "Send the draft to review; it cannot change until the review ends")
    public ReviewView submit(@PathParam("courseId") long courseId) {
        publishing.submit(currentUser.require(), courseId);
        return get(courseId);
    }

    @POST
    @Path("approvals")
    @Transactional
    @Operation(summary = "Approve the draft in review (reviewers other than the submitter)")
    public ReviewView approve(@PathParam("courseId") long courseId) {
        publishing.approve(currentUser.require(), courseId);
        return get(courseId);
    }

    @POST
    @Path("comments")
    @Transactional
    @Operation(summary = "Comment on the draft in review, or on one of its items")
    public ReviewView comment(@PathParam("courseId") long courseId, @NotNull @Valid CommentInput input) {
        publishing.comment(currentUser.require(), courseId, input.item(), input.body());
        return get(courseId);
    }

    @POST
    @Path("change-requests")
    @Transactional
    @Operation(summary = "Ask for changes: closes the review with the reason and opens the draft again")
    public ReviewView requestChanges(@PathParam("courseId") long courseId, @NotNull @Valid CommentInput input) {
        publishing.requestChanges(currentUser.require(), courseId, input.body());
        return get(courseId);
    }

    @POST
    @Path("withdrawal")
    @Transactional
    @Operation(summary = "Withdraw the draft from review")
    public ReviewView withdraw(@PathParam("courseId") long courseId) {
        publishing.withdraw(currentUser.require(), courseId);
        return get(courseId);
    }

    /** {@code item}: the id of the item commented on; absent for the whole draft. */
    public record CommentInput(Long item, String body) {
    }

    public record ReviewView(String workflowState, Integer publishedVersion, int approvalsRequired, Review review) {
        static ReviewView of(Course course, CourseReview review, int required) {
            return new ReviewView(course.workflowState().name().toLowerCase(), course.publishedVersion().orElse(null),
                    required, review == null ? null : Review.of(review));
        }
    }

    public record Review(long id, String state, long submittedBy, Instant submittedAt, List<Long> approvedBy,
            List<Comment> comments) {
        static Review of(CourseReview review) {
            return new Review(review.id(), review.state().name().toLowerCase(), review.submittedBy(),
                    review.submittedAt(), review.approvals().stream().map(ReviewApproval::reviewerId).toList(),
                    review.comments().stream().map(c -> new Comment(c.authorId(), c.itemId(), c.body(), c.createdAt()))
                            .toList());
        }
    }

    public record Comment(long author, Long item, String body, Instant at) {
    }

}
