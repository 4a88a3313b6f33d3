package org.surgalt.discussion;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.User;
import org.surgalt.identity.Viewer;
import org.surgalt.identity.ViewerService;
import org.surgalt.notification.NotificationConfig;
import org.surgalt.platform.jobs.JobHandler;
import org.surgalt.platform.jobs.JobQueue;
import org.surgalt.reporting.warning.UnsubscribeLinks;

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
    private final ThreadRepository threads;
    private final ForumRepository forums;
    private final ForumAccess access;
    private final ViewerService viewers;
    private final IdentityService identity;
    private final UnsubscribeLinks links;
    private final NotificationConfig config;
    private final Mailer mailer;

    DailyDigests(JobQueue jobs, Subscriptions rows, PostRepository posts, ThreadRepository threads,
            ForumRepository forums, ForumAccess access, ViewerService viewers, IdentityService identity,
            UnsubscribeLinks links, NotificationConfig config, Mailer mailer) {
        this.jobs = jobs;
        this.rows = rows;
        this.posts = posts;
        this.threads = threads;
        this.forums = forums;
        this.access = access;
        this.viewers = viewers;
        this.identity = identity;
        this.links = links;
        this.config = config;
        this.mailer = mailer;
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
        LocalDate day = now.atZone(config.timeZone()).toLocalDate();
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
        Viewer reader = viewers.viewerOf(userId).orElse(null);
        if (reader == null) {
            return false;
        }
        List<Post> readable = new ArrayList<>();
        for (long postId : rows.digestPosts(userId)) {
            Post post = posts.findById(postId);
            ForumThread thread = threads.findById(post.threadId());
            Forum forum = forums.findById(thread.forumId());
            if (access.canRead(reader, forum)
                    && (access.canModerate(reader, forum) || !posts.opening(thread.id()).hidden())) {
                readable.add(post);
            }
        }
        if (readable.isEmpty() || !rows.claimDigest(userId, day)) {
            return false;
        }
        readable.forEach(post -> rows.claimPostMail(post.id(), userId));
        mailer.send(mail(reader, readable));
        return true;
    }

    private Mail mail(Viewer reader, List<Post> posted) {
        DiscussionMessages msg = MessageBundles.get(DiscussionMessages.class,
                Localized.Literal.of(reader.locale().getLanguage()));
        String base = config.baseUrl().replaceAll("/+$", "");
        StringBuilder body = new StringBuilder(msg.mail_digest_intro(posted.size())).append("\n\n");
        for (Post post : posted) {
            ForumThread thread = threads.findById(post.threadId());
            String author = identity.findUser(post.authorId()).map(User::displayName).orElse("");
            body.append(msg.mail_digest_item(thread.title(), author, post.body(),
                    base + "/discussion/threads/" + thread.id() + "#post-" + post.id())).append("\n\n");
        }
        body.append(msg.mail_digest_stop()).append('\n');
        for (Subscriptions.Row subscription : rows.digestSubscriptions(reader.userId())) {
            String title = subscription.threadId() != null ? threads.findById(subscription.threadId()).title()
                    : forums.findById(subscription.forumId()).title();
            body.append("- ").append(title).append(": ").append(base).append("/discussion/unsubscribe/")
                    .append(links.token(PostMails.UNSUBSCRIBE, subscription.id())).append('\n');
        }
        return Mail.withText(reader.email(), msg.mail_digest_subject(posted.size()), body.toString());
    }
}
