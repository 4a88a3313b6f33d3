package org.surgalt.cmi5;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.surgalt.course.Course;
import org.surgalt.course.CourseAccess;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseService;
import org.surgalt.identity.Role;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * Waiving an AU for a learner (cmi5 9.3.7): the course's authors and graders decide that the
 * learner met it by other means. The "waived" statement has a session id of its own, and the AU
 * then counts as satisfied (a WAIVED completion fact), with the blocks and the course it completes.
 */
@ApplicationScoped
public class WaiverService {

    /** The reasons cmi5 9.5.5.2 names. */
    public static final List<String> REASONS = List.of("Tested Out", "Equivalent AU", "Equivalent Outside Activity",
            "Administrative");

    private final CourseService courses;
    private final CourseAccess access;
    private final Cmi5Store store;
    private final LmsStatements lms;
    private final Satisfaction satisfaction;
    private final org.surgalt.identity.AuditLog audit;

    WaiverService(CourseService courses, CourseAccess access, Cmi5Store store, LmsStatements lms,
            Satisfaction satisfaction, org.surgalt.identity.AuditLog audit) {
        this.audit = audit;
        this.courses = courses;
        this.access = access;
        this.store = store;
        this.lms = lms;
        this.satisfaction = satisfaction;
    }

    @Transactional
    public void waive(Viewer viewer, long courseId, long itemId, Long learnerId, String reason) {
        Course course = courses.course(courseId);
        if (!access.canEdit(viewer, course) && !viewer.hasInCourse(Role.GRADER, courseId)) {
            throw DomainException.forbidden("Only the course's authors and graders waive an AU.");
        }
        if (learnerId == null) {
            throw DomainException.invalid("learner", "is required");
        }
        if (reason == null || !REASONS.contains(reason.strip())) {
            throw DomainException.invalid("reason", "must be Tested Out, Equivalent AU, Equivalent Outside Activity or Administrative");
        }
        CourseContent content = courses.currentVersion(course)
                .orElseThrow(() -> DomainException.notFound("published course", course.code()));
        content.item(itemId).orElseThrow(() -> DomainException.notFound("item", itemId));
        Cmi5Store.AuItem au = store.au(itemId).orElseThrow(() -> DomainException.notFound("cmi5 AU", itemId));
        if (!courses.isEnrolled(learnerId, courseId)) {
            throw DomainException.notFound("learner", learnerId);
        }
        Cmi5Store.Registration registration = store.registration(learnerId, au.cmi5CourseId());
        if (registration.created()) {
            satisfaction.settle(registration, au, UUID.randomUUID().toString(), true);
        }
        if (!store.achieve(registration.id(), "au:" + au.auIndex(), "waived")) {
            throw DomainException.conflict("The AU is waived for this learner already.");
        }
        String sessionId = UUID.randomUUID().toString();
        lms.waived(learnerId, registration.registration(), lms.auId(au.cmi5CourseId(), au.auIndex()), au.publisherId(),
                sessionId, reason.strip());
        satisfaction.settle(registration, au, sessionId, true);
        audit.record(org.surgalt.identity.AuditLog.by(viewer, "au.waive").object("item", itemId).person(learnerId)
                .after(java.util.Map.of("course", courseId, "reason", reason.strip())));
    }
}
