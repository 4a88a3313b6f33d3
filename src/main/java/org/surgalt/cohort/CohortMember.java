package org.surgalt.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A learner in a cohort; enrolled in each of its courses when added. */
@Entity
@Table(name = "cohort_member")
@IdClass(CohortMember.Key.class)
public class CohortMember {

    /** How someone was added. */
    public enum Source {
        CSV, API, WEB
    }

    public record Key(long cohortId, long userId) implements Serializable {
        public Key() {
            this(0, 0);
        }
    }

    @Id
    @Column(name = "cohort_id")
    private long cohortId;

    @Id
    @Column(name = "user_id")
    private long userId;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "added_by")
    private Long addedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Source source;

    protected CohortMember() {
    }

    public CohortMember(long cohortId, long userId, Long addedBy, Source source) {
        this.cohortId = cohortId;
        this.userId = userId;
        this.addedBy = addedBy;
        this.source = source;
        this.addedAt = Instant.now();
    }

    public long userId() {
        return userId;
    }
}
