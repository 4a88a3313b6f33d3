package org.surgalt.assignment.peer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.surgalt.assignment.AssignmentJson.FileView;
import org.surgalt.assignment.CriterionScore;
import org.surgalt.content.AssetStore;
import org.surgalt.course.Course;
import org.surgalt.course.CourseService;
import org.surgalt.course.ItemFileResource;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/** Peer assessment over the API: settings and results for graders, allocations and received feedback for learners. */
@Path("/api/courses/{courseId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Peer assessment")
public class PeerApiResource {

    private final PeerService peers;
    private final PeerAssessingService assessing;
    private final PeerGradingService grades;
    private final CourseService courses;
    private final CurrentUser currentUser;
    private final AssetStore store;

    PeerApiResource(PeerService peers, PeerAssessingService assessing, PeerGradingService grades,
            CourseService courses, CurrentUser currentUser, AssetStore store) {
        this.peers = peers;
        this.assessing = assessing;
        this.grades = grades;
        this.courses = courses;
        this.currentUser = currentUser;
        this.store = store;
    }

    /** {@code allocation}: random or other_school; weights are percentages; the rule is stated in {@code rule}. */
    public record SettingsView(long itemId, boolean enabled, int peers, String allocation, boolean anonymous,
            Instant assessUntil, int teacherWeight, int assessingWeight, String state, String rule, long version) {

        static SettingsView of(PeerSettings s) {
            return new SettingsView(s.itemId(), s.enabled(), s.peers(), s.allocation().name().toLowerCase(Locale.ROOT),
                    s.anonymous(), s.assessUntil(), s.teacherWeight(), s.assessingWeight(),
                    s.state().name().toLowerCase(Locale.ROOT), PeerApiResource.rule(s), s.version());
        }
    }

    static String rule(PeerSettings s) {
        return "score = " + s.teacherWeight() + "% teacher + " + (100 - s.teacherWeight())
                + "% median of peers (the teacher's alone without peer assessments, the peers' alone without the "
                + "teacher's, flagged for the teacher without either); final = " + (100 - s.assessingWeight())
                + "% score + " + s.assessingWeight() + "% share of allocated assessments done";
    }

    public record SettingsInput(@NotNull Long version, boolean enabled, Integer peers, String allocation,
            boolean anonymous, Instant assessUntil, Integer teacherWeight, Integer assessingWeight) {
    }

    /** An allocation as its assessor sees it: never the author. */
    public record Allocated(long id, long itemId, Integer points, String comment, Instant assessedAt) {
        static Allocated of(PeerAssessment a) {
            return new Allocated(a.id(), a.itemId(), a.points(), a.comment(), a.assessedAt());
        }
    }

    public record Work(long id, String body, List<FileView> files, boolean open, Integer points, String comment,
            List<Score> scores) {
    }

    public record Score(String criterion, String level, int points, int maxPoints) {
        static List<Score> of(List<CriterionScore> scores) {
            return scores.stream().map(s -> new Score(s.criterion(), s.level(), s.points(), s.maxPoints())).toList();
        }
    }

    public record AssessInput(List<Integer> levels, Integer points, String comment) {
    }

    public record OverrideInput(@NotNull Integer points, String reason) {
    }

    /** One assessment for the graders: the assessor is named (graders may know; learners never do when anonymous). */
    public record AssessmentRow(long id, long submissionId, long learnerId, String learner, long assessorId,
            String assessor, String role, boolean sameSchool, Integer points, Integer overridePoints,
            String overrideReason, String comment, Instant assessedAt) {
    }

    public record ResultRow(long submissionId, long learnerId, Integer score, Integer assessing, Integer finalGrade,
            boolean flagged) {
        static ResultRow of(PeerGradingService.Result r) {
            return new ResultRow(r.submissionId(), r.learnerId(), r.score().orElse(null), r.assessing().orElse(null),
                    r.finalGrade().orElse(null), r.finalGrade().isEmpty());
        }
    }

    public record OverviewView(SettingsView settings, List<AssessmentRow> assessments, List<ResultRow> results) {
    }

    public record FeedbackView(Integer points, String comment, List<Score> scores, String assessor) {
    }

    @GET
    @Path("assignments/{itemId}/peer")
    @Operation(summary = "The assignment's peer assessment settings and its declared grading rule (graders and authors)")
    public SettingsView settings(@PathParam("courseId") long courseId, @PathParam("itemId") long itemId) {
        return SettingsView.of(peers.settings(currentUser.require(), courses.course(courseId), itemId));
    }

    @PUT
    @Path("assignments/{itemId}/peer")
    @Operation(summary = "Change the peer assessment settings (authors); audited")
    public SettingsView change(@PathParam("courseId") long courseId, @PathParam("itemId") long itemId,
            @NotNull @Valid SettingsInput input) {
        return SettingsView.of(peers.change(currentUser.require(), courses.course(courseId), itemId,
                new PeerSettings.Change(input.version(), input.enabled(), input.peers() == null ? 3 : input.peers(),
                        allocation(input.allocation()), input.anonymous(), input.assessUntil(),
                        input.teacherWeight() == null ? 50 : input.teacherWeight(),
                        input.assessingWeight() == null ? 10 : input.assessingWeight())));
    }

    static PeerSettings.Allocation allocation(String text) {
        if (text == null || text.isBlank()) {
            return PeerSettings.Allocation.RANDOM;
        }
        try {
            return PeerSettings.Allocation.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("allocation", "must be random or other_school");
        }
    }

    @GET
    @Path("assignments/{itemId}/peer/assessments")
    @Operation(summary = "Every assessment and each submission's result by the declared rule (graders)")
    public OverviewView overview(@PathParam("courseId") long courseId, @PathParam("itemId") long itemId) {
        PeerGradingService.Overview o = grades.overview(currentUser.require(), courses.course(courseId), itemId);
        return new OverviewView(SettingsView.of(o.settings()), o.assessments().stream().map(a -> {
            long learner = o.authors().getOrDefault(a.submissionId(), 0L);
            return new AssessmentRow(a.id(), a.submissionId(), learner, o.names().get(learner), a.assessorId(),
                    o.names().get(a.assessorId()), a.role().name().toLowerCase(Locale.ROOT), a.sameSchool(),
                    a.points(), a.overridePoints(), a.overrideReason(), a.comment(), a.assessedAt());
        }).toList(), o.results().stream().map(ResultRow::of).toList());
    }

    @GET
    @Path("assignments/{itemId}/peer/export.csv")
    @Produces("text/csv")
    @Operation(summary = "The assessments as CSV (graders); an anonymous assessment's assessor is left out")
    public Response export(@PathParam("courseId") long courseId, @PathParam("itemId") long itemId) {
        PeerGradingService.Overview o = grades.overview(currentUser.require(), courses.course(courseId), itemId);
        return Response.ok(PeerCsv.of(o)).header("Content-Disposition",
                "attachment; filename=\"peer-assessments-" + itemId + ".csv\"").build();
    }

    @POST
    @Path("assignments/{itemId}/peer/finalise")
    @Operation(summary = "After the assessment deadline: grade each submission by the declared rule (graders)")
    public List<ResultRow> finalise(@PathParam("courseId") long courseId, @PathParam("itemId") long itemId) {
        return grades.finalise(currentUser.require(), courses.course(courseId), itemId).stream()
                .map(ResultRow::of).toList();
    }

    @POST
    @Path("submissions/{submissionId}/peer-assessment")
    @Operation(summary = "The teacher's own assessment of a submission (graders)")
    public Allocated teacherAssess(@PathParam("courseId") long courseId,
            @PathParam("submissionId") long submissionId, @NotNull AssessInput input) {
        return Allocated.of(assessing.teacherAssess(currentUser.require(), courses.course(courseId), submissionId,
                new PeerAssessingService.Given(input.levels(), input.points(), input.comment())));
    }

    @GET
    @Path("assignments/{itemId}/peer/mine")
    @Operation(summary = "The submissions allocated to the caller to assess")
    public List<Allocated> mine(@PathParam("courseId") long courseId, @PathParam("itemId") long itemId) {
        return assessing.mine(currentUser.require(), courses.course(courseId), itemId).stream()
                .map(Allocated::of).toList();
    }

    @GET
    @Path("assignments/{itemId}/peer/feedback")
    @Operation(summary = "The peers' feedback on the caller's submission, once its grade is released")
    public List<FeedbackView> feedback(@PathParam("courseId") long courseId, @PathParam("itemId") long itemId) {
        return grades.received(currentUser.require(), courses.course(courseId), itemId).stream()
                .map(f -> new FeedbackView(f.points(), f.comment(), Score.of(f.scores()), f.assessor())).toList();
    }

    @GET
    @Path("peer-assessments/{assessmentId}")
    @Operation(summary = "A submission allocated to the caller: its text and files, never its author")
    public Work work(@PathParam("courseId") long courseId, @PathParam("assessmentId") long assessmentId) {
        return work(assessing.toAssess(currentUser.require(), courses.course(courseId), assessmentId));
    }

    @POST
    @Path("peer-assessments/{assessmentId}")
    @Operation(summary = "Assess an allocated submission (a level per rubric criterion, or points), until the assessment deadline")
    public Work assess(@PathParam("courseId") long courseId, @PathParam("assessmentId") long assessmentId,
            @NotNull AssessInput input) {
        Viewer viewer = currentUser.require();
        Course course = courses.course(courseId);
        assessing.assess(viewer, course, assessmentId,
                new PeerAssessingService.Given(input.levels(), input.points(), input.comment()));
        return work(assessing.toAssess(viewer, course, assessmentId));
    }

    @GET
    @Path("peer-assessments/{assessmentId}/files/{fileId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a file of an allocated submission (always as an attachment)")
    public Response file(@PathParam("courseId") long courseId, @PathParam("assessmentId") long assessmentId,
            @PathParam("fileId") long fileId, @HeaderParam("Range") String range,
            @HeaderParam("If-None-Match") String ifNoneMatch) throws IOException {
        return ItemFileResource.serve(store, assessing.file(currentUser.require(), courses.course(courseId),
                assessmentId, fileId), range, ifNoneMatch);
    }

    @POST
    @Path("peer-assessments/{assessmentId}/override")
    @Operation(summary = "Override a peer's score; the reason is required and audited (graders)")
    public AssessmentRow override(@PathParam("courseId") long courseId, @PathParam("assessmentId") long assessmentId,
            @NotNull @Valid OverrideInput input) {
        PeerAssessment a = assessing.override(currentUser.require(), courses.course(courseId), assessmentId,
                input.points(), input.reason());
        return new AssessmentRow(a.id(), a.submissionId(), 0, null, a.assessorId(), null,
                a.role().name().toLowerCase(Locale.ROOT), a.sameSchool(), a.points(), a.overridePoints(),
                a.overrideReason(), a.comment(), a.assessedAt());
    }

    private static Work work(PeerAssessingService.ToAssess t) {
        PeerAssessment a = t.assessment();
        return new Work(a.id(), t.body(), t.files().stream().map(FileView::of).toList(), t.open(), a.points(),
                a.comment(), Score.of(a.scores()));
    }
}
