package org.surgalt.discussion;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.surgalt.identity.Viewer;
import org.surgalt.notification.NotificationConfig;
import org.surgalt.platform.jobs.JobHandler;
import org.surgalt.platform.jobs.JobQueue;

/**
 * The daily digest: every instance's scheduler ticks and queues one run unless one is waiting; the
 * run mails each person with "daily digest" subscriptions the new posts they may read and have not
 * been mailed, once per person and day (forum_digest_mail, written in the mail's transaction, as
 * early warning's weekly mail does), so later runs that day, on any instance, send nothing twice.
 */
@ApplicationScoped
class DailyDigests implements JobHandler {

    static final String JOB = "discussion.daily-digest";
    private static final Logger LOG = Logger.getLogger(DailyDigests.class);

    private final JobQueue jobs;
    private final Subscriptions rows;
    private final PostRepository posts;
    private final MailReaders readers;
    private final Mailer mailer;
    private final ZoneId zone;

    DailyDigests(JobQueue jobs, Subscriptions rows, PostRepository posts, MailReaders readers, Mailer mailer,
            NotificationConfig config) {
        this.jobs = jobs;
        this.rows = rows;
        this.posts = posts;
        this.readers = readers;
        this.mailer = mailer;
        this.zone = config.timeZone();
    }

    @Scheduled(identity = "discussion-digest", every = "${surgalt.discussion.digest-check-interval}", delayed = "1m",
            concurrentExecution = ConcurrentExecution.SKIP)
    void queueRun() {
        jobs.enqueueUnlessPending(JOB, Map.of());
    }

    @Override
    public String kind() {
        return JOB;
    }

    @Override
    public void run(JsonNode payload) {
        LOG.infof("Discussion digest run: %d digests sent", send(Instant.now()));
    }

    /** @return how many digests this call sent */
    int send(Instant now) {
        LocalDate day = now.atZone(zone).toLocalDate();
        int sent = 0;
        for (long userId : readers()) {
            if (sendOne(userId, day)) {
                sent++;
            }
        }
        return sent;
    }

    @Transactional
    List<Long> readers() {
        return rows.digestReaders();
    }

    /** One person's digest of the day, checked and recorded in the transaction that sends it. */
    @Transactional
    boolean sendOne(long userId, LocalDate day) {
        Viewer reader = readers.reader(userId).orElse(null);
        if (reader == null) {
            return false;
        }
        List<Post> readable = rows.digestPosts(userId).stream().map(posts::findById)
                .filter(post -> readers.mayRead(reader, post)).toList();
        if (readable.isEmpty() || !rows.claimDigest(userId, day)) {
            return false;
        }
        readable.forEach(post -> rows.claimPostMail(post.id(), userId));
        mailer.send(mail(reader, readable));
        return true;
    }

    private Mail mail(Viewer reader, List<Post> posted) {
        DiscussionMessages msg = readers.messages(reader);
        StringBuilder body = new StringBuilder(msg.mail_digest_intro(posted.size())).append("\n\n");
        for (Post post : posted) {
            body.append(msg.mail_digest_item(readers.thread(post).title(), readers.author(post), post.body(),
                    readers.postLink(post))).append("\n\n");
        }
        body.append(msg.mail_digest_stop()).append('\n');
        for (Subscriptions.Row subscription : rows.digestSubscriptions(reader.userId())) {
            body.append("- ").append(readers.title(subscription)).append(": ")
                    .append(readers.stopLink(subscription.id())).append('\n');
        }
        return Mail.withText(reader.email(), msg.mail_digest_subject(posted.size()), body.toString());
    }
}
