package org.surgalt.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.surgalt.course.CourseAccess;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseService;
import org.surgalt.course.CurrentVersions;
import org.surgalt.course.ItemAccess;
import org.surgalt.course.ItemKind;
import org.surgalt.course.release.ReleaseService;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.progress.Explanation;
import org.surgalt.progress.ProgressService;

/**
 * The learner's side of a course: where they stand in each of their courses, what counts when
 * they open an item, and how watching a video counts.
 *
 * <p>Videos: a video item with a file counts as viewed only once the learner has watched
 * {@code surgalt.learning.video-watch-share} of it (default 0.8), as the page's script reports
 * it; opening the page does not count. Without JavaScript the page cannot tell how much was
 * watched, so it offers a "Mark as watched" button, which counts as watching all of it: a learner
 * whose browser runs no script, or cannot play the video and downloads it, is never stuck. The
 * share is what the browser says; it is a nudge to watch, not proof of it.
 */
@ApplicationScoped
public class LearningService {

    private final CourseService courses;
    private final CourseAccess access;
    private final ProgressService progress;
    private final LearningConfig config;
    private final Instance<UpcomingSource> upcomingSources;
    private final ItemAccess itemAccess;
    private final OutlineReader outlines;
    private final CurrentVersions currentVersions;
    private final ReleaseService release;

    LearningService(CourseService courses, CourseAccess access, ProgressService progress, LearningConfig config,
            Instance<UpcomingSource> upcomingSources, ItemAccess itemAccess, OutlineReader outlines,
            CurrentVersions currentVersions, ReleaseService release) {
        this.release = release;
        this.currentVersions = currentVersions;
        this.itemAccess = itemAccess;
        this.outlines = outlines;
        this.courses = courses;
        this.access = access;
        this.progress = progress;
        this.config = config;
        this.upcomingSources = upcomingSources;
    }

    /** Whether watching (rather than opening) makes the item count: a video item with a file to play. */
    public static boolean countsWhenWatched(ItemContent item) {
        return item.kind() == ItemKind.VIDEO && item.file() != null;
    }

    public double requiredShare() {
        return config.videoWatchShare();
    }

    @Transactional
    public CourseView view(long userId, CourseContent course) {
        ProgressService.LearnerProgress learner = progress.of(userId, course);
        return new CourseView(course, learner, progress.touchedItems(userId, course.courseId()),
                release.state(userId, course, learner));
    }

    /**
     * Everything a course's outline page shows about the viewer: the published version, whether
     * they may open its items, and for an enrolled learner their progress, what is left and their
     * certificate; for someone signed in, read in one query ({@link OutlineReader}). 404 before
     * the first publication.
     */
    public Outline outline(Optional<Viewer> viewer, String code) {
        if (viewer.isPresent()) {
            return outlines.read(viewer.get(), code);
        }
        // A visitor's item links lead to the sign-in page.
        return new Outline(courses.published(code), null, null, true, null);
    }

    /**
     * {@code learner} and {@code left}: the viewer's progress and what is left of the course,
     * null unless they are enrolled; {@code itemsOpen}: false for someone signed in who may not read
     * the course; {@code certificate}: the code of the viewer's certificate, null when none.
     */
    public record Outline(CourseContent course, CourseView learner, Explanation left, boolean itemsOpen,
            String certificate) {
    }

    /** A learner opened an item (in an open module): that is viewing it, except for a video, which counts when watched. */
    @Transactional
    public void opened(long userId, CourseContent course, ItemContent item) {
        if (!countsWhenWatched(item)) {
            progress.viewed(userId, course, item);
        }
    }

    /**
     * The learner's browser reports how much of a video they have watched (0 to 1). It counts as
     * viewed once that reaches the configured share; the course's staff are told the same but
     * nothing is recorded for them, as when they open items.
     */
    public Watched watched(Viewer viewer, long courseId, long itemId, double share) {
        // One query for the version and the enrolment, one read of the learner's progress, and the
        // fact recorded without a transaction of ours, so the database records it in one call
        // (ProgressService.record): the most frequent write learners make.
        CurrentVersions.Current current = currentVersions.read(viewer, courseId);
        CourseContent content = current.content();
        ItemContent item = content.item(itemId).orElseThrow(() -> DomainException.notFound("item", itemId));
        ProgressService.LearnerProgress learner = current.enrolled() ? progress.of(viewer.userId(), content) : null;
        itemAccess.reading(viewer, courseId, content, current.enrolled(), learner).requireMayRead(item);
        if (!countsWhenWatched(item)) {
            throw DomainException.invalid("itemId", "only a video item with a file is watched");
        }
        if (Double.isNaN(share) || share < 0 || share > 1) {
            throw DomainException.invalid("share", "must be between 0 and 1");
        }
        boolean enough = share >= config.videoWatchShare();
        if (!current.enrolled() || access.canEdit(viewer, courseId)) {
            return new Watched(false, false, config.videoWatchShare());
        }
        if (enough) {
            progress.viewedNow(viewer.userId(), content, item);
        }
        return new Watched(enough, enough || learner.isComplete(itemId), config.videoWatchShare());
    }

    /** {@code recorded}: this report made it count; {@code complete}: the item is complete for the learner. */
    public record Watched(boolean recorded, boolean complete, double required) {
    }

    /** Every published course the learner is enrolled in, latest enrolment first. */
    @Transactional
    public List<CourseView> myCourses(Viewer viewer) {
        return courses.enrolledCourses(viewer.userId()).stream().map(course -> view(viewer.userId(), course))
                .toList();
    }

    /**
     * What the {@link UpcomingSource}s report for the next {@code surgalt.learning.upcoming-days},
     * earliest first, for the given courses only and only items still in them.
     */
    public List<Dated> upcoming(Viewer viewer, List<CourseView> mine, Instant now) {
        Instant until = now.plus(Duration.ofDays(config.upcomingDays()));
        return upcomingSources.stream()
                .flatMap(source -> source.upcoming(viewer.userId(), now, until).stream())
                .filter(entry -> !entry.at().isBefore(now) && entry.at().isBefore(until))
                .flatMap(entry -> mine.stream().filter(view -> view.course().courseId() == entry.courseId())
                        .flatMap(view -> view.course().item(entry.itemId()).stream()
                                .map(item -> new Dated(entry, view.course(), item))))
                .sorted(Comparator.comparing(dated -> dated.entry().at()))
                .toList();
    }

    /** An upcoming entry with the course and item it names. */
    public record Dated(UpcomingSource.Upcoming entry, CourseContent course, ItemContent item) {
    }
}
