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

    @Column(name = "message_type", nullable = false, length = 32)
    private String messageType = RESOURCE_LINK;

    @Column(nullable = false)
    private boolean answered;

    static final String RESOURCE_LINK = "LtiResourceLinkRequest";
    static final String DEEP_LINKING = "LtiDeepLinkingRequest";

    protected LtiLaunch() {
    }

    LtiLaunch(String messageType, String hint, long userId, long toolId, long courseId, long itemId, Instant expires) {
        this.messageType = messageType;
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

    /** A deep linking launch's answer, taken once, up to {@code window} after its login could be used. */
    boolean answer(Instant now, java.time.Duration window) {
        if (!used || answered || !deepLinking() || now.isAfter(expires.plus(window))) {
            return false;
        }
        answered = true;
        return true;
    }

    boolean deepLinking() {
        return DEEP_LINKING.equals(messageType);
    }

    String messageType() {
        return messageType;
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
