package org.surgalt.cohort.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A cohort member in one of the cohort's teams; at most one team per cohort (V037). */
@Entity
@Table(name = "cohort_team_member")
@IdClass(TeamMember.Key.class)
public class TeamMember {

    public record Key(long teamId, long userId) implements Serializable {
        public Key() {
            this(0, 0);
        }
    }

    @Id
    @Column(name = "team_id")
    private long teamId;

    @Id
    @Column(name = "user_id")
    private long userId;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected TeamMember() {
    }

    TeamMember(Team team, long userId) {
        this.teamId = team.id();
        this.cohortId = team.cohortId();
        this.userId = userId;
        this.addedAt = Instant.now();
    }

    public long teamId() {
        return teamId;
    }

    public long userId() {
        return userId;
    }
}
