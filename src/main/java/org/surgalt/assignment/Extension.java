package org.surgalt.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A later deadline for one learner of one assignment, granted by a grader (a sick teacher, a lab without power). */
@Entity
@Table(name = "assignment_extension")
public class Extension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(name = "until_at", nullable = false)
    private Instant until;

    @Column(name = "granted_by", nullable = false)
    private long grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Version
    private long version;

    protected Extension() {
    }

    public Extension(long itemId, long learnerId, Instant until, long grantedBy) {
        this.itemId = itemId;
        this.learnerId = learnerId;
        grant(until, grantedBy);
    }

    /** A grader moves the extension (later or earlier); the last one granted holds. */
    public void grant(Instant newUntil, long grader) {
        this.until = newUntil;
        this.grantedBy = grader;
        this.grantedAt = Instant.now();
    }

    public long learnerId() {
        return learnerId;
    }

    public Instant until() {
        return until;
    }
}
