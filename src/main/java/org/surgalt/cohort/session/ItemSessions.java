package org.surgalt.cohort.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.surgalt.course.Course;
import org.surgalt.course.CourseService;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.web.Language;

/**
 * The sessions section of a session item's page ({@code {#itemSessions}} in the course's item
 * template): the item's sessions still to come with a sign-up button, and for those who may, a
 * link to schedule one. A bean the template asks, so the course pages need not know sessions.
 */
@Named("itemSessions")
@RequestScoped
public class ItemSessions {

    /** {@code mine}: "confirmed", "waitlisted" or null; {@code canSignUp}: enrolled and not signed up. */
    public record Row(long id, String title, String when, String place, int taken, int capacity, boolean full,
            String mine, boolean canSignUp) {
    }

    public record Section(List<Row> sessions, boolean canSchedule) {
    }

    private final SessionService sessions;
    private final CourseService courses;
    private final CurrentUser currentUser;
    private final Language language;

    ItemSessions(SessionService sessions, CourseService courses, CurrentUser currentUser, Language language) {
        this.sessions = sessions;
        this.courses = courses;
        this.currentUser = currentUser;
        this.language = language;
    }

    public Section of(String courseCode, long itemId) {
        Optional<Viewer> viewer = currentUser.viewer();
        Course course = courses.courseByCode(courseCode);
        boolean enrolled = viewer.map(v -> courses.isEnrolled(v.userId(), course.id())).orElse(false);
        List<Row> rows = sessions.upcomingOfItem(viewer.orElse(null), itemId).stream().map(upcoming -> {
            FaceToFaceSession session = upcoming.session();
            String mine = upcoming.mine() == null ? null : upcoming.mine().name().toLowerCase(Locale.ROOT);
            return new Row(session.id(), session.title(), SessionTime.span(session.startsAt(), session.endsAt(), language.locale()),
                    session.place(), (int) upcoming.confirmed(), session.capacity(),
                    upcoming.confirmed() >= session.capacity(), mine, enrolled && mine == null);
        }).toList();
        return new Section(rows, viewer.map(v -> sessions.canSchedule(v, course)).orElse(false));
    }
}
