package org.surgalt.discussion;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.User;
import org.surgalt.identity.Viewer;
import org.surgalt.identity.ViewerService;
import org.surgalt.notification.NotificationConfig;
import org.surgalt.reporting.warning.UnsubscribeLinks;

/** What a post's mail and the daily digest share: who may still read a post, their words, the links. */
@ApplicationScoped
class MailReaders {

    /** The purpose of the signed token in a discussion mail's "stop" link. */
    static final String UNSUBSCRIBE = "discussion subscription ";

    private final PostRepository posts;
    private final ThreadRepository threads;
    private final ForumRepository forums;
    private final ForumAccess access;
    private final ViewerService viewers;
    private final IdentityService identity;
    private final UnsubscribeLinks links;
    private final NotificationConfig config;

    MailReaders(PostRepository posts, ThreadRepository threads, ForumRepository forums, ForumAccess access,
            ViewerService viewers, IdentityService identity, UnsubscribeLinks links, NotificationConfig config) {
        this.posts = posts;
        this.threads = threads;
        this.forums = forums;
        this.access = access;
        this.viewers = viewers;
        this.identity = identity;
        this.links = links;
        this.config = config;
    }

    /** The person as signed in, unless disabled. */
    Optional<Viewer> reader(long userId) {
        return viewers.viewerOf(userId);
    }

    /** Whether they may read the post now: not hidden, in a forum they read, in a thread not hidden from them. */
    boolean mayRead(Viewer reader, Post post) {
        if (post == null || post.hidden()) {
            return false;
        }
        ForumThread thread = thread(post);
        Forum forum = forum(thread);
        return access.canRead(reader, forum)
                && (access.canModerate(reader, forum) || !posts.opening(thread.id()).hidden());
    }

    ForumThread thread(Post post) {
        return threads.findById(post.threadId());
    }

    Forum forum(ForumThread thread) {
        return forums.findById(thread.forumId());
    }

    /** The title of what a subscription follows. */
    String title(Subscriptions.Row subscription) {
        return subscription.threadId() != null ? threads.findById(subscription.threadId()).title()
                : forums.findById(subscription.forumId()).title();
    }

    DiscussionMessages messages(Viewer reader) {
        return MessageBundles.get(DiscussionMessages.class, Localized.Literal.of(reader.locale().getLanguage()));
    }

    String author(Post post) {
        return identity.findUser(post.authorId()).map(User::displayName).orElse("");
    }

    String postLink(Post post) {
        return base() + "/discussion/threads/" + post.threadId() + "#post-" + post.id();
    }

    /** The signed link that ends one subscription without signing in. */
    String stopLink(long subscriptionId) {
        return base() + "/discussion/unsubscribe/" + links.token(UNSUBSCRIBE, subscriptionId);
    }

    private String base() {
        return config.baseUrl().replaceAll("/+$", "");
    }
}
