package org.surgalt.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.surgalt.platform.DomainException;

/**
 * Assignment settings copied between instances (a school node and its national server, issue 24):
 * read on the source, written on the receiver. No viewer: the callers are the node's own sync and an
 * admin's bundle import, which decided already that the course is the source's copy.
 */
@ApplicationScoped
public class AssignmentCopies {

    private final AssignmentRepository assignments;

    AssignmentCopies(AssignmentRepository assignments) {
        this.assignments = assignments;
    }

    /** The settings its authors saved; empty while they saved none (the defaults apply on both sides). */
    @Transactional
    public Optional<AssignmentCopy> of(long courseId, long itemId) {
        return assignments.findByIdOptional(itemId).filter(found -> found.courseId() == courseId)
                .map(found -> new AssignmentCopy(itemId, found.dueAt(), found.cutOffAt(), found.allowResubmission(),
                        found.maxPoints(), found.teamSubmission(), found.rubric().stream()
                                .map(criterion -> new Assignment.NewCriterion(criterion.title(),
                                        criterion.description(), criterion.levels().stream()
                                                .map(level -> new Assignment.NewLevel(level.title(), level.points()))
                                                .toList())).toList()));
    }

    /** Writes the settings onto the receiver's item; settings equal to the copy's are left alone (a rubric keeps its rows). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void write(long courseId, long itemId, AssignmentCopy copy) {
        AssignmentCopy wanted = new AssignmentCopy(itemId, copy.dueAt(), copy.cutOffAt(), copy.allowResubmission(),
                copy.maxPoints(), copy.teamSubmission(), copy.rubric() == null ? java.util.List.of() : copy.rubric());
        if (of(courseId, itemId).filter(wanted::equals).isPresent()) {
            return;
        }
        Assignment assignment = assignments.lockedOrNew(itemId, courseId);
        if (assignment.courseId() != courseId) {
            throw DomainException.notFound("assignment", itemId);
        }
        assignment.change(assignment.version(), copy.dueAt(), copy.cutOffAt(), copy.allowResubmission(),
                copy.maxPoints(), copy.rubric() == null ? java.util.List.of() : copy.rubric());
        assignment.handInByTeams(copy.teamSubmission());
        assignments.flush();
    }
}
