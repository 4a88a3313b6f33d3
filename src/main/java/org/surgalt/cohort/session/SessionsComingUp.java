package org.surgalt.cohort.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.surgalt.learning.UpcomingSource;

/** The sessions a learner holds a confirmed seat at, for the "coming up" list of their home page. */
@ApplicationScoped
public class SessionsComingUp implements UpcomingSource {

    private final SessionRepository sessions;

    SessionsComingUp(SessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    @Transactional
    public List<Upcoming> upcoming(long userId, Instant from, Instant until) {
        return sessions.find("select s from FaceToFaceSession s, Signup u where u.seat.sessionId = s.id"
                + " and u.seat.userId = ?1 and u.state = ?2 and s.startsAt >= ?3 and s.startsAt < ?4"
                + " order by s.startsAt", userId, Signup.State.CONFIRMED, from, until).list().stream()
                .map(session -> new Upcoming(Upcoming.Kind.SESSION, session.courseId(), session.itemId(),
                        session.startsAt(), session.place()))
                .toList();
    }
}
