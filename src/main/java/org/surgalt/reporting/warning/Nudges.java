package org.surgalt.reporting.warning;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.User;
import org.surgalt.notification.NotificationConfig;
import org.surgalt.notification.NotificationKind;
import org.surgalt.notification.NotificationService;
import org.surgalt.reporting.warning.Slipping.CohortInfo;

/**
 * "We miss you": a mail to each member of a running cohort with nudges on who has been inactive
 * for the cohort's nudge days, at most once per learner and ISO week whichever cohorts find them,
 * unless they turned these reminders off (on /account/notifications or by the mail's own link).
 */
@ApplicationScoped
class Nudges {

    private final EarlyWarning warning;
    private final WarningSettingsService settings;
    private final NotificationService notifications;
    private final IdentityService identity;
    private final WarningMailer mails;
    private final WarningOutbox outbox;
    private final ZoneId zone;

    Nudges(EarlyWarning warning, WarningSettingsService settings, NotificationService notifications,
            IdentityService identity, WarningMailer mails, WarningOutbox outbox, NotificationConfig config) {
        this.warning = warning;
        this.settings = settings;
        this.notifications = notifications;
        this.identity = identity;
        this.mails = mails;
        this.outbox = outbox;
        this.zone = config.timeZone();
    }

    /** @return how many nudges this call sent */
    int send(Instant now) {
        String period = warning.week(now);
        int sent = 0;
        for (CohortInfo cohort : warning.running(now.atZone(zone).toLocalDate())) {
            WarningSettings.Rules rules = settings.rules(cohort.id());
            if (!rules.nudge()) {
                continue;
            }
            for (Slipping.Inactive inactive : warning.inactive(cohort.id(), rules.nudgeDays(), now)) {
                long userId = inactive.learner().userId();
                if (!notifications.wants(userId, NotificationKind.INACTIVITY_NUDGE)) {
                    continue;
                }
                User learner = identity.findUser(userId).orElse(null);
                if (learner != null && !learner.isDisabled()
                        && outbox.nudge(userId, period, cohort.id(), mails.nudge(learner, cohort.name(), rules.nudgeDays()))) {
                    sent++;
                }
            }
        }
        return sent;
    }
}
