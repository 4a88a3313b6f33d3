package org.surgalt.assignment.grading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.surgalt.notification.FeedbackReleased;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.surgalt.identity.AuditLog;
import java.util.Optional;
import java.util.stream.Collectors;
import org.surgalt.assignment.Assignment;
import org.surgalt.assignment.AssignmentService;
import org.surgalt.assignment.CriterionScore;
import org.surgalt.assignment.RubricCriterion;
import org.surgalt.assignment.RubricLevel;
import org.surgalt.assignment.Submission;
import org.surgalt.assignment.SubmissionFile;
import org.surgalt.assignment.SubmissionRepository;
import org.surgalt.assignment.SubmissionService;
import org.surgalt.content.UploadService;
import org.surgalt.course.Course;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseService;
import org.surgalt.course.Item;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.progress.CompletionFact;
import org.surgalt.progress.ProgressService;

/**
 * Grading: the queue of handed-in work of a course, grading it (a rubric or plain points, with
 * written feedback and files), and releasing grades to learners. Grading is a GRADED fact; a
 * released grade at or above the item's minimum score is a PASSED fact with the percentage.
 */
@ApplicationScoped
public class GradingService {

    private final AssignmentService assignments;
    private final CourseService courses;
    private final SubmissionRepository submissions;
    private final UploadService uploads;
    private final ProgressService progress;
    private final IdentityService identity;
    private final AuditLog audit;
    private final org.surgalt.assignment.SubmissionTeams teams;

    // Observed inside this transaction by notification/: the email goes out once it commits.
    private final Event<FeedbackReleased> feedbackReleased;

    GradingService(AssignmentService assignments, CourseService courses, SubmissionRepository submissions,
            UploadService uploads, ProgressService progress, IdentityService identity,
            Event<FeedbackReleased> feedbackReleased, AuditLog audit, org.surgalt.assignment.SubmissionTeams teams) {
        this.teams = teams;
        this.audit = audit;
        this.feedbackReleased = feedbackReleased;
        this.assignments = assignments;
        this.courses = courses;
        this.submissions = submissions;
        this.uploads = uploads;
        this.progress = progress;
        this.identity = identity;
    }

    /** Which submissions a grader wants to see; null means any. */
    public record Filter(Long moduleId, Long itemId, Submission.State state, Boolean late, Boolean released) {
        public static final Filter ALL = new Filter(null, null, null, null, null);
    }

    /** A submission with what a grader needs around it: the course version, the learner's name, the settings. */
    public record Graded(CourseContent content, Submission submission, String learner, Assignment settings,
            Optional<ItemContent> item) {
    }

    @Transactional
    public Queue queue(Viewer viewer, Course course, Filter filter) {
        assignments.requireCanGrade(viewer, course);
        CourseContent content = courses.content(viewer, course, null);
        List<Submission> found = submissions.queue(course.id(), filter.moduleId(), filter.itemId(), filter.state(),
                filter.late(), filter.released());
        Map<Long, String> names = identity.displayNames(found.stream().map(Submission::learnerId)
                .collect(Collectors.toSet()));
        Map<Long, String> teamNames = new java.util.HashMap<>();
        found.stream().filter(s -> s.teamId() != null).forEach(s -> teamNames.put(s.id(), teams.teamName(s)));
        return new Queue(content, found, names, teamNames);
    }

    /** {@code teams}: the team's name by submission, for a team's submissions (issue 22). */
    public record Queue(CourseContent content, List<Submission> submissions, Map<Long, String> learners,
            Map<Long, String> teams) {

        /** Who handed it in, as graders see it: the learner, or the team and the member who started it. */
        public String name(Submission submission) {
            return label(teams.getOrDefault(submission.id(), ""), learners.getOrDefault(submission.learnerId(), ""));
        }
    }

    private static String label(String team, String learner) {
        return team.isEmpty() ? learner : team + " (" + learner + ")";
    }

    @Transactional
    public Graded submission(Viewer viewer, Course course, long submissionId) {
        assignments.requireCanGrade(viewer, course);
        Submission submission = submissions.inCourse(course.id(), submissionId)
                .filter(found -> found.state() != Submission.State.DRAFT || found.attempts() > 0)
                .orElseThrow(() -> DomainException.notFound("submission", submissionId));
        submission.files().stream().filter(SubmissionFile::isPending)
                .forEach(uploads::settle);
        return graded(viewer, course, submission);
    }

    /** A grade as a grader gives it: a level (its index) for each criterion of the rubric, or plain points. */
    public record Grade(long expectedVersion, List<Integer> levels, Integer points, String feedback) {
    }

    @Transactional
    public Graded grade(Viewer viewer, Course course, long submissionId, Grade grade) {
        assignments.requireCanGrade(viewer, course);
        Submission submission = submissions.inCourseLocked(course.id(), submissionId)
                .orElseThrow(() -> DomainException.notFound("submission", submissionId));
        Assignment settings = assignments.settings(course.id(), submission.itemId());
        Scored scored = scored(settings, grade.levels(), grade.points());
        return record(viewer, course, submission, grade.expectedVersion(), scored.points(), settings.maxPoints(),
                scored.scores(), grade.feedback());
    }

    /** Points and the rubric levels they come from (none without a rubric). */
    public record Scored(int points, List<CriterionScore> scores) {
    }

    /** A level (its index) per criterion with a rubric, else plain points: what a grade or an assessment gives. */
    public static Scored scored(Assignment settings, List<Integer> levels, Integer points) {
        if (settings.hasRubric()) {
            List<CriterionScore> scores = scores(settings.rubric(), levels);
            return new Scored(scores.stream().mapToInt(CriterionScore::points).sum(), scores);
        }
        if (points == null) {
            throw DomainException.invalid("points", "is required: from 0 to " + settings.maxPoints());
        }
        return new Scored(points, List.of());
    }

    /**
     * A grade worked out elsewhere (peer assessment's combined grade, in points out of the
     * assignment's maximum): recorded, audited and counted exactly as a grader's grade is.
     */
    @Transactional
    public Graded gradeCombined(Viewer viewer, Course course, long submissionId, int points, String feedback) {
        assignments.requireCanGrade(viewer, course);
        Submission submission = submissions.inCourseLocked(course.id(), submissionId)
                .orElseThrow(() -> DomainException.notFound("submission", submissionId));
        Assignment settings = assignments.settings(course.id(), submission.itemId());
        return record(viewer, course, submission, submission.version(), points, settings.maxPoints(),
                List.of(), feedback);
    }

    private Graded record(Viewer viewer, Course course, Submission submission, long expectedVersion, int points,
            int maxPoints, List<CriterionScore> scores, String feedback) {
        Map<String, Object> before = audited(submission);
        submission.grade(expectedVersion, viewer.userId(), points, maxPoints, scores, feedback, Instant.now());
        submissions.flush();
        audit.record(AuditLog.by(viewer, "submission.grade").object("submission", submission.id())
                .person(submission.learnerId()).before(before).after(audited(submission)));
        Graded graded = graded(viewer, course, submission);
        // Graded once, counted for each member of a team (issue 22).
        graded.item().ifPresent(item -> teams.countsFor(submission, submission.learnerId()).forEach(member ->
                progress.record(member, graded.content(), item, CompletionFact.Kind.GRADED, null, "assignment")));
        if (submission.released()) {
            recordPass(graded);
        }
        return graded;
    }

    /** What the audit log keeps of a grade: its points, feedback and state (not the learner's text). */
    private static Map<String, Object> audited(Submission submission) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("state", submission.state().name());
        state.put("points", submission.points());
        state.put("maxPoints", submission.maxPoints());
        state.put("feedback", submission.feedback());
        state.put("scores", submission.scores().stream().map(s -> s.criterion() + ": " + s.level()).toList());
        state.put("released", submission.released());
        return state;
    }

    /** Levels by index, one per criterion; anything else (a forged index, a missing criterion) is refused. */
    private static List<CriterionScore> scores(List<RubricCriterion> rubric, List<Integer> levels) {
        if (levels == null || levels.size() != rubric.size()) {
            throw DomainException.invalid("levels", "must choose one level for each of the rubric's "
                    + rubric.size() + " criteria");
        }
        List<CriterionScore> scores = new ArrayList<>();
        for (int i = 0; i < rubric.size(); i++) {
            RubricCriterion criterion = rubric.get(i);
            Integer index = levels.get(i);
            if (index == null || index < 0 || index >= criterion.levels().size()) {
                throw DomainException.invalid("levels[" + i + "]", "must be one of the levels of \""
                        + criterion.title() + "\"");
            }
            RubricLevel level = criterion.levels().get(index);
            scores.add(new CriterionScore(criterion.title(), level.title(), level.points(), criterion.maxPoints()));
        }
        return scores;
    }

    @Transactional
    public Graded release(Viewer viewer, Course course, long submissionId) {
        assignments.requireCanGrade(viewer, course);
        Submission submission = submissions.inCourseLocked(course.id(), submissionId)
                .orElseThrow(() -> DomainException.notFound("submission", submissionId));
        Graded graded = graded(viewer, course, submission);
        Map<String, Object> before = audited(submission);
        if (submission.release(Instant.now())) {
            audit.record(AuditLog.by(viewer, "submission.release").object("submission", submission.id())
                    .person(submission.learnerId()).before(before).after(audited(submission)));
            recordPass(graded);
            released(submission);
        }
        submissions.flush();
        return graded;
    }

    /** Releases every graded, unreleased submission of the course (of one assignment, if {@code itemId}). */
    @Transactional
    public int releaseAll(Viewer viewer, Course course, Long itemId) {
        assignments.requireCanGrade(viewer, course);
        int released = 0;
        for (Submission submission : submissions.queue(course.id(), null, itemId, Submission.State.GRADED, null,
                false)) {
            Map<String, Object> before = audited(submission);
            if (submission.release(Instant.now())) {
                audit.record(AuditLog.by(viewer, "submission.release").object("submission", submission.id())
                        .person(submission.learnerId()).before(before).after(audited(submission)));
                recordPass(graded(viewer, course, submission));
                released(submission);
                released++;
            }
        }
        submissions.flush();
        return released;
    }

    @Transactional
    public SubmissionFile addFeedbackFile(Viewer viewer, Course course, long submissionId, String uploadId) {
        assignments.requireCanGrade(viewer, course);
        if (uploadId == null || uploadId.isBlank()) {
            throw DomainException.invalid("upload", "is required: choose a file and upload it");
        }
        Submission submission = submissions.inCourseLocked(course.id(), submissionId)
                .orElseThrow(() -> DomainException.notFound("submission", submissionId));
        SubmissionFile file = SubmissionService.pendingFile(viewer, SubmissionFile.Purpose.FEEDBACK,
                uploadId.strip(), uploads);
        submission.addFeedbackFile(file, Instant.now());
        submissions.flush();
        audit.record(AuditLog.by(viewer, "submission.attach_feedback").object("submission", submission.id())
                .person(submission.learnerId()).after(Map.of("file", file.filename())));
        return file;
    }

    @Transactional
    public Item.AttachedFile file(Viewer viewer, Course course, long submissionId, long fileId) {
        assignments.requireCanGrade(viewer, course);
        return submissions.inCourse(course.id(), submissionId).flatMap(submission -> submission.file(fileId))
                .filter(SubmissionFile::isReady).map(SubmissionFile::asAttachedFile)
                .orElseThrow(() -> DomainException.notFound("file", fileId));
    }

    private Graded graded(Viewer viewer, Course course, Submission submission) {
        CourseContent content = courses.content(viewer, course, null);
        String learner = identity.displayNames(List.of(submission.learnerId())).getOrDefault(submission.learnerId(), "");
        return new Graded(content, submission, label(teams.teamName(submission), learner), assignments.settings(course.id(), submission.itemId()),
                content.item(submission.itemId()));
    }

    /** A released grade at or above the item's minimum score passes it (an item removed since counts for nothing). */
    private void recordPass(Graded graded) {
        Submission submission = graded.submission();
        graded.item().ifPresent(item -> submission.percent()
                .filter(percent -> item.minScore() != null && percent >= item.minScore())
                .ifPresent(percent -> teams.countsFor(submission, submission.learnerId()).forEach(member ->
                        progress.record(member, graded.content(), item, CompletionFact.Kind.PASSED, percent,
                                "assignment"))));
    }

    /** Each person the work counts for hears that its feedback is out. */
    private void released(Submission submission) {
        teams.countsFor(submission, submission.learnerId()).forEach(member -> feedbackReleased.fire(
                new FeedbackReleased(member, submission.courseId(), submission.itemId())));
    }
}
