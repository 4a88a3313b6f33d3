package org.surgalt.discussion;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.surgalt.identity.Viewer;
import org.surgalt.notification.NotificationConfig;
import org.surgalt.notification.NotificationKind;
import org.surgalt.notification.NotificationService;
import org.surgalt.platform.jobs.JobHandler;

/**
 * The mail that tells people a post mentions them: one job per post (queued by {@link Mentions}),
 * which mails each person the post names and has not been told yet, in their language, if they
 * still may read the post and have not turned "mentions" off (NotificationService, the
 * preferences page). Each is claimed in the transaction that hands their mail over
 * (forum_mention.notified_at), so nobody hears of a post twice. The mail names the author and
 * the thread and links to the post; it never quotes it, so no answer in a question-and-answer
 * forum reaches someone the thread page would not yet show it to.
 */
@ApplicationScoped
public class MentionMails implements JobHandler {

    static final String JOB = "discussion.mention-mail";

    private final EntityManager em;
    private final MailReaders readers;
    private final NotificationService notifications;
    private final NotificationConfig config;
    private final Mailer mailer;

    MentionMails(EntityManager em, MailReaders readers, NotificationService notifications, NotificationConfig config,
            Mailer mailer) {
        this.em = em;
        this.readers = readers;
        this.notifications = notifications;
        this.config = config;
        this.mailer = mailer;
    }

    @Override
    public String kind() {
        return JOB;
    }

    @Override
    public void run(JsonNode payload) {
        long postId = payload.path("post").asLong();
        for (long userId : waiting(postId)) {
            sendOne(postId, userId);
        }
    }

    @Transactional
    @SuppressWarnings("unchecked")
    List<Long> waiting(long postId) {
        return ((List<Number>) em.createNativeQuery("SELECT user_id FROM forum_mention WHERE post_id = ?1 "
                + "AND notified_at IS NULL").setParameter(1, postId).getResultList()).stream()
                .map(Number::longValue).toList();
    }

    /** @return whether a mail went */
    @Transactional
    boolean sendOne(long postId, long userId) {
        int claimed = em.createNativeQuery("UPDATE forum_mention SET notified_at = ?3 WHERE post_id = ?1 "
                + "AND user_id = ?2 AND notified_at IS NULL").setParameter(1, postId).setParameter(2, userId)
                .setParameter(3, Instant.now()).executeUpdate();
        Post post = em.find(Post.class, postId);
        Viewer reader = readers.reader(userId).orElse(null);
        if (claimed == 0 || reader == null || !readers.mayRead(reader, post)
                || !notifications.wants(userId, NotificationKind.DISCUSSION_MENTION)) {
            return false;
        }
        ForumThread thread = readers.thread(post);
        DiscussionExtrasMessages msg = MessageBundles.get(DiscussionExtrasMessages.class,
                Localized.Literal.of(reader.locale().getLanguage()));
        String author = readers.author(post);
        String settings = config.baseUrl().replaceAll("/+$", "") + "/account/notifications";
        mailer.send(Mail.withText(reader.email(), msg.mail_mention_subject(author, thread.title()),
                msg.mail_mention_body(reader.displayName(), author, thread.title(), readers.forum(thread).title(),
                        readers.postLink(post), settings)));
        return true;
    }
}
