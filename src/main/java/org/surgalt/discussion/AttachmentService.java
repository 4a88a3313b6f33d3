package org.surgalt.discussion;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.surgalt.content.FileKind;
import org.surgalt.content.UploadService;
import org.surgalt.course.Item;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * Files on posts, through the upload pipeline (content/): the bytes' type found by inspection,
 * its size and type limits, and never served inline. The post's author attaches them while they
 * may still edit it (the edit window, an open thread), at most {@value #MAX_PER_POST} to a post.
 * Whoever may read the post may download them; a hidden post's files are its moderators' only,
 * and in a question-and-answer forum an answer's files wait, as the answer does, for one's own.
 */
@ApplicationScoped
public class AttachmentService {

    static final int MAX_PER_POST = 5;

    /** A file as one reader sees it on the page: ready (a link), being checked, or refused (its author sees why). */
    public record Shown(long id, String filename, boolean ready, boolean pending, String rejection, String link) {
        static Shown of(Attachment a) {
            return new Shown(a.id(), a.filename(), a.ready(), a.pending(), a.rejection(),
                    "/discussion/attachments/" + a.id());
        }
    }

    @ApplicationScoped
    static class Attachments implements PanacheRepository<Attachment> {
    }

    private final Attachments attachments;
    private final ThreadService threads;
    private final PostRepository posts;
    private final ForumAccess access;
    private final UploadService uploads;
    private final DiscussionConfig config;

    AttachmentService(Attachments attachments, ThreadService threads, PostRepository posts, ForumAccess access,
            UploadService uploads, DiscussionConfig config) {
        this.attachments = attachments;
        this.threads = threads;
        this.posts = posts;
        this.access = access;
        this.uploads = uploads;
        this.config = config;
    }

    /** Refuses what {@link #attach} would refuse before any byte is kept (a plain form's file). */
    @Transactional
    public Post requireAttachable(Viewer viewer, long postId) {
        Post post = threads.post(postId);
        ForumThread thread = threads.thread(post.threadId());
        threads.forumOf(viewer, thread);
        if (post.hidden()) {
            throw DomainException.notFound("post", postId);
        }
        if (post.authorId() != viewer.userId()) {
            throw DomainException.forbidden("Only its author attaches files to a post.");
        }
        if (thread.locked() || !post.editableBy(viewer.userId(), config.editWindow(), Instant.now())) {
            throw DomainException.conflict("Files are attached while the post can still be edited.");
        }
        if (attachments.count("postId = ?1 and rejection is null", postId) >= MAX_PER_POST) {
            throw DomainException.invalid("file", "a post has at most " + MAX_PER_POST + " files");
        }
        return post;
    }

    /** The caller's upload on their post: accepted, or waiting for inspection; a refused one is refused here. */
    @Transactional
    public Attachment attach(Viewer viewer, long postId, String uploadId) {
        requireAttachable(viewer, postId);
        if (uploadId == null || uploadId.isBlank()) {
            throw DomainException.invalid("upload", "is required: choose a file and upload it");
        }
        UploadService.Stage stage = uploads.stage(uploads.owned(viewer, uploadId.strip()).id()).orElseThrow();
        if (stage.kind() != FileKind.FILE) {
            throw DomainException.invalid("upload", "was uploaded as a " + stage.kind().name().toLowerCase(Locale.ROOT)
                    + ", not a file");
        }
        if ("rejected".equals(stage.name())) {
            uploads.ready(viewer, stage.id(), FileKind.FILE); // throws the refusal with inspection's reason
        }
        if ("expired".equals(stage.name())) {
            throw DomainException.invalid("upload", "has expired; upload the file again");
        }
        Attachment attachment = new Attachment(postId, stage.id(), stage.filename());
        uploads.settle(attachment);
        attachments.persist(attachment);
        return attachment;
    }

    /** The files of these posts as this reader is shown them; pending ones take inspection's verdict first. */
    @Transactional
    public Map<Long, List<Shown>> of(Viewer viewer, Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return Map.of();
        }
        List<Attachment> all = attachments.list("postId in ?1 order by id", List.copyOf(postIds));
        all.stream().filter(Attachment::pending).forEach(uploads::settle);
        Map<Long, Long> authors = posts.list("id in ?1", List.copyOf(postIds)).stream()
                .collect(Collectors.toMap(Post::id, Post::authorId));
        return all.stream().filter(a -> a.rejection() == null || authors.get(a.postId()) == viewer.userId())
                .collect(Collectors.groupingBy(Attachment::postId, Collectors.mapping(Shown::of, Collectors.toList())));
    }

    /** The file to download, for whoever may read its post; never inline (no type is passed on to serve it). */
    @Transactional
    public Item.AttachedFile download(Viewer viewer, long attachmentId) {
        Attachment attachment = attachments.findByIdOptional(attachmentId)
                .orElseThrow(() -> DomainException.notFound("file", attachmentId));
        Post post = threads.post(attachment.postId());
        ForumThread thread = threads.thread(post.threadId());
        Forum forum = threads.forumOf(viewer, thread);
        if (attachment.pending()) {
            uploads.settle(attachment);
        }
        if (!attachment.ready() || !threads.shows(viewer, forum, thread, post)) {
            throw DomainException.notFound("file", attachmentId);
        }
        return new Item.AttachedFile(attachment.sha256(), attachment.filename(), null);
    }

}
