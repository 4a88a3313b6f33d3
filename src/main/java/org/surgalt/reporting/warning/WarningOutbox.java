package org.surgalt.reporting.warning;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Sends each early-warning mail once per period: the row that says it was sent (V032) is written
 * first, in the transaction that hands the mail to the server. A concurrent run on another instance
 * waits on that row's lock and, once it commits, finds the row and sends nothing; a mail server
 * that refuses rolls the row back, so the next run tries again. (A crash between the server taking
 * the mail and the commit would send it again: twice is better than never, as for every mail here.)
 */
@ApplicationScoped
class WarningOutbox {

    private final WarningQueries queries;
    private final Mailer mailer;

    WarningOutbox(WarningQueries queries, Mailer mailer) {
        this.queries = queries;
        this.mailer = mailer;
    }

    /** @return whether it was sent now (false: sent for this week already) */
    @Transactional
    boolean digest(long cohortId, long coordinatorId, String week, Mail mail) {
        return sendIf(queries.claimDigest(cohortId, coordinatorId, week), mail);
    }

    /** @return whether it was sent now (false: the learner was nudged in this period already) */
    @Transactional
    boolean nudge(long userId, String period, long cohortId, Mail mail) {
        return sendIf(queries.claimNudge(userId, period, cohortId), mail);
    }

    private boolean sendIf(boolean claimed, Mail mail) {
        if (claimed) {
            mailer.send(mail);
        }
        return claimed;
    }
}
