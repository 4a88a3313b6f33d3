package org.surgalt.discussion;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.surgalt.discussion.Subscriptions.Row;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.jobs.JobHandler;
import org.surgalt.platform.jobs.JobQueue;

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

    private final JobQueue jobs;
    private final SubscriptionService subscriptions;
    private final Subscriptions rows;
    private final PostRepository posts;
    private final MailReaders readers;
    private final Mailer mailer;

    PostMails(JobQueue jobs, SubscriptionService subscriptions, Subscriptions rows, PostRepository posts,
            MailReaders readers, Mailer mailer) {
        this.jobs = jobs;
        this.subscriptions = subscriptions;
        this.rows = rows;
        this.posts = posts;
        this.readers = readers;
        this.mailer = mailer;
    }

    /** A job only when someone but the author follows "each post": most posts in a quiet forum need none. */
    void posted(@Observes Posted posted) {
        subscriptions.follow(posted);
        if (rows.eachPost(posted.forumId(), posted.threadId()).stream().anyMatch(row -> row.userId() != posted.authorId())) {
            jobs.enqueue(JOB, Map.of("post", posted.postId()));
        }
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
    List<Row> subscribers(long postId) {
        Post post = posts.findById(postId);
        if (post == null || post.hidden()) {
            return List.of();
        }
        return rows.eachPost(readers.thread(post).forumId(), post.threadId()).stream()
                .filter(row -> row.userId() != post.authorId()).toList();
    }

    /** One person's mail, checked again and recorded in the transaction that sends it. */
    @Transactional
    boolean sendOne(long postId, Row subscription) {
        Post post = posts.findById(postId);
        Viewer reader = readers.reader(subscription.userId()).orElse(null);
        if (reader == null || !readers.mayRead(reader, post) || !rows.claimPostMail(postId, reader.userId())) {
            return false;
        }
        ForumThread thread = readers.thread(post);
        DiscussionMessages msg = readers.messages(reader);
        String stop = readers.stopLink(subscription.id());
        String body = msg.mail_post_body(readers.author(post), thread.title(), readers.forum(thread).title(),
                post.body(), readers.postLink(post), stop);
        // Mail programs that show their own "unsubscribe" open the same page.
        mailer.send(Mail.withText(reader.email(), msg.mail_post_subject(thread.title()), body)
                .addHeader("List-Unsubscribe", "<" + stop + ">"));
        return true;
    }
}
