package org.surgalt.identity.local;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** The password of a local account (people whose institution has no identity provider). */
@Entity
public class LocalCredential {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Version
    private long version;

    protected LocalCredential() {
    }

    LocalCredential(long userId, String passwordHash) {
        this.userId = userId;
        this.passwordHash = passwordHash;
        this.passwordChangedAt = Instant.now();
    }

    void change(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangedAt = Instant.now();
    }

    Long userId() {
        return userId;
    }

    String passwordHash() {
        return passwordHash;
    }
}
