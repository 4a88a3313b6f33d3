package org.surgalt.assignment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.surgalt.platform.DomainException;

/**
 * A learner's current submission of an assignment (one per learner and assignment): a draft,
 * then submitted (late or not), then graded; the grade reaches the learner once released.
 */
@Entity
public class Submission {

    public enum State {
        DRAFT, SUBMITTED, GRADED
    }

    public static final int MAX_BODY = 100_000;
    public static final int MAX_FEEDBACK = 20_000;
    static final int MAX_FILES = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "module_id", nullable = false)
    private long moduleId;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    /** Issue 22: the team whose one submission this is (learnerId: whoever started it); null for one learner's. */
    @Column(name = "team_id")
    private Long teamId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    private String body;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(nullable = false)
    private boolean late;

    private Integer points;

    @Column(name = "max_points")
    private Integer maxPoints;

    private String feedback;

    @Column(name = "graded_by")
    private Long gradedBy;

    @Column(name = "graded_at")
    private Instant gradedAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    // Eager: small, and always shown with their owner, also after the service's transaction.
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = jakarta.persistence.FetchType.EAGER)
    @JoinColumn(name = "submission_id", nullable = false)
    @OrderBy("id")
    private List<SubmissionFile> files = new ArrayList<>();

    @ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @CollectionTable(name = "submission_score", joinColumns = @JoinColumn(name = "submission_id"))
    @OrderColumn(name = "position")
    private List<CriterionScore> scores = new ArrayList<>();

    @Version
    private long version;

    protected Submission() {
    }

    /** A new, empty draft. Stored rows come from {@link SubmissionRepository#lockedOrNew}, which cannot make two. */
    Submission(long itemId, long courseId, long moduleId, long learnerId) {
        this.itemId = itemId;
        this.courseId = courseId;
        this.moduleId = moduleId;
        this.learnerId = learnerId;
        this.state = State.DRAFT;
        this.updatedAt = Instant.now();
    }

    /** What a submission must respect: the learner's deadline and cut-off, and whether they may submit again. */
    public record Rules(Instant due, Instant cutOff, boolean allowResubmission) {

        static Rules of(Assignment assignment, Extension extension) {
            return new Rules(assignment.dueFor(extension).orElse(null), assignment.cutOffFor(extension).orElse(null),
                    assignment.allowResubmission());
        }

        boolean closedAt(Instant now) {
            return cutOff != null && now.isAfter(cutOff);
        }
    }

    /** The learner's text, kept as a draft; changing a submitted submission makes it a draft again. */
    public void saveDraft(String newBody, Rules rules, Instant now) {
        String text = normalized(newBody);
        if (Objects.equals(text, body)) {
            return;
        }
        requireChangeable(rules, now);
        this.body = text;
        changed(now);
    }

    /**
     * Hands the submission in with this text. Submitting again what is already submitted (a double
     * click, a resent form) changes nothing and returns false.
     */
    public boolean submit(String newBody, Rules rules, Instant now) {
        String text = normalized(newBody);
        if (state == State.SUBMITTED && Objects.equals(text, body)) {
            return false;
        }
        requireChangeable(rules, now);
        if (files.stream().anyMatch(file -> file.isLearners() && file.isPending())) {
            throw DomainException.conflict("A file is still being checked; submit when it is ready.");
        }
        if (files.stream().anyMatch(file -> file.isLearners() && file.isRejected())) {
            throw DomainException.invalid("files", "include a file that was refused; remove it first");
        }
        boolean hasFile = files.stream().anyMatch(SubmissionFile::isLearners);
        if (text == null && !hasFile) {
            throw DomainException.invalid("body", "is empty and no file is attached: there is nothing to submit");
        }
        this.body = text;
        this.state = State.SUBMITTED;
        this.submittedAt = now;
        this.late = rules.due() != null && now.isAfter(rules.due());
        this.attempts++;
        this.updatedAt = now;
        return true;
    }

    /** A file the learner adds (an upload, accepted or still being checked). */
    public SubmissionFile addFile(SubmissionFile file, Rules rules, Instant now) {
        requireFileRoom(rules, now);
        files.add(file);
        changed(now);
        return file;
    }

    /** Whether one more file may be added now: open for changes, and below the number of files. */
    public void requireFileRoom(Rules rules, Instant now) {
        requireChangeable(rules, now);
        if (files.stream().filter(SubmissionFile::isLearners).count() >= MAX_FILES) {
            throw DomainException.invalid("upload", "cannot be added: a submission has at most " + MAX_FILES + " files");
        }
    }

    public void removeFile(long fileId, Rules rules, Instant now) {
        SubmissionFile file = learnersFile(fileId).orElseThrow(() -> DomainException.notFound("file", fileId));
        requireChangeable(rules, now);
        files.remove(file);
        changed(now);
    }

    private void changed(Instant now) {
        if (state == State.SUBMITTED) {
            state = State.DRAFT;
        }
        this.updatedAt = now;
    }

    private void requireChangeable(Rules rules, Instant now) {
        if (state == State.GRADED) {
            throw DomainException.conflict("This submission has been graded; it cannot be changed any more.");
        }
        if (attempts > 0 && !rules.allowResubmission()) {
            throw DomainException.conflict("This assignment takes one submission, and yours is in.");
        }
        if (rules.closedAt(now)) {
            throw DomainException.conflict("Submissions for this assignment closed at the cut-off ("
                    + AssignmentTime.display(rules.cutOff()) + ", Ulaanbaatar time). Ask a grader for an extension.");
        }
    }

    /**
     * A grade, from the version of the submission the grader looked at: if another grader graded
     * (or the learner resubmitted) since, nothing is overwritten and the grader is told.
     */
    public void grade(long expectedVersion, long grader, int newPoints, int outOf, List<CriterionScore> newScores,
            String newFeedback, Instant now) {
        if (expectedVersion != version) {
            throw DomainException.conflict("This submission changed while you were grading it (graded by someone"
                    + " else, or resubmitted): nothing was saved. Reload it to see the current grade.");
        }
        if (state == State.DRAFT) {
            throw DomainException.conflict("This submission is a draft; it can be graded once it is submitted.");
        }
        if (newPoints < 0 || newPoints > outOf) {
            throw DomainException.invalid("points", "must be from 0 to " + outOf);
        }
        String text = newFeedback == null || newFeedback.isBlank() ? null : newFeedback.strip();
        if (text != null && text.length() > MAX_FEEDBACK) {
            throw DomainException.invalid("feedback", "must be at most " + MAX_FEEDBACK + " characters");
        }
        this.points = newPoints;
        this.maxPoints = outOf;
        this.scores.clear();
        this.scores.addAll(newScores);
        this.feedback = text;
        this.gradedBy = grader;
        this.gradedAt = now;
        this.state = State.GRADED;
        this.updatedAt = now;
    }

    /**
     * A grade given on another server (the national one, for a submission a school node sent up), taken
     * as it is: national wins. The grader is not a person of this server, so none is named; rubric
     * scores given here are cleared, since they belonged to the grade replaced.
     */
    public void takeGrade(int newPoints, int outOf, String newFeedback, Instant gradedThere, boolean released,
            Instant now) {
        this.points = newPoints;
        this.maxPoints = outOf;
        this.scores.clear();
        this.feedback = newFeedback;
        this.gradedBy = null;
        this.gradedAt = gradedThere;
        this.state = State.GRADED;
        if (released && releasedAt == null) {
            this.releasedAt = now;
        }
        this.updatedAt = now;
    }

    /** Shows the grade to the learner; false if it was released already. */
    public boolean release(Instant now) {
        if (state != State.GRADED) {
            throw DomainException.conflict("Only a graded submission can be released.");
        }
        if (releasedAt != null) {
            return false;
        }
        this.releasedAt = now;
        this.updatedAt = now;
        return true;
    }

    public SubmissionFile addFeedbackFile(SubmissionFile file, Instant now) {
        if (state == State.DRAFT) {
            throw DomainException.conflict("Feedback files are for submitted work.");
        }
        files.add(file);
        this.updatedAt = now;
        return file;
    }

    /** The score in percent of the maximum, rounded down, so a pass is never given by rounding. */
    public Optional<Integer> percent() {
        return points == null || maxPoints == null || maxPoints == 0 ? Optional.empty()
                : Optional.of((int) ((long) points * 100 / maxPoints));
    }

    public Optional<SubmissionFile> learnersFile(long fileId) {
        return files.stream().filter(file -> file.id() != null && file.id() == fileId && file.isLearners()).findFirst();
    }

    public Optional<SubmissionFile> file(long fileId) {
        return files.stream().filter(file -> file.id() != null && file.id() == fileId).findFirst();
    }

    private static String normalized(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.replace("\r\n", "\n");
        if (value.length() > MAX_BODY) {
            throw DomainException.invalid("body", "must be at most " + MAX_BODY + " characters");
        }
        return value;
    }

    public Long id() {
        return id;
    }

    public long itemId() {
        return itemId;
    }

    public long courseId() {
        return courseId;
    }

    public long moduleId() {
        return moduleId;
    }

    public long learnerId() {
        return learnerId;
    }

    public Long teamId() {
        return teamId;
    }

    public State state() {
        return state;
    }

    public String body() {
        return body;
    }

    public int attempts() {
        return attempts;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public boolean late() {
        return late;
    }

    public Integer points() {
        return points;
    }

    public Integer maxPoints() {
        return maxPoints;
    }

    public String feedback() {
        return feedback;
    }

    public Long gradedBy() {
        return gradedBy;
    }

    public Instant gradedAt() {
        return gradedAt;
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    public boolean released() {
        return releasedAt != null;
    }

    public List<SubmissionFile> files() {
        return List.copyOf(files);
    }

    public List<CriterionScore> scores() {
        return List.copyOf(scores);
    }

    public long version() {
        return version;
    }
}
