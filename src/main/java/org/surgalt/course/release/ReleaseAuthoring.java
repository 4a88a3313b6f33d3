package org.surgalt.course.release;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.surgalt.course.Course;
import org.surgalt.course.CourseAccess;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseModule;
import org.surgalt.course.CourseService;
import org.surgalt.course.Item;
import org.surgalt.course.ItemKind;
import org.surgalt.identity.AuditLog;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * Authors setting the conditions an item or a module of the draft opens on. They are checked
 * against the course (the items and quiz named are its own, the schools and cohorts exist, nothing
 * waits on itself) and reach learners with the next published version, as the prerequisite does.
 * Every change is audited ("item.release-conditions", "module.release-conditions").
 */
@ApplicationScoped
public class ReleaseAuthoring {

    private final CourseService courses;
    private final CourseAccess access;
    private final Audiences audiences;
    private final AuditLog audit;

    ReleaseAuthoring(CourseService courses, CourseAccess access, Audiences audiences, AuditLog audit) {
        this.courses = courses;
        this.access = access;
        this.audiences = audiences;
        this.audit = audit;
    }

    /** What the item or module is and opens on now, with what its author may choose from. */
    @Transactional
    public Editor editor(Viewer viewer, long courseId, Target target) {
        Course course = courses.course(courseId);
        access.requireCanReview(viewer, course);
        CourseContent draft = CourseContent.ofDraft(course);
        ReleaseConditions current = target.isItem() ? item(course, target.id()).release()
                : module(course, target.id()).release();
        Locale locale = viewer.locale();
        List<Choice> items = new ArrayList<>();
        List<Choice> quizzes = new ArrayList<>();
        draft.items().filter(item -> !waitsOnItself(draft, target, item)).forEach(item -> {
            items.add(new Choice(item.id(), item.title().in(locale)));
            if (item.kind() == ItemKind.QUIZ) {
                quizzes.add(new Choice(item.id(), item.title().in(locale)));
            }
        });
        String title = target.isItem() ? draft.item(target.id()).orElseThrow().title().in(locale)
                : draft.module(target.id()).orElseThrow().title().in(locale);
        return new Editor(course.code(), course.id(), target, title, current, items, quizzes,
                choices(audiences.allInstitutions()), choices(audiences.cohortsTaking(course.id())),
                access.canEdit(viewer, course) && course.workflowState() != Course.WorkflowState.IN_REVIEW);
    }

    @Transactional
    public ReleaseConditions save(Viewer viewer, long courseId, Target target, ReleaseConditions conditions) {
        Course course = courses.course(courseId);
        access.requireCanEdit(viewer, course);
        course.requireEditable();
        ReleaseConditions wanted = ReleaseConditions.orNone(conditions);
        wanted.requireWellFormed();
        CourseContent before = CourseContent.ofDraft(course);
        for (Long id : wanted.items()) {
            ItemContent named = before.item(id).orElseThrow(() ->
                    DomainException.invalid("items", "item " + id + " is not in this course"));
            if (waitsOnItself(before, target, named)) {
                throw DomainException.invalid("items", "cannot wait for the item itself or its own module");
            }
        }
        if (wanted.quizItem() != null) {
            ItemContent quiz = before.item(wanted.quizItem()).filter(item -> item.kind() == ItemKind.QUIZ)
                    .orElseThrow(() -> DomainException.invalid("quizItem", "must be a quiz of this course"));
            if (waitsOnItself(before, target, quiz)) {
                throw DomainException.invalid("quizItem", "cannot wait for the item itself or its own module");
            }
        }
        requireExisting("institutions", wanted.institutions(), audiences.institutions(wanted.institutions()));
        requireExisting("cohorts", wanted.cohorts(), audiences.cohorts(wanted.cohorts()));
        ReleaseConditions previous;
        if (target.isItem()) {
            Item item = item(course, target.id());
            previous = item.release();
            item.release(wanted);
        } else {
            CourseModule module = module(course, target.id());
            previous = module.release();
            module.release(wanted);
        }
        // Checked on the draft as it would be: the change is rolled back with the refusal.
        ReleaseCycles.requireNone(CourseContent.ofDraft(course));
        audit.record(AuditLog.by(viewer, target.type() + ".release-conditions").object(target.type(), target.id())
                .before(previous).after(wanted).detail(course.code()));
        return wanted;
    }

    private static void requireExisting(String field, List<Long> ids, Map<Long, String> found) {
        for (Long id : ids) {
            if (!found.containsKey(id)) {
                throw DomainException.invalid(field, id + " does not exist");
            }
        }
    }

    private static boolean waitsOnItself(CourseContent draft, Target target, ItemContent item) {
        return target.isItem() ? item.id() == target.id() : item.moduleId() == target.id();
    }

    private static List<Choice> choices(Map<Long, String> names) {
        return names.entrySet().stream().map(entry -> new Choice(entry.getKey(), entry.getValue())).toList();
    }

    private static Item item(Course course, long itemId) {
        return course.modules().stream().flatMap(module -> module.items().stream())
                .filter(item -> item.id() == itemId).findFirst()
                .orElseThrow(() -> DomainException.notFound("item", itemId));
    }

    private static CourseModule module(Course course, long moduleId) {
        return course.modules().stream().filter(module -> module.id() == moduleId).findFirst()
                .orElseThrow(() -> DomainException.notFound("module", moduleId));
    }

    /** An item or a module of the draft: {@code type} "item" or "module". */
    public record Target(String type, long id) {

        public static Target item(long id) {
            return new Target("item", id);
        }

        public static Target module(long id) {
            return new Target("module", id);
        }

        public boolean isItem() {
            return "item".equals(type);
        }
    }

    public record Choice(long id, String name) {
    }

    /** {@code canChange}: the viewer edits the course and it is not in review. */
    public record Editor(String code, long courseId, Target target, String title, ReleaseConditions conditions,
            List<Choice> items, List<Choice> quizzes, List<Choice> institutions, List<Choice> cohorts,
            boolean canChange) {
    }
}
