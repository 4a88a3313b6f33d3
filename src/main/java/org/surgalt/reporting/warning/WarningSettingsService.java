package org.surgalt.reporting.warning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.surgalt.cohort.Cohort;
import org.surgalt.identity.AuditLog;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.reporting.warning.WarningSettings.Rules;

/** A cohort's early-warning rules: read by everyone who computes the lists, changed by its coordinators. */
@ApplicationScoped
public class WarningSettingsService {

    static final int MAX_DAYS = 365;

    private final WarningSettingsRepository settings;
    private final WarningConfig defaults;
    private final AuditLog audit;

    WarningSettingsService(WarningSettingsRepository settings, WarningConfig defaults, AuditLog audit) {
        this.settings = settings;
        this.defaults = defaults;
        this.audit = audit;
    }

    /** The rules in force: the cohort's own, or the site's defaults. */
    @Transactional
    public Rules rules(long cohortId) {
        return settings.findByIdOptional(cohortId).map(own -> own.rules(defaults)).orElseGet(() -> Rules.defaults(defaults));
    }

    /**
     * Sets a cohort's rules; the caller has checked that the viewer manages the cohort. Day counts
     * are given as typed (a form's text), checked here.
     */
    @Transactional
    public Rules save(Viewer viewer, Cohort cohort, Input input) {
        Rules before = rules(cohort.id());
        Rules after = new Rules(input.inactive(), days("inactiveDays", input.inactiveDays()), input.missedSession(),
                input.overdue(), input.offPace(), input.nudge(), days("nudgeDays", input.nudgeDays()));
        WarningSettings own = settings.findByIdOptional(cohort.id()).orElse(null);
        if (own == null) {
            own = new WarningSettings(cohort.id());
            own.apply(after, viewer.userId());
            settings.persist(own);
        } else {
            own.apply(after, viewer.userId());
        }
        audit.record(AuditLog.by(viewer, "cohort.warning-settings").object("cohort", cohort.id())
                .before(before).after(after).detail(cohort.code()));
        return after;
    }

    private static int days(String field, String text) {
        try {
            int days = Integer.parseInt(text == null ? "" : text.strip());
            if (days >= 1 && days <= MAX_DAYS) {
                return days;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw DomainException.invalid(field, "must be between 1 and " + MAX_DAYS);
    }

    /** What a coordinator chose, as typed. */
    public record Input(boolean inactive, String inactiveDays, boolean missedSession, boolean overdue, boolean offPace,
            boolean nudge, String nudgeDays) {

        public static Input of(Rules rules) {
            return new Input(rules.inactive(), Integer.toString(rules.inactiveDays()), rules.missedSession(),
                    rules.overdue(), rules.offPace(), rules.nudge(), Integer.toString(rules.nudgeDays()));
        }
    }

}
