package org.surgalt.assignment;

import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import org.surgalt.assignment.SubmissionService.Mine;
import org.surgalt.course.CourseContent;
import org.surgalt.web.MarkdownRenderer;
import org.surgalt.web.ErrorTexts;
import org.surgalt.web.Formats;

/** What the learner's assignment page shows, from the learner's view of the assignment. */
@ApplicationScoped
public class AssignmentView {

    private final MarkdownRenderer markdown;
    private final org.surgalt.content.UploadService uploads;

    AssignmentView(MarkdownRenderer markdown, org.surgalt.content.UploadService uploads) {
        this.markdown = markdown;
        this.uploads = uploads;
    }

    public record LevelRow(String title, int points) {
    }

    public record CriterionRow(String title, String description, List<LevelRow> levels) {

        public static List<CriterionRow> of(Assignment settings) {
            return settings.rubric().stream().map(criterion -> new CriterionRow(criterion.title(),
                    criterion.description(), criterion.levels().stream()
                            .map(level -> new LevelRow(level.title(), level.points())).toList()))
                    .toList();
        }
    }

    /** {@code state}: pending, ready or rejected; {@code link}: the download, when ready. */
    public record FileRow(long id, String filename, String state, String reason, String link, String uploadId) {

        /** The reason is stored as inspection gave it, in English: it is shown in the reader's language. */
        public static FileRow of(SubmissionFile file, String linkBase, Locale locale) {
            String state = file.isReady() ? "ready" : file.isRejected() ? "rejected" : "pending";
            return new FileRow(file.id(), file.filename(), state, ErrorTexts.translate(file.rejection(), locale),
                    file.isReady() ? linkBase + file.id() : null, file.uploadId());
        }
    }

    public record ScoreRow(String criterion, String level, int points, int maxPoints) {
    }

    public record GradeBox(int points, int maxPoints, int percent, String feedback, List<ScoreRow> scores,
            List<FileRow> files) {

        public static GradeBox of(Submission submission, String linkBase, Locale locale) {
            return new GradeBox(submission.points(), submission.maxPoints(), submission.percent().orElse(0),
                    submission.feedback(), submission.scores().stream().map(score -> new ScoreRow(score.criterion(),
                            score.level(), score.points(), score.maxPoints())).toList(),
                    submission.files().stream().filter(file -> !file.isLearners())
                            .map(file -> FileRow.of(file, linkBase, locale)).toList());
        }
    }

    /**
     * The page. {@code state}: none, draft, submitted (also while graded but not released) or
     * graded (released); {@code body}: the text in the form (what was typed, after a refusal);
     * {@code team}: the team whose one submission this is (null: the learner's own), {@code teamAlone}:
     * teams hand it in, and this learner, in none, hands it in alone.
     */
    public record Page(String code, String courseTitle, String courseLang, long itemId, String title, String lang,
            RawString instructions, String instructionsLang, String due, String cutOff, boolean extended,
            int maxPoints, List<CriterionRow> rubric, boolean canSubmit, boolean closed, boolean changeable,
            boolean allowResubmission, String state, String body, String submittedAt, boolean late, int attempts,
            List<FileRow> files, GradeBox grade, String pendingUpload, String plainUploadLimit, String team,
            List<String> teamMembers, boolean teamAlone) {
    }

    public Page page(Mine mine, Locale locale, String typedBody) {
        AssignmentService.Published published = mine.assignment();
        CourseContent content = published.content();
        CourseContent.ItemContent item = published.item();
        Assignment settings = published.settings();
        Submission submission = mine.submission().orElse(null);
        String base = "/courses/" + content.code() + "/assignments/" + item.id() + "/files/";
        boolean closed = mine.rules().closedAt(java.time.Instant.now());
        String state = submission == null ? "none"
                : submission.state() == Submission.State.GRADED && !submission.released() ? "submitted"
                : submission.state().name().toLowerCase(Locale.ROOT);
        boolean changeable = mine.canSubmit() && !closed && (submission == null
                || (submission.state() != Submission.State.GRADED
                        && (submission.attempts() == 0 || settings.allowResubmission())));
        List<FileRow> files = submission == null ? List.of() : submission.files().stream()
                .filter(SubmissionFile::isLearners).map(file -> FileRow.of(file, base, locale)).toList();
        return new Page(content.code(), content.title().in(locale), content.title().languageIn(locale), item.id(),
                item.title().in(locale), item.title().languageIn(locale),
                markdown.render(item.body().in(locale), org.surgalt.course.LessonLinks.of(content)),
                item.body().languageIn(locale),
                Formats.when(mine.rules().due(), locale), Formats.when(mine.rules().cutOff(), locale),
                mine.extended(), settings.maxPoints(), CriterionRow.of(settings), mine.canSubmit(), closed,
                changeable, settings.allowResubmission(), state,
                typedBody != null ? typedBody : submission == null || submission.body() == null ? "" : submission.body(),
                submission == null ? "" : Formats.when(submission.submittedAt(), locale),
                submission != null && submission.late(), submission == null ? 0 : submission.attempts(), files,
                submission != null && submission.released() ? GradeBox.of(submission, base, locale) : null,
                files.stream().filter(file -> file.state().equals("pending")).map(FileRow::uploadId).findFirst()
                        .orElse(null), org.surgalt.content.UploadService.label(uploads.maxFormSize()),
                mine.team().map(org.surgalt.cohort.team.TeamDirectory.TeamView::name).orElse(null), mine.teamMembers(),
                settings.teamSubmission() && mine.team().isEmpty() && mine.canSubmit());
    }
}
