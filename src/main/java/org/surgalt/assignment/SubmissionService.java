package org.surgalt.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.surgalt.assignment.AssignmentService.Published;
import org.surgalt.cohort.team.TeamDirectory;
import org.surgalt.cohort.team.TeamDirectory.TeamView;
import org.surgalt.content.UploadService;
import org.surgalt.course.Course;
import org.surgalt.course.CourseContent.ModuleContent;
import org.surgalt.course.CourseService;
import org.surgalt.course.Item;
import org.surgalt.identity.Viewer;
import org.surgalt.node.client.up.UpCapture;
import org.surgalt.platform.DomainException;
import org.surgalt.progress.CompletionFact;
import org.surgalt.progress.ProgressService;

/**
 * What a learner does with an assignment: keep a draft, add files, submit (late, or refused after
 * the cut-off). Only the learner's own submission is ever reached from here: it is found by the
 * assignment and the signed-in learner, never by an id the request names.
 */
@ApplicationScoped
public class SubmissionService {

    private final AssignmentService assignments;
    private final CourseService courses;
    private final SubmissionRepository submissions;
    private final UploadService uploads;
    private final ProgressService progress;
    private final TeamDirectory teams;
    private final SubmissionTeams submissionTeams;
    private final UpCapture capture;

    SubmissionService(AssignmentService assignments, CourseService courses, SubmissionRepository submissions,
            UploadService uploads, ProgressService progress, TeamDirectory teams, SubmissionTeams submissionTeams,
            UpCapture capture) {
        this.capture = capture;
        this.teams = teams;
        this.submissionTeams = submissionTeams;
        this.assignments = assignments;
        this.courses = courses;
        this.submissions = submissions;
        this.uploads = uploads;
        this.progress = progress;
    }

    /**
     * The assignment as one learner sees it: their deadline and cut-off, and their submission if any
     * (their team's, for an assignment teams hand in: {@code team}, with its members' names).
     */
    public record Mine(Published assignment, Submission.Rules rules, boolean extended, boolean canSubmit,
            Optional<Submission> submission, Optional<TeamView> team, List<String> teamMembers) {
    }

    @Transactional
    public Mine mine(Viewer viewer, Course course, long itemId) {
        Published published = assignments.published(viewer, course, itemId);
        boolean learner = courses.isEnrolled(viewer.userId(), course.id());
        Optional<Extension> extension = assignments.extension(itemId, viewer.userId());
        Submission.Rules rules = Submission.Rules.of(published.settings(), extension.orElse(null));
        Optional<TeamView> team = learner ? team(published, viewer) : Optional.empty();
        Optional<Submission> submission = !learner ? Optional.empty()
                : team.isPresent() ? submissions.ofTeam(itemId, team.get().id()) : submissions.of(itemId, viewer.userId());
        submission.ifPresent(this::settle);
        return new Mine(published, rules, extension.isPresent(), learner, submission, team,
                team.map(found -> teams.memberNames(found.id())).orElse(List.of()));
    }

    @Transactional
    public Submission saveDraft(Viewer viewer, Course course, long itemId, String body) {
        Open open = open(viewer, course, itemId);
        open.submission().saveDraft(body, open.rules(), Instant.now());
        submissions.flush();
        return open.submission();
    }

    /** Hands the work in; the first time, and each resubmission, is a SUBMITTED fact for progress. */
    @Transactional
    public Submission submit(Viewer viewer, Course course, long itemId, String body) {
        Open open = open(viewer, course, itemId);
        settle(open.submission());
        boolean handedIn = open.submission().submit(body, open.rules(), Instant.now());
        if (handedIn) {
            // A team's submission is handed in for each of its members.
            for (long member : submissionTeams.countsFor(open.submission(), viewer.userId())) {
                progress.record(member, open.published().content(), open.published().item(),
                        CompletionFact.Kind.SUBMITTED, null, "assignment");
            }
        }
        submissions.flush();
        // On a school node the hand-in goes up to the national server (a team's does not yet).
        if (handedIn && open.submission().teamId() == null) {
            capture.submission(open.submission().id());
        }
        return open.submission();
    }

    /**
     * Adds an upload of the learner's to the submission. A refused upload is refused here with
     * inspection's reason; one still being checked is added and waits for the verdict.
     */
    @Transactional
    public SubmissionFile addFile(Viewer viewer, Course course, long itemId, String uploadId) {
        Open open = open(viewer, course, itemId);
        if (uploadId == null || uploadId.isBlank()) {
            throw DomainException.invalid("upload", "is required: choose a file and upload it");
        }
        SubmissionFile file = pendingFile(viewer, SubmissionFile.Purpose.SUBMISSION, uploadId.strip(), uploads);
        open.submission().addFile(file, open.rules(), Instant.now());
        submissions.flush();
        return file;
    }

    /** Refuses what {@link #addFile} would refuse the caller before any upload: a form's file is not kept for nothing. */
    @Transactional
    public void requireChangeable(Viewer viewer, Course course, long itemId) {
        Open open = open(viewer, course, itemId);
        open.submission().requireFileRoom(open.rules(), Instant.now());
    }

    @Transactional
    public void removeFile(Viewer viewer, Course course, long itemId, long fileId) {
        Open open = open(viewer, course, itemId);
        open.submission().removeFile(fileId, open.rules(), Instant.now());
        submissions.flush();
    }

    /** A file of the learner's own submission, or a feedback file once the grade is released. */
    @Transactional
    public Item.AttachedFile file(Viewer viewer, Course course, long itemId, long fileId) {
        Published published = assignments.published(viewer, course, itemId);
        Optional<TeamView> team = team(published, viewer);
        return (team.isPresent() ? submissions.ofTeam(itemId, team.get().id()) : submissions.of(itemId, viewer.userId()))
                .flatMap(submission -> submission.file(fileId)
                        .filter(file -> file.isLearners() || submission.released()))
                .filter(SubmissionFile::isReady)
                .map(SubmissionFile::asAttachedFile)
                .orElseThrow(() -> DomainException.notFound("file", fileId));
    }

    private record Open(Published published, Submission.Rules rules, Submission submission) {
    }

    /** The learner's submission, locked (created as a draft if need be), for a change. */
    private Open open(Viewer viewer, Course course, long itemId) {
        Published published = assignments.published(viewer, course, itemId);
        if (!courses.isEnrolled(viewer.userId(), course.id())) {
            throw DomainException.forbidden("Only learners enrolled in this course submit work to it.");
        }
        // Its module is open: published() asked ItemAccess.
        ModuleContent module = published.content().module(published.item().moduleId()).orElseThrow();
        Submission.Rules rules = Submission.Rules.of(published.settings(),
                assignments.extension(itemId, viewer.userId()).orElse(null));
        Optional<TeamView> team = team(published, viewer);
        Submission submission = team.isEmpty()
                ? submissions.lockedOrNew(itemId, course.id(), module.id(), viewer.userId())
                : submissions.lockedOrNewForTeam(itemId, course.id(), module.id(), viewer.userId(), team.get().id())
                        .orElseThrow(() -> DomainException.conflict("You handed this assignment in on your own before"
                                + " joining your team; ask a grader to help."));
        return new Open(published, rules, submission);
    }

    /**
     * The viewer's team for an assignment teams hand in (none: they hand it in alone). Work a learner
     * started alone before joining a team stays theirs to see and change: nothing they wrote is hidden.
     */
    private Optional<TeamView> team(Published published, Viewer viewer) {
        if (!published.settings().teamSubmission()
                || submissions.of(published.item().id(), viewer.userId()).isPresent()) {
            return Optional.empty();
        }
        return teams.teamInCourse(viewer.userId(), published.settings().courseId());
    }

    /** Pending files take inspection's verdict. */
    void settle(Submission submission) {
        submission.files().stream().filter(SubmissionFile::isPending).forEach(uploads::settle);
    }

    /** The caller's own upload as a file of a submission: accepted, or waiting for inspection; refused ones are refused. */
    public static SubmissionFile pendingFile(Viewer viewer, SubmissionFile.Purpose purpose, String uploadId,
            UploadService uploads) {
        UploadService.Stage stage = uploads.pendingFile(viewer, uploadId);
        SubmissionFile file = SubmissionFile.pending(purpose, stage.id(), stage.filename());
        uploads.settle(file);
        return file;
    }
}
