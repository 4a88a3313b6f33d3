package org.surgalt.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import org.surgalt.discussion.Subscriptions.Target;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.User;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.reporting.warning.UnsubscribeLinks;

/**
 * Following a forum or a thread by mail: a reader subscribes to what they may read, choosing each
 * post in its own mail ("post", the default) or one daily digest ("digest"); starting a thread or
 * replying subscribes its author to the thread (their earlier choice there stays).
 */
@ApplicationScoped
public class SubscriptionService {

    public static final String EACH_POST = "POST";
    public static final String DIGEST = "DIGEST";

    private final Subscriptions subscriptions;
    private final ForumService forums;
    private final ThreadService threads;
    private final ForumRepository forumRows;
    private final ThreadRepository threadRows;
    private final IdentityService identity;
    private final UnsubscribeLinks links;

    SubscriptionService(Subscriptions subscriptions, ForumService forums, ThreadService threads,
            ForumRepository forumRows, ThreadRepository threadRows, IdentityService identity, UnsubscribeLinks links) {
        this.subscriptions = subscriptions;
        this.forums = forums;
        this.threads = threads;
        this.forumRows = forumRows;
        this.threadRows = threadRows;
        this.identity = identity;
        this.links = links;
    }

    /** What a mail's "stop" link would end: whose subscription, to what (a forum's or thread's title). */
    public record Signed(long subscriptionId, String name, String what) {
    }

    /** The subscription a mail's signed link names; empty if forged, altered or already ended. */
    @Transactional
    public Optional<Signed> signed(String token) {
        return links.idOf(MailReaders.UNSUBSCRIBE, token).flatMap(subscriptions::find).map(row -> new Signed(row.id(),
                identity.findUser(row.userId()).map(User::displayName).orElse(""),
                row.threadId() != null ? threadRows.findById(row.threadId()).title()
                        : forumRows.findById(row.forumId()).title()));
    }

    /** Ends the subscription a mail's signed link names, without signing in. @return false if none */
    @Transactional
    public boolean unsubscribe(String token) {
        return links.idOf(MailReaders.UNSUBSCRIBE, token).map(subscriptions::removeById).orElse(false);
    }

    /** How the viewer follows the forum ("POST", "DIGEST"), empty if not. */
    @Transactional
    public Optional<String> ofForum(Viewer viewer, long forumId) {
        forums.readable(viewer, forumId);
        return subscriptions.mode(viewer.userId(), Target.FORUM, forumId);
    }

    @Transactional
    public Optional<String> ofThread(Viewer viewer, long threadId) {
        threads.forumOf(viewer, threads.thread(threadId));
        return subscriptions.mode(viewer.userId(), Target.THREAD, threadId);
    }

    @Transactional
    public void subscribeForum(Viewer viewer, long forumId, String mode) {
        forums.readable(viewer, forumId);
        subscriptions.put(viewer.userId(), Target.FORUM, forumId, mode(mode));
    }

    @Transactional
    public void unsubscribeForum(Viewer viewer, long forumId) {
        forums.readable(viewer, forumId);
        subscriptions.remove(viewer.userId(), Target.FORUM, forumId);
    }

    @Transactional
    public void subscribeThread(Viewer viewer, long threadId, String mode) {
        threads.forumOf(viewer, threads.thread(threadId));
        subscriptions.put(viewer.userId(), Target.THREAD, threadId, mode(mode));
    }

    @Transactional
    public void unsubscribeThread(Viewer viewer, long threadId) {
        threads.forumOf(viewer, threads.thread(threadId));
        subscriptions.remove(viewer.userId(), Target.THREAD, threadId);
    }

    /** The author follows the thread they started or replied in, in the post's transaction. */
    void follow(Posted posted) {
        subscriptions.putIfAbsent(posted.authorId(), Target.THREAD, posted.threadId());
    }

    /** "post" or "digest" (any case); nothing chosen is each post. */
    static String mode(String mode) {
        if (mode == null || mode.isBlank()) {
            return EACH_POST;
        }
        String upper = mode.trim().toUpperCase(Locale.ROOT);
        if (!upper.equals(EACH_POST) && !upper.equals(DIGEST)) {
            throw DomainException.invalid("mode", "must be post or digest");
        }
        return upper;
    }
}
