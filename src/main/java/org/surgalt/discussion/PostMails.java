package org.surgalt.discussion;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.surgalt.discussion.Subscriptions.Row;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.User;
import org.surgalt.identity.Viewer;
import org.surgalt.identity.ViewerService;
import org.surgalt.notification.NotificationConfig;
import org.surgalt.platform.jobs.JobHandler;
import org.surgalt.platform.jobs.JobQueue;
import org.surgalt.reporting.warning.UnsubscribeLinks;

/**
 * A post's mail to the people who follow its thread or forum with "each post": queued as a job in
 * the post's transaction (so it runs once the post is committed), sent by the job to each subscriber
 * who may still read the forum and is not the author, in their language, never for a hidden post.
 * Each (post, person) is recorded in the transaction that hands the mail over (forum_post_mail), so
 * a job that runs twice, on any instance, mails nobody twice.
 */
@ApplicationScoped
public class PostMails implements JobHandler {

    static final String JOB = "discussion.post-mail";
    /** The purpose of the signed token in a discussion mail's "stop" link. */
    static final String UNSUBSCRIBE = "discussion subscription ";

    private final JobQueue jobs;
    private final SubscriptionService subscriptions;
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

    PostMails(JobQueue jobs, SubscriptionService subscriptions, Subscriptions rows, PostRepository posts,
            ThreadRepository threads, ForumRepository forums, ForumAccess access, ViewerService viewers,
            IdentityService identity, UnsubscribeLinks links, NotificationConfig config, Mailer mailer) {
        this.jobs = jobs;
        this.subscriptions = subscriptions;
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

    void posted(@Observes Posted posted) {
        subscriptions.follow(posted);
        jobs.enqueue(JOB, Map.of("post", posted.postId()));
    }

    @Override
    public String kind() {
        return JOB;
    }

    @Override
    public void run(JsonNode payload) {
        send(payload.path("post").asLong());
    }

    /** @return how many mails this call sent */
    int send(long postId) {
        int sent = 0;
        for (Row subscription : subscribers(postId)) {
            if (sendOne(postId, subscription)) {
                sent++;
            }
        }
        return sent;
    }

    @Transactional
    java.util.List<Row> subscribers(long postId) {
        Post post = posts.findById(postId);
        if (post == null || post.hidden()) {
            return java.util.List.of();
        }
        ForumThread thread = threads.findById(post.threadId());
        return rows.eachPost(thread.forumId(), thread.id()).stream()
                .filter(row -> row.userId() != post.authorId()).toList();
    }

    /** One person's mail, checked again and recorded in the transaction that sends it. */
    @Transactional
    boolean sendOne(long postId, Row subscription) {
        Post post = posts.findById(postId);
        if (post == null || post.hidden()) {
            return false;
        }
        ForumThread thread = threads.findById(post.threadId());
        Forum forum = forums.findById(thread.forumId());
        Viewer reader = viewers.viewerOf(subscription.userId()).orElse(null);
        if (reader == null || !access.canRead(reader, forum)
                || (!access.canModerate(reader, forum) && posts.opening(thread.id()).hidden())
                || !rows.claimPostMail(postId, reader.userId())) {
            return false;
        }
        mailer.send(mail(reader, forum, thread, post, subscription.id()));
        return true;
    }

    private Mail mail(Viewer reader, Forum forum, ForumThread thread, Post post, long subscriptionId) {
        DiscussionMessages msg = MessageBundles.get(DiscussionMessages.class,
                Localized.Literal.of(reader.locale().getLanguage()));
        String base = config.baseUrl().replaceAll("/+$", "");
        String author = identity.findUser(post.authorId()).map(User::displayName).orElse("");
        String stop = base + "/discussion/unsubscribe/" + links.token(UNSUBSCRIBE, subscriptionId);
        String body = msg.mail_post_body(author, thread.title(), forum.title(), post.body(),
                base + "/discussion/threads/" + thread.id() + "#post-" + post.id(), stop);
        return Mail.withText(reader.email(), msg.mail_post_subject(thread.title()), body)
                .addHeader("List-Unsubscribe", "<" + stop + ">");
    }
}
