package org.surgalt.cohort.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.surgalt.platform.DomainException;

/** A group inside a cohort: a school's management team, an IT team (V037). Its members are {@link TeamMember}s. */
@Entity
@Table(name = "cohort_team")
public class Team {

    static final int MAX_NAME = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    /** Set on a team made "one per school": the school it was made for. */
    @Column(name = "institution_id")
    private Long institutionId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Team() {
    }

    Team(long cohortId, String name, Long institutionId) {
        this.cohortId = cohortId;
        this.name = validName(name);
        this.institutionId = institutionId;
        this.createdAt = Instant.now();
    }

    void rename(String newName) {
        this.name = validName(newName);
    }

    /** Trimmed, 1 to {@value #MAX_NAME} characters. */
    static String validName(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || value.length() > MAX_NAME) {
            throw DomainException.invalid("name", "must be 1 to 100 characters");
        }
        return value;
    }

    public long id() {
        return id;
    }

    public long cohortId() {
        return cohortId;
    }

    public String name() {
        return name;
    }

    public Long institutionId() {
        return institutionId;
    }
}
