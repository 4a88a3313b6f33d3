package org.surgalt.identity.sso;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person as an identity provider knows them: (issuer, subject) → our user. */
@Entity
public class ExternalIdentity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false, length = 512)
    private String issuer;

    @Column(nullable = false)
    private String subject;

    @Column(name = "first_login_at", nullable = false)
    private Instant firstLoginAt;

    @Version
    private long version;

    protected ExternalIdentity() {
    }

    ExternalIdentity(long userId, String issuer, String subject) {
        this.userId = userId;
        this.issuer = issuer;
        this.subject = subject;
        this.firstLoginAt = Instant.now();
    }

    long userId() {
        return userId;
    }
}
