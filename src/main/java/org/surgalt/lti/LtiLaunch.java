package org.surgalt.lti;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A launch begun by a person (V043): its lti_message_hint may complete one login before it expires. */
@Entity
@Table(name = "lti_launch")
class LtiLaunch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String hint;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "tool_id", nullable = false)
    private long toolId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(nullable = false)
    private Instant expires;

    @Column(nullable = false)
    private boolean used;

    protected LtiLaunch() {
    }

    LtiLaunch(String hint, long userId, long toolId, long courseId, long itemId, Instant expires) {
        this.hint = hint;
        this.userId = userId;
        this.toolId = toolId;
        this.courseId = courseId;
        this.itemId = itemId;
        this.expires = expires;
    }

    /** False when it was used or has expired; true once, and it is used from then on. */
    boolean use(Instant now) {
        if (used || now.isAfter(expires)) {
            return false;
        }
        used = true;
        return true;
    }

    String hint() {
        return hint;
    }

    long userId() {
        return userId;
    }

    long toolId() {
        return toolId;
    }

    long courseId() {
        return courseId;
    }

    long itemId() {
        return itemId;
    }
}
