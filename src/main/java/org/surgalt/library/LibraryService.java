package org.surgalt.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.surgalt.content.UploadService;
import org.surgalt.course.Item;
import org.surgalt.identity.Viewer;
import org.surgalt.identity.place.Places;
import org.surgalt.platform.DomainException;
import org.surgalt.search.SearchQuery;
import org.surgalt.search.SearchService;

/** Publishing, changing, withdrawing and finding the library's resources. */
@ApplicationScoped
public class LibraryService {

    public static final int PAGE_SIZE = 20;

    private final LibraryRepository resources;
    private final LibraryAccess access;
    private final UploadService uploads;
    private final Places places;
    private final SearchService search;

    LibraryService(LibraryRepository resources, LibraryAccess access, UploadService uploads, Places places,
            SearchService search) {
        this.search = search;
        this.resources = resources;
        this.access = access;
        this.uploads = uploads;
        this.places = places;
    }

    /** A resource in a list: {@code author} null for a former member (an erased person). */
    public record Listed(TeachingResource resource, String author, double average, int ratings) {
    }

    public record ListPage(List<Listed> resources, long total, int page, int pages, List<String> ignored) {
    }

    @Transactional
    public ListPage list(Viewer viewer, String typed, LibraryRepository.Filter filter, int page) {
        SearchQuery query = typed == null || typed.isBlank() ? null : search.query(typed);
        // Files inspected since their resource was last read take the verdict first, so the list shows them.
        resources.pending().forEach(this::settle);
        resources.flush();
        int wanted = Math.max(1, page);
        LibraryRepository.Found found = resources.find(query, filter, viewer.userId(), access.canCurate(viewer),
                (wanted - 1) * PAGE_SIZE, PAGE_SIZE);
        List<TeachingResource> listed = resources.inOrder(found.ids());
        listed.forEach(this::settle);
        Map<Long, String> authors = resources.authors(listed.stream().map(TeachingResource::authorId)
                .collect(Collectors.toSet()));
        Map<Long, LibraryRepository.Rating> ratings = resources.ratings(found.ids());
        List<Listed> rows = listed.stream().map(r -> {
            LibraryRepository.Rating rating = ratings.getOrDefault(r.id(), LibraryRepository.Rating.NONE);
            return new Listed(r, authors.get(r.authorId()), rating.average(), rating.count());
        }).toList();
        int pages = (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        return new ListPage(rows, found.total(), wanted, pages, query == null ? List.of() : query.ignored());
    }

    /** {@code uploadId}: the caller's upload (tus, or a plain form's file made into one). */
    @Transactional
    public TeachingResource publish(Viewer viewer, ResourceDetails details, String markdown, String uploadId) {
        ResourceDetails checked = checked(details);
        Content content = content(viewer, checked, markdown, uploadId, true);
        TeachingResource resource = new TeachingResource(viewer.userId(), checked, content.markdown(), content.upload());
        resources.persist(resource);
        settle(resource);
        resources.flush();
        return resource;
    }

    /** New details, and new content when a text or a file is given (else the content stays). */
    @Transactional
    public TeachingResource edit(Viewer viewer, long id, ResourceDetails details, String markdown, String uploadId) {
        TeachingResource resource = own(viewer, id);
        ResourceDetails checked = checked(details);
        Content content = content(viewer, checked, markdown, uploadId, false);
        if (content.markdown() == null && content.upload() == null && checked.kind() == ResourceKind.PAGE
                && resource.isFile()) {
            throw DomainException.invalid("kind", "a Markdown page has a text, not a file");
        }
        resource.describe(checked);
        if (content.markdown() != null || content.upload() != null) {
            resource.replaceContent(content.markdown(), content.upload());
        }
        settle(resource);
        resources.flush();
        return resource;
    }

    /** Takes the resource out of the library; copies already made in courses stay theirs. */
    @Transactional
    public void withdraw(Viewer viewer, long id) {
        resources.delete(own(viewer, id));
    }

    /** The caller's own resource, to change; refuses before a form's file is stored. */
    @Transactional
    public TeachingResource own(Viewer viewer, long id) {
        TeachingResource resource = visible(viewer, id);
        access.requireAuthor(viewer, resource);
        return resource;
    }

    /** A resource the caller may see, its file settled; others do not exist (hidden ones too). */
    @Transactional
    public TeachingResource visible(Viewer viewer, long id) {
        TeachingResource resource = resources.findByIdOptional(id).filter(r -> access.canSee(viewer, r))
                .orElseThrow(() -> DomainException.notFound("resource", id));
        settle(resource);
        return resource;
    }

    @Transactional
    public Item.AttachedFile file(Viewer viewer, long id) {
        return visible(viewer, id).file().orElseThrow(() -> DomainException.notFound("file", id));
    }

    /** The author's name, or empty for a former member. */
    @Transactional
    public Optional<String> author(long userId) {
        return Optional.ofNullable(resources.authors(Set.of(userId)).get(userId));
    }

    /** The resource's average rating and how many rated it. */
    @Transactional
    public LibraryRepository.Rating rating(long resourceId) {
        return resources.ratings(Set.of(resourceId)).getOrDefault(resourceId, LibraryRepository.Rating.NONE);
    }

    private record Content(String markdown, String upload) {
    }

    private Content content(Viewer viewer, ResourceDetails details, String markdown, String uploadId,
            boolean required) {
        boolean hasText = markdown != null && !markdown.isBlank();
        boolean hasFile = uploadId != null && !uploadId.isBlank();
        if (hasText && hasFile) {
            throw DomainException.invalid("body", "give either a Markdown text or a file, not both");
        }
        if (required && !hasText && !hasFile) {
            throw DomainException.invalid("body", "write the resource in Markdown or choose a file");
        }
        if (hasFile && details.kind() == ResourceKind.PAGE) {
            throw DomainException.invalid("kind", "a Markdown page has a text, not a file");
        }
        if (hasText && markdown.length() > Item.MAX_BODY) {
            throw DomainException.invalid("body", "must be at most " + Item.MAX_BODY + " characters");
        }
        return new Content(hasText ? markdown : null, hasFile ? uploads.pendingFile(viewer, uploadId.strip()).id() : null);
    }

    /** A pending file takes inspection's verdict (as submissions' files do). */
    void settle(TeachingResource resource) {
        if (!resource.isPending()) {
            return;
        }
        uploads.settle(resource);
    }

    private ResourceDetails checked(ResourceDetails details) {
        if (details.aimag() == null) {
            return details;
        }
        return details.withAimag(places.aimag(details.aimag()).map(Places.Aimag::nameMn)
                .orElseThrow(() -> DomainException.invalid("aimag", "must be one of Mongolia's aimags or the capital")));
    }
}
