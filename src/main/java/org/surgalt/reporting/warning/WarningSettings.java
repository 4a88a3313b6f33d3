package org.surgalt.reporting.warning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A cohort's own early-warning rules; a day count left empty follows the site's default. */
@Entity
@Table(name = "cohort_warning_settings")
public class WarningSettings {

    @Id
    @Column(name = "cohort_id")
    private long cohortId;

    @Column(name = "inactive_on", nullable = false)
    private boolean inactiveOn;

    @Column(name = "inactive_days")
    private Integer inactiveDays;

    @Column(name = "missed_on", nullable = false)
    private boolean missedOn;

    @Column(name = "overdue_on", nullable = false)
    private boolean overdueOn;

    @Column(name = "off_pace_on", nullable = false)
    private boolean offPaceOn;

    @Column(name = "nudge_on", nullable = false)
    private boolean nudgeOn;

    @Column(name = "nudge_days")
    private Integer nudgeDays;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    protected WarningSettings() {
    }

    WarningSettings(long cohortId) {
        this.cohortId = cohortId;
    }

    void apply(Rules rules, long by) {
        inactiveOn = rules.inactive();
        inactiveDays = rules.inactiveDays();
        missedOn = rules.missedSession();
        overdueOn = rules.overdue();
        offPaceOn = rules.offPace();
        nudgeOn = rules.nudge();
        nudgeDays = rules.nudgeDays();
        updatedAt = Instant.now();
        updatedBy = by;
    }

    Rules rules(WarningConfig defaults) {
        return new Rules(inactiveOn, inactiveDays == null ? defaults.inactiveDays() : inactiveDays, missedOn, overdueOn,
                offPaceOn, nudgeOn, nudgeDays == null ? defaults.nudgeDays() : nudgeDays);
    }

    /** The rules in force for a cohort (its own, or the defaults). Also the JSON of /api/cohorts/{id}/warnings. */
    public record Rules(boolean inactive, int inactiveDays, boolean missedSession, boolean overdue, boolean offPace,
            boolean nudge, int nudgeDays) {

        static Rules defaults(WarningConfig config) {
            return new Rules(config.inactive(), config.inactiveDays(), config.missedSession(), config.overdue(),
                    config.offPace(), config.nudge(), config.nudgeDays());
        }

        /** Whether the digest has anything to say: at least one list is kept. */
        public boolean anyList() {
            return inactive || missedSession || overdue || offPace;
        }
    }
}
