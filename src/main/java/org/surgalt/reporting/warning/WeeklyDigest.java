package org.surgalt.reporting.warning;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import org.jboss.logging.Logger;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.User;
import org.surgalt.notification.NotificationConfig;
import org.surgalt.reporting.warning.Slipping.CohortInfo;

/**
 * The weekly digest: for every cohort still running (or ended less than a week ago) whose rules
 * keep any list, the lists as of now, mailed to each of its coordinators once in the ISO week.
 * The lists are computed once per cohort and run; who is on them is kept as the week's snapshot
 * (the first run of the week's), which next week's digest and the page compare with.
 */
@ApplicationScoped
class WeeklyDigest {

    private static final Logger LOG = Logger.getLogger(WeeklyDigest.class);

    private final EarlyWarning warning;
    private final WarningMailer mails;
    private final WarningOutbox outbox;
    private final IdentityService identity;
    private final ZoneId zone;

    WeeklyDigest(EarlyWarning warning, WarningMailer mails, WarningOutbox outbox,
            IdentityService identity, NotificationConfig config) {
        this.warning = warning;
        this.mails = mails;
        this.outbox = outbox;
        this.identity = identity;
        this.zone = config.timeZone();
    }

    /** @return how many digests this call sent (the others of the week were sent already) */
    int send(Instant now) {
        int sent = 0;
        String week = warning.week(now);
        for (CohortInfo cohort : warning.running(now.atZone(zone).toLocalDate().minusDays(7))) {
            sent += send(cohort, week, now);
        }
        return sent;
    }

    int send(CohortInfo cohort, String week, Instant now) {
        Slipping slipping = null;
        int sent = 0;
        for (long coordinatorId : warning.coordinators(cohort)) {
            User coordinator = identity.findUser(coordinatorId).orElse(null);
            if (coordinator == null || coordinator.isDisabled()) {
                continue;
            }
            if (slipping == null) {
                slipping = warning.lists(cohort, now);
                if (!slipping.rules().anyList()) {
                    return 0;
                }
                warning.keepSnapshot(slipping);
            }
            if (outbox.digest(cohort.id(), coordinatorId, week, mails.digest(coordinator, slipping))) {
                sent++;
            }
        }
        if (sent > 0) {
            LOG.infof("Weekly digest of cohort %s for %s: %d sent", cohort.code(), week, sent);
        }
        return sent;
    }
}
