package org.surgalt.progress.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.surgalt.platform.DomainException;

/**
 * A learner's certificate for a course. What it states was frozen when it was issued (rows are
 * written by {@link CertificateRepository#issue}); the only change it allows is its revocation,
 * which is final.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "course_version", nullable = false)
    private int courseVersion;

    @Column(name = "learner_name", nullable = false, length = 200)
    private String learnerName;

    @Column(name = "course_title_en")
    private String courseTitleEn;

    @Column(name = "course_title_mn")
    private String courseTitleMn;

    @Column(name = "online_hours", nullable = false, precision = 6, scale = 1)
    private BigDecimal onlineHours;

    @Column(name = "f2f_hours", nullable = false, precision = 6, scale = 1)
    private BigDecimal f2fHours;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private Long revokedBy;

    @Column(name = "revoke_reason", length = REASON_MAX)
    private String revokeReason;

    @Version
    private long version;

    protected Certificate() {
    }

    /** Revoking is final: a second revocation is refused rather than rewriting the first one's reason. */
    public void revoke(long by, String reason, Instant at) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw DomainException.invalid("reason", "must say why the certificate is revoked");
        }
        if (text.length() > REASON_MAX) {
            throw DomainException.invalid("reason", "must be at most " + REASON_MAX + " characters");
        }
        if (isRevoked()) {
            throw DomainException.conflict("This certificate was revoked already.");
        }
        this.revokedAt = at;
        this.revokedBy = by;
        this.revokeReason = text;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public BigDecimal totalHours() {
        return onlineHours.add(f2fHours);
    }

    /** Also the certificate's index in the Open Badges revocation status list (org.surgalt.badge). */
    public long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public long userId() {
        return userId;
    }

    public long courseId() {
        return courseId;
    }

    public int courseVersion() {
        return courseVersion;
    }

    public String learnerName() {
        return learnerName;
    }

    public String courseTitleEn() {
        return courseTitleEn;
    }

    public String courseTitleMn() {
        return courseTitleMn;
    }

    public BigDecimal onlineHours() {
        return onlineHours;
    }

    public BigDecimal f2fHours() {
        return f2fHours;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokeReason() {
        return revokeReason;
    }
}
