package org.surgalt.cohort.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.surgalt.platform.DomainException;

/**
 * A face-to-face session (a workshop day) of a course's SESSION item: when, where, how many seats,
 * who runs it. Its secret derives the rotating check-in codes and never leaves the server.
 */
@Entity
@Table(name = "f2f_session")
public class FaceToFaceSession {

    /** Learners may check in from this long before the start (they arrive early) until the end. */
    static final Duration CHECKIN_OPENS_BEFORE = Duration.ofMinutes(15);
    static final int MAX_CAPACITY = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "cohort_id")
    private Long cohortId;

    @Column(length = 255)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false, length = 255)
    private String place;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "facilitator_id")
    private Long facilitatorId;

    @Column(name = "checkin_secret", nullable = false, length = 32)
    private byte[] checkinSecret;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected FaceToFaceSession() {
    }

    FaceToFaceSession(long courseId, long itemId, Long cohortId, Details details, long createdBy) {
        this.courseId = courseId;
        this.itemId = itemId;
        this.cohortId = cohortId;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        this.checkinSecret = new byte[32];
        RANDOM.nextBytes(checkinSecret);
        change(details);
    }

    /** What a scheduler types; checked here so that the page and the API refuse the same things. */
    record Details(String title, Instant startsAt, Instant endsAt, String place, int capacity, long facilitatorId) {

        Details {
            title = title == null || title.isBlank() ? null : title.strip();
            place = place == null ? "" : place.strip();
            if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
                throw DomainException.invalid("end", "must be after the start");
            }
            if (place.isEmpty()) {
                throw DomainException.invalid("place", "is required");
            }
            if (place.length() > 255) {
                throw DomainException.invalid("place", "is longer than 255 characters");
            }
            if (title != null && title.length() > 255) {
                throw DomainException.invalid("title", "is longer than 255 characters");
            }
            if (capacity < 1 || capacity > MAX_CAPACITY) {
                throw DomainException.invalid("capacity", "must be between 1 and " + MAX_CAPACITY);
            }
        }
    }

    void change(Details details) {
        this.title = details.title();
        this.startsAt = details.startsAt();
        this.endsAt = details.endsAt();
        this.place = details.place();
        this.capacity = details.capacity();
        this.facilitatorId = details.facilitatorId();
    }

    /** Whether a learner may check in at {@code now}: from shortly before the start until the end. */
    boolean checkInOpen(Instant now) {
        return !now.isBefore(startsAt.minus(CHECKIN_OPENS_BEFORE)) && !now.isAfter(endsAt);
    }

    boolean isOver(Instant now) {
        return now.isAfter(endsAt);
    }

    boolean isFacilitator(long userId) {
        return facilitatorId != null && facilitatorId == userId;
    }

    public Long id() {
        return id;
    }

    public long courseId() {
        return courseId;
    }

    public long itemId() {
        return itemId;
    }

    public Long cohortId() {
        return cohortId;
    }

    public String title() {
        return title;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String place() {
        return place;
    }

    public int capacity() {
        return capacity;
    }

    public Long facilitatorId() {
        return facilitatorId;
    }

    byte[] checkinSecret() {
        return checkinSecret.clone();
    }
}
