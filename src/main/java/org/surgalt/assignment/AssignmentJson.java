package org.surgalt.assignment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.surgalt.assignment.SubmissionService.Mine;
import org.surgalt.course.CourseJson.Text;

/** The JSON of the assignment API: times are UTC instants (ISO-8601). */
public final class AssignmentJson {

    private AssignmentJson() {
    }

    public record Level(@NotNull String title, int points) {
    }

    public record Criterion(@NotNull String title, String description, @NotNull List<@Valid Level> levels) {

        static Criterion of(RubricCriterion criterion) {
            return new Criterion(criterion.title(), criterion.description(),
                    criterion.levels().stream().map(level -> new Level(level.title(), level.points())).toList());
        }

        Assignment.NewCriterion toNew() {
            return new Assignment.NewCriterion(title, description,
                    levels.stream().map(level -> new Assignment.NewLevel(level.title(), level.points())).toList());
        }
    }

    /** An assignment's settings; {@code version} is what a change must name. */
    public record Settings(long itemId, Text title, Text instructions, Instant dueAt, Instant cutOffAt,
            boolean allowResubmission, int maxPoints, List<Criterion> rubric, long version, boolean teamSubmission) {

        static Settings of(AssignmentService.Published published) {
            Assignment settings = published.settings();
            return new Settings(published.item().id(), Text.of(published.item().title()),
                    Text.of(published.item().body()), settings.dueAt(), settings.cutOffAt(),
                    settings.allowResubmission(), settings.maxPoints(),
                    settings.rubric().stream().map(Criterion::of).toList(), settings.version(),
                    settings.teamSubmission());
        }

        static Settings of(AssignmentService.Draft draft) {
            Assignment settings = draft.settings();
            return new Settings(draft.item().id(), Text.of(draft.item().title()), Text.of(draft.item().body()),
                    settings.dueAt(), settings.cutOffAt(), settings.allowResubmission(), settings.maxPoints(),
                    settings.rubric().stream().map(Criterion::of).toList(), settings.version(),
                    settings.teamSubmission());
        }
    }

    /**
     * {@code maxPoints} counts only without a rubric; {@code version}: the settings' version that was edited;
     * {@code teamSubmission}: handed in by teams (left as it is when absent).
     */
    public record SettingsInput(@NotNull Long version, Instant dueAt, Instant cutOffAt, Boolean allowResubmission,
            Integer maxPoints, List<@Valid Criterion> rubric, Boolean teamSubmission) {

        AssignmentService.Change toChange() {
            return new AssignmentService.Change(version, dueAt, cutOffAt,
                    allowResubmission == null || allowResubmission, maxPoints,
                    rubric == null ? List.of() : rubric.stream().map(Criterion::toNew).toList(), teamSubmission);
        }
    }

    public record BodyInput(String body) {
    }

    public record UploadInput(@NotNull String upload) {
    }

    public record ExtensionInput(@NotNull Instant until) {
    }

    public record ExtensionView(long itemId, long learnerId, Instant until) {
    }

    /** {@code state}: pending (being checked), ready, or rejected with {@code reason}. */
    public record FileView(long id, String filename, String mediaType, String state, String reason) {

        public static FileView of(SubmissionFile file) {
            return new FileView(file.id(), file.filename(), file.mediaType(),
                    file.isReady() ? "ready" : file.isRejected() ? "rejected" : "pending", file.rejection());
        }
    }

    public record Score(String criterion, String level, int points, int maxPoints) {

        static Score of(CriterionScore score) {
            return new Score(score.criterion(), score.level(), score.points(), score.maxPoints());
        }
    }

    /** A grade as the learner sees it once released (and as graders always see it). */
    public record GradeView(int points, int maxPoints, int percent, String feedback, List<Score> rubric,
            List<FileView> files, Instant gradedAt, Instant releasedAt) {

        public static GradeView of(Submission submission) {
            return new GradeView(submission.points(), submission.maxPoints(), submission.percent().orElse(0),
                    submission.feedback(), submission.scores().stream().map(Score::of).toList(),
                    submission.files().stream().filter(file -> !file.isLearners()).map(FileView::of).toList(),
                    submission.gradedAt(), submission.releasedAt());
        }
    }

    /**
     * The learner's own submission (their team's: {@code team} names it, {@code teamMembers} who is in it);
     * {@code grade} stays null until the grade is released.
     */
    public record MySubmission(Long id, String state, String body, int attempts, Instant submittedAt, boolean late,
            Instant dueAt, Instant cutOffAt, boolean extended, List<FileView> files, GradeView grade, String team,
            List<String> teamMembers) {

        MySubmission(Long id, String state, String body, int attempts, Instant submittedAt, boolean late,
                Instant dueAt, Instant cutOffAt, boolean extended, List<FileView> files, GradeView grade) {
            this(id, state, body, attempts, submittedAt, late, dueAt, cutOffAt, extended, files, grade, null, List.of());
        }

        MySubmission ofTeam(Mine mine) {
            return mine.team().isEmpty() ? this : new MySubmission(id, state, body, attempts, submittedAt, late, dueAt,
                    cutOffAt, extended, files, grade, mine.team().get().name(), mine.teamMembers());
        }

        public static MySubmission of(Mine mine) {
            return mineAlone(mine).ofTeam(mine);
        }

        private static MySubmission mineAlone(Mine mine) {
            Submission submission = mine.submission().orElse(null);
            Submission.Rules rules = mine.rules();
            if (submission == null) {
                return new MySubmission(null, "none", null, 0, null, false, rules.due(), rules.cutOff(),
                        mine.extended(), List.of(), null);
            }
            // Until the grade is released, the learner sees no sign of grading either.
            String state = submission.state() == Submission.State.GRADED && !submission.released() ? "submitted"
                    : submission.state().name().toLowerCase(java.util.Locale.ROOT);
            return new MySubmission(submission.id(), state,
                    submission.body(), submission.attempts(), submission.submittedAt(), submission.late(),
                    rules.due(), rules.cutOff(), mine.extended(),
                    submission.files().stream().filter(SubmissionFile::isLearners).map(FileView::of).toList(),
                    submission.released() ? GradeView.of(submission) : null);
        }
    }
}
