package org.surgalt.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import org.surgalt.identity.User;

/** A user taking a course. */
@Entity
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Version
    private long version;

    protected Enrolment() {
    }

    public Enrolment(User user, Course course) {
        this.user = user;
        this.course = course;
        this.enrolledAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public User user() {
        return user;
    }

    public Course course() {
        return course;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }
}
