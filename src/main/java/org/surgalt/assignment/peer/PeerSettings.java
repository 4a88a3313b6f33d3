package org.surgalt.assignment.peer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.surgalt.platform.DomainException;

/** The peer assessment phase of one assignment: how many peers, who, anonymous or not, until when, how it counts. */
@Entity
@Table(name = "peer_settings")
public class PeerSettings {

    public enum Allocation {
        RANDOM, OTHER_SCHOOL
    }

    public enum State {
        WAITING, ALLOCATED
    }

    @Id
    @Column(name = "item_id")
    private Long itemId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(nullable = false)
    private int peers = 3;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Allocation allocation = Allocation.RANDOM;

    @Column(nullable = false)
    private boolean anonymous = true;

    @Column(name = "assess_until")
    private Instant assessUntil;

    @Column(name = "teacher_weight", nullable = false)
    private int teacherWeight = 50;

    @Column(name = "assessing_weight", nullable = false)
    private int assessingWeight = 10;

    @Column(nullable = false)
    private long seed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state = State.WAITING;

    @Column(name = "allocated_at")
    private Instant allocatedAt;

    @Version
    private long version;

    protected PeerSettings() {
    }

    PeerSettings(long itemId, long seed) {
        this.itemId = itemId;
        this.seed = seed;
    }

    /** The settings as a teacher saves them. */
    public record Change(long expectedVersion, boolean enabled, int peers, Allocation allocation, boolean anonymous,
            Instant assessUntil, int teacherWeight, int assessingWeight) {
    }

    void change(Change change, Instant submissionsClose) {
        if (change.expectedVersion() != version) {
            throw DomainException.conflict("Someone else saved these peer assessment settings while you were editing them.");
        }
        if (change.peers() < 1 || change.peers() > 10) {
            throw DomainException.invalid("peers", "must be a whole number from 1 to 10");
        }
        if (change.allocation() == null) {
            throw DomainException.invalid("allocation", "must be random or other_school");
        }
        if (change.teacherWeight() < 0 || change.teacherWeight() > 100) {
            throw DomainException.invalid("teacherWeight", "must be a percentage from 0 to 100");
        }
        if (change.assessingWeight() < 0 || change.assessingWeight() > 100) {
            throw DomainException.invalid("assessingWeight", "must be a percentage from 0 to 100");
        }
        if (change.enabled()) {
            if (submissionsClose == null) {
                throw DomainException.invalid("enabled", "needs the assignment to have a due date first");
            }
            if (change.assessUntil() == null || !change.assessUntil().isAfter(submissionsClose)) {
                throw DomainException.invalid("assessUntil", "must be after the submission deadline");
            }
        }
        if (state == State.ALLOCATED && (change.peers() != peers || change.allocation() != allocation)) {
            throw DomainException.conflict("The submissions have been allocated already; the number of peers and "
                    + "the allocation cannot change any more.");
        }
        this.enabled = change.enabled();
        this.peers = change.peers();
        this.allocation = change.allocation();
        this.anonymous = change.anonymous();
        this.assessUntil = change.assessUntil();
        this.teacherWeight = change.teacherWeight();
        this.assessingWeight = change.assessingWeight();
    }

    void reseed(long newSeed) {
        this.seed = newSeed;
    }

    void allocated(Instant now) {
        this.state = State.ALLOCATED;
        this.allocatedAt = now;
    }

    public boolean open(Instant now) {
        return enabled && state == State.ALLOCATED && assessUntil != null && now.isBefore(assessUntil);
    }

    public long itemId() {
        return itemId;
    }

    public boolean enabled() {
        return enabled;
    }

    public int peers() {
        return peers;
    }

    public Allocation allocation() {
        return allocation;
    }

    public boolean anonymous() {
        return anonymous;
    }

    public Instant assessUntil() {
        return assessUntil;
    }

    public int teacherWeight() {
        return teacherWeight;
    }

    public int assessingWeight() {
        return assessingWeight;
    }

    long seed() {
        return seed;
    }

    public State state() {
        return state;
    }

    public Instant allocatedAt() {
        return allocatedAt;
    }

    public long version() {
        return version;
    }
}
