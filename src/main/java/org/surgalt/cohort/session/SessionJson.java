package org.surgalt.cohort.session;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The API's shapes for sessions; times in UTC (ISO-8601). */
final class SessionJson {

    private SessionJson() {
    }

    /** {@code facilitatorId} null: the caller runs the session. */
    record SessionInput(Long courseId, Long itemId, Long cohortId, String title, Instant startsAt, Instant endsAt,
            String place, Integer capacity, Long facilitatorId) {

        SessionService.Schedule toSchedule() {
            if (courseId == null) {
                throw org.surgalt.platform.DomainException.invalid("courseId", "is required");
            }
            if (itemId == null) {
                throw org.surgalt.platform.DomainException.invalid("itemId", "is required");
            }
            if (capacity == null) {
                throw org.surgalt.platform.DomainException.invalid("capacity", "is required");
            }
            return new SessionService.Schedule(courseId, itemId, cohortId, title, startsAt, endsAt, place, capacity,
                    facilitatorId);
        }
    }

    record Summary(long id, long courseId, long itemId, Long cohortId, String title, Instant startsAt, Instant endsAt,
            String place, int capacity, Long facilitatorId) {

        static Summary of(FaceToFaceSession session) {
            return new Summary(session.id(), session.courseId(), session.itemId(), session.cohortId(), session.title(),
                    session.startsAt(), session.endsAt(), session.place(), session.capacity(),
                    session.facilitatorId());
        }
    }

    /** {@code mine}: the caller's sign-up state ("none" without one); {@code signups}: for those who run it. */
    record Detail(Summary session, long confirmed, String mine, List<SignupView> signups) {
    }

    record SignupView(long userId, String state, Instant signedUpAt) {

        static SignupView of(Signup signup) {
            return new SignupView(signup.userId(), lower(signup.state()), signup.signedUpAt());
        }
    }

    record SignupResult(String state) {
    }

    record Mark(Long userId, String status) {
    }

    record MarksInput(List<Mark> marks) {
    }

    record LineView(long userId, String name, String status, String method) {

        static LineView of(AttendanceService.Line line) {
            return new LineView(line.userId(), line.name(), lower(line.status()), lower(line.method()));
        }
    }

    record Sheet(List<LineView> signedUp, List<LineView> others) {
    }

    record CheckinInput(String code) {
    }

    record CheckinResult(String status) {
    }

    static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
