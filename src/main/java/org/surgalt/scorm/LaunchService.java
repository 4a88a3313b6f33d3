package org.surgalt.scorm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.surgalt.contentorigin.LaunchTokenSigner;
import org.surgalt.course.Course;
import org.surgalt.course.CourseAccess;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseService;
import org.surgalt.course.ItemAccess;
import org.surgalt.course.ItemKind;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * The application's side of playing a package: who may open it, which attempt it opens (the
 * learner's open one, else a first), starting another where the item allows it, and the
 * short-lived token the player on the content origin is opened with.
 */
@ApplicationScoped
public class LaunchService {

    static final String KIND = "scorm";

    private final CourseService courses;
    private final CourseAccess access;
    private final ItemAccess items;
    private final ScormPackages packages;
    private final ScormStore store;
    private final PackageSettingsRepository settings;
    private final LaunchTokenSigner tokens;

    LaunchService(CourseService courses, CourseAccess access, ItemAccess items, ScormPackages packages,
            ScormStore store, PackageSettingsRepository settings, LaunchTokenSigner tokens) {
        this.courses = courses;
        this.access = access;
        this.items = items;
        this.packages = packages;
        this.store = store;
        this.settings = settings;
        this.tokens = tokens;
    }

    /** The package item a viewer opened, in the current version (H5P opens its items the same way). */
    public record Opened(Course course, CourseContent content, ItemContent item, boolean counts) {
    }

    /** The token that opens the player on the viewer's open attempt (one is started if there is none). */
    @Transactional
    public String launch(Viewer viewer, String code, long itemId, String language, boolean draft) {
        Opened opened = open(viewer, code, itemId, draft);
        String sha = opened.item().file().sha256();
        packages.unpack(sha);
        List<ScormStore.Attempt> made = store.attempts(viewer.userId(), itemId);
        ScormStore.Attempt open = made.stream().filter(ScormStore.Attempt::open).reduce((a, b) -> b).orElse(null);
        // Trying a draft is an attempt at the draft's own package (version 0), and a published item
        // never resumes a draft's trial. Otherwise the open attempt goes on, whatever was published
        // since; with none open (the first launch), one starts. Further ones: newAttempt.
        if (open != null && (draft ? open.courseVersion() != 0 || !open.packageSha256().equals(sha)
                : open.courseVersion() == 0)) {
            open = null;
        }
        ScormStore.Attempt attempt = open != null ? open : store.start(viewer.userId(), opened.content().courseId(),
                itemId, version(opened.content()), sha, opened.counts());
        return tokens.open(KIND, viewer.userId(), attempt.courseId(), itemId, attempt.courseVersion(), attempt.id(),
                language);
    }

    /** Closes the viewer's open attempt and starts the next, where the item allows another. */
    @Transactional
    public void newAttempt(Viewer viewer, String code, long itemId) {
        Opened opened = open(viewer, code, itemId, false);
        PackageSettings rules = settings.of(itemId, opened.content().courseId());
        List<ScormStore.Attempt> made = store.attempts(viewer.userId(), itemId);
        if (!rules.allowsAnother(made.size())) {
            throw DomainException.conflict("You have used every attempt this item allows.");
        }
        String sha = opened.item().file().sha256();
        packages.unpack(sha);
        store.start(viewer.userId(), opened.content().courseId(), itemId, version(opened.content()), sha,
                opened.counts());
    }

    /** What the item page shows a viewer about their attempts. */
    @Transactional
    public Attempts attempts(Viewer viewer, CourseContent content, ItemContent item) {
        PackageSettings rules = settings.of(item.id(), content.courseId());
        List<ScormStore.Attempt> made = store.attempts(viewer.userId(), item.id());
        return new Attempts(made.stream().map(AttemptView::of).toList(), rules.allowsAnother(made.size()),
                rules.newWindow(), rules.maxAttempts());
    }

    /** A viewer's attempts, whether they may start another, and how the item opens. */
    public record Attempts(List<AttemptView> list, boolean mayStartAnother, boolean newWindow, Integer maxAttempts) {
        public boolean hasOpen() {
            return list.stream().anyMatch(AttemptView::open);
        }

        /** Attempts left, null for no limit. */
        public Integer left() {
            return maxAttempts == null ? null : Math.max(0, maxAttempts - list.size());
        }
    }

    public record AttemptView(int number, boolean open, String completion, String success, java.math.BigDecimal score,
            long seconds, java.time.Instant startedAt, java.time.Instant updatedAt) {
        public long minutes() {
            return (seconds + 59) / 60;
        }

        static AttemptView of(ScormStore.Attempt a) {
            return new AttemptView(a.number(), a.open(), a.status().completion().name().toLowerCase(Locale.ROOT),
                    a.status().success().name().toLowerCase(Locale.ROOT), a.status().score(), a.status().seconds(),
                    a.startedAt(), a.updatedAt());
        }
    }

    /** {@code draft}: the draft, for its authors and reviewers (CourseService says who), else the current version. */
    public Opened open(Viewer viewer, String code, long itemId, boolean draft) {
        Course course = courses.courseByCode(code);
        CourseContent content = courses.content(viewer, course, draft ? "draft" : null);
        ItemContent item = content.item(itemId).orElseThrow(() -> DomainException.notFound("item", itemId));
        items.requireMayRead(viewer, course, content, item);
        if (item.kind() != ItemKind.PACKAGE || item.file() == null) {
            throw DomainException.notFound("package item", itemId);
        }
        // As when opening any item: learners count, the course's editors only try it.
        boolean counts = !draft && courses.isEnrolled(viewer.userId(), course.id()) && !access.canEdit(viewer, course);
        return new Opened(course, content, item, counts);
    }

    private static int version(CourseContent content) {
        return content.version() == null ? 0 : content.version();
    }
}
