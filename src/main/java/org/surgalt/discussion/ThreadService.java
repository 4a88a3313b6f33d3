package org.surgalt.discussion;

import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.web.MarkdownRenderer;

/** Reading a thread (paged, marking it read), replying, editing, accepting an answer, pinning. */
@ApplicationScoped
public class ThreadService {

    /** A post as one reader sees it; what they may do with it decided here, never in a template. */
    public record PostView(long id, Long parentId, String author, RawString html, String body, Instant createdAt,
            boolean edited, boolean opening, boolean hidden, String hiddenReason, boolean accepted, boolean canEdit,
            boolean canReply, boolean canAccept, boolean canModerate) {
    }

    /**
     * A page of a thread. {@code waitingForOwnAnswer}: in a Q&A forum the reader sees the others'
     * answers after posting their own (as Moodle does); until then only the question.
     */
    public record ThreadPage(Forum forum, ForumThread thread, List<PostView> posts, int page, int pages,
            boolean canReply, boolean canModerate, boolean waitingForOwnAnswer) {
    }

    private final ThreadRepository threads;
    private final PostRepository posts;
    private final ForumRepository forums;
    private final PostWriter writer;
    private final ForumAccess access;
    private final MarkdownRenderer markdown;
    private final DiscussionConfig config;
    private final Mentions mentions;

    ThreadService(ThreadRepository threads, PostRepository posts, ForumRepository forums, PostWriter writer,
            ForumAccess access, MarkdownRenderer markdown, DiscussionConfig config, Mentions mentions) {
        this.mentions = mentions;
        this.threads = threads;
        this.posts = posts;
        this.forums = forums;
        this.writer = writer;
        this.access = access;
        this.markdown = markdown;
        this.config = config;
    }

    /** The thread's forum, once the viewer may read it; a thread whose opening post is hidden is the moderators' only. */
    Forum forumOf(Viewer viewer, ForumThread thread) {
        Forum forum = forums.findById(thread.forumId());
        access.requireRead(viewer, forum);
        if (!access.canModerate(viewer, forum) && posts.opening(thread.id()).hidden()) {
            throw DomainException.notFound("thread", thread.id());
        }
        return forum;
    }

    /** Whether the thread page shows this post to the viewer: the rules of {@link #read}, for one post. */
    boolean shows(Viewer viewer, Forum forum, ForumThread thread, Post post) {
        if (access.canModerate(viewer, forum)) {
            return true;
        }
        if (post.hidden()) {
            return false;
        }
        return forum.kind() != ForumKind.QUESTIONS || post.opening() || post.authorId() == viewer.userId()
                || thread.authorId() == viewer.userId() || posts.hasReplied(thread.id(), viewer.userId());
    }

    ForumThread thread(long threadId) {
        return threads.findByIdOptional(threadId).orElseThrow(() -> DomainException.notFound("thread", threadId));
    }

    Post post(long postId) {
        return posts.findByIdOptional(postId).orElseThrow(() -> DomainException.notFound("post", postId));
    }

    @Transactional
    public ThreadPage read(Viewer viewer, long threadId, int page) {
        ForumThread thread = thread(threadId);
        Forum forum = forumOf(viewer, thread);
        boolean moderator = access.canModerate(viewer, forum);
        boolean waiting = forum.kind() == ForumKind.QUESTIONS && !moderator && thread.authorId() != viewer.userId()
                && !posts.hasReplied(threadId, viewer.userId());
        Long onlyOwn = waiting ? viewer.userId() : null;
        int size = config.postsPerPage();
        int pages = (int) Math.max(1, (posts.count(threadId, moderator, onlyOwn) + size - 1) / size);
        int current = Math.min(Math.max(page, 1), pages);
        boolean canReply = access.canPost(viewer, forum) && (!thread.locked() || moderator);
        boolean canAccept = forum.kind() == ForumKind.QUESTIONS && (moderator || thread.authorId() == viewer.userId());
        Instant now = Instant.now();
        List<PostRepository.Named> shown = posts.page(threadId, moderator, onlyOwn, (current - 1) * size, size);
        var named = mentions.of(shown.stream().map(n -> n.post().id()).toList());
        List<PostView> views = shown.stream()
                .map(line -> {
                    Post p = line.post();
                    return new PostView(p.id(), p.parentId(), line.author(),
                            markdown.render(Mentions.withNames(p.body(), named.get(p.id()))), p.body(),
                            p.createdAt(), p.editedAt() != null, p.opening(), p.hidden(),
                            moderator ? p.hiddenReason() : null, Long.valueOf(p.id()).equals(thread.acceptedPostId()),
                            !thread.locked() && p.editableBy(viewer.userId(), config.editWindow(), now),
                            canReply && !p.opening() && p.parentId() == null, canAccept && !p.opening(), moderator);
                }).toList();
        views.stream().mapToLong(PostView::id).max().ifPresent(last -> threads.markRead(viewer.userId(), threadId, last));
        return new ThreadPage(forum, thread, views, current, pages, canReply, moderator, waiting);
    }

    /** A reply to the thread, or (parentId) to one of its replies: one level deep, never deeper. */
    @Transactional
    public Post reply(Viewer viewer, long threadId, Long parentId, String body) {
        ForumThread thread = thread(threadId);
        Forum forum = forumOf(viewer, thread);
        access.requirePost(viewer, forum);
        if (thread.locked() && !access.canModerate(viewer, forum)) {
            throw DomainException.conflict("This thread is locked: nobody replies to it any more.");
        }
        if (parentId != null) {
            Post parent = posts.findByIdOptional(parentId).orElse(null);
            if (parent == null || parent.threadId() != threadId || parent.opening() || parent.parentId() != null) {
                throw DomainException.invalid("parent", "must be a reply in this thread");
            }
        }
        String text = PostWriter.required("body", body, PostWriter.MAX_BODY);
        writer.requireUnderRate(viewer);
        return writer.write(thread, parentId, viewer.userId(), false, text);
    }

    @Transactional
    public Post edit(Viewer viewer, long postId, String body) {
        Post post = post(postId);
        ForumThread thread = thread(post.threadId());
        forumOf(viewer, thread);
        if (thread.locked()) {
            throw DomainException.conflict("This thread is locked: nobody replies to it any more.");
        }
        if (post.hidden()) {
            throw DomainException.notFound("post", postId);
        }
        post.edit(viewer.userId(), PostWriter.required("body", body, PostWriter.MAX_BODY), config.editWindow(),
                Instant.now());
        mentions.record(post);
        return post;
    }

    /** In a Q&A forum, the asker or a moderator marks the answer that helped (again: another answer). */
    @Transactional
    public ForumThread accept(Viewer viewer, long postId) {
        Post post = post(postId);
        ForumThread thread = thread(post.threadId());
        Forum forum = forumOf(viewer, thread);
        if (forum.kind() != ForumKind.QUESTIONS || post.opening() || post.hidden()) {
            throw DomainException.conflict("Only an answer in a question-and-answer forum is accepted.");
        }
        if (thread.authorId() != viewer.userId() && !access.canModerate(viewer, forum)) {
            throw DomainException.forbidden("Only the person who asked, or the course's staff, accept an answer.");
        }
        thread.accept(post.id());
        return thread;
    }

    @Transactional
    public ForumThread pin(Viewer viewer, long threadId, boolean pinned) {
        ForumThread thread = thread(threadId);
        access.requireModerate(viewer, forumOf(viewer, thread));
        thread.pin(pinned);
        return thread;
    }
}
