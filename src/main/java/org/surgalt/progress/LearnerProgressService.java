package org.surgalt.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.surgalt.course.Course;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseService;
import org.surgalt.course.release.ReleaseService;
import org.surgalt.course.release.ReleaseState;
import org.surgalt.course.release.ReleaseText;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/** One learner's progress in a course as staff and coordinators see it, with why it is not complete. */
@ApplicationScoped
public class LearnerProgressService {

    private final CourseService courses;
    private final ProgressService progress;
    private final ProgressStore store;
    private final ProgressAccess access;
    private final IdentityService identity;
    private final ReleaseService releases;
    private final ReleaseText texts;

    LearnerProgressService(CourseService courses, ProgressService progress, ProgressStore store,
            ProgressAccess access, IdentityService identity, ReleaseService releases, ReleaseText texts) {
        this.releases = releases;
        this.texts = texts;
        this.courses = courses;
        this.progress = progress;
        this.store = store;
        this.access = access;
        this.identity = identity;
    }

    @Transactional
    public LearnerProgressView learner(Viewer viewer, Course course, long userId, Locale locale) {
        access.requireCanSeeLearner(viewer, course, userId);
        String name = identity.findUser(userId).map(user -> identity.displayNames(List.of(userId)).get(userId))
                .orElseThrow(() -> DomainException.notFound("learner", userId));
        CourseContent version = courses.published(course.code());
        ProgressService.LearnerProgress learner = progress.of(userId, version);
        Set<Long> touched = progress.touchedItems(userId, course.id());
        ReleaseState release = releases.state(userId, version, learner);
        Explanation why = progress.explain(userId, version).withLocked(release);
        ProgressStore.CourseRow row = store.courseRow(userId, course.id());
        List<LearnerProgressView.ModuleState> modules = version.modules().stream().map(module -> {
            List<LearnerProgressView.ItemState> items = module.items().stream()
                    .map(item -> new LearnerProgressView.ItemState(item.id(), item.title().in(locale), item.kind().id(),
                            item.required(), learner.isComplete(item.id()), touched.contains(item.id()),
                            release.isOpen(item) ? null : texts.text(release.unmet(item), locale)))
                    .toList();
            int required = (int) module.items().stream().filter(ItemContent::required).count();
            int done = (int) module.items().stream().filter(ItemContent::required)
                    .filter(item -> learner.isComplete(item.id())).count();
            return new LearnerProgressView.ModuleState(module.id(), module.title().in(locale), done, required,
                    required > 0 && done == required, items);
        }).toList();
        int required = (int) version.items().filter(ItemContent::required).count();
        int done = (int) version.items().filter(ItemContent::required).filter(item -> learner.isComplete(item.id()))
                .count();
        boolean complete = row != null && row.complete() && row.courseVersion() == version.version()
                || (row == null || row.courseVersion() != version.version()) && why.complete();
        return new LearnerProgressView(userId, name, course.id(), course.code(), course.title().in(locale),
                version.version(), done, required, learner.percent(), complete, row == null ? null : row.completedAt(),
                row == null ? null : row.lastActivity(), modules, complete ? null : why(why, locale));
    }

    private LearnerProgressView.Why why(Explanation why, Locale locale) {
        return new LearnerProgressView.Why(why.everyModule(),
                why.modules().stream().map(module -> new LearnerProgressView.MissingModule(module.module().id(),
                        module.module().title().in(locale), named(module.missing(), locale))).toList(),
                why.conditions().stream().map(condition -> new LearnerProgressView.UnmetCondition(condition.atLeast(),
                        condition.done(), condition.needed(), named(condition.items(), locale),
                        named(condition.missing(), locale))).toList(),
                why.locked().stream().map(locked -> new LearnerProgressView.Locked(locked.item().id(),
                        locked.item().title().in(locale), texts.text(locked.unmet(), locale))).toList());
    }

    private static List<LearnerProgressView.Named> named(List<ItemContent> items, Locale locale) {
        return items.stream().map(item -> new LearnerProgressView.Named(item.id(), item.title().in(locale))).toList();
    }
}
