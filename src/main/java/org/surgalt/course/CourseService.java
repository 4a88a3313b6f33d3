package org.surgalt.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.User;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.LocalizedText;

@ApplicationScoped
public class CourseService {

    private final CourseRepository courses;
    private final EnrolmentRepository enrolments;
    private final IdentityService identity;

    CourseService(CourseRepository courses, EnrolmentRepository enrolments, IdentityService identity) {
        this.courses = courses;
        this.enrolments = enrolments;
        this.identity = identity;
    }

    public List<CourseSummary> catalogue() {
        return courses.summaries();
    }

    @Transactional
    public Course create(NewCourse content) {
        if (content.code() != null && courses.findByCode(content.code()).isPresent()) {
            throw DomainException.conflict("A course with the code '" + content.code() + "' exists already.");
        }
        Course course = new Course(content.code(), content.language(), content.title(), content.description(),
                content.attribution());
        for (NewCourse.NewModule newModule : content.modules()) {
            CourseModule module = course.addModule(newModule.title());
            for (NewCourse.NewItem newItem : newModule.items()) {
                module.addItem(newItem.kind(), newItem.title(), newItem.body(), newItem.url());
            }
        }
        courses.persist(course);
        return course;
    }

    /** For imports that must not fail when the course is there already: empty when it is. */
    @Transactional
    public Optional<Course> createIfAbsent(NewCourse content) {
        if (courses.findByCode(content.code()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(create(content));
    }

    public Course course(long id) {
        return courses.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("course", id));
    }

    public Course courseByCode(String code) {
        return courses.findByCode(code).orElseThrow(() -> DomainException.notFound("course", code));
    }

    public CourseModule module(long courseId, long moduleId) {
        return course(courseId).modules().stream()
                .filter(module -> module.id() == moduleId)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("module", moduleId));
    }

    public Item item(long courseId, long moduleId, long itemId) {
        return findItem(module(courseId, moduleId).items(), itemId);
    }

    public Item itemOfCourse(String courseCode, long itemId) {
        return findItem(courseByCode(courseCode).modules().stream().flatMap(m -> m.items().stream()).toList(), itemId);
    }

    private static Item findItem(List<Item> items, long itemId) {
        return items.stream()
                .filter(item -> item.id() == itemId)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("item", itemId));
    }

    @Transactional
    public CourseModule addModule(long courseId, LocalizedText title) {
        Course course = course(courseId);
        // Positions are counted from the list: a concurrent append must fail, not share a position.
        courses.getEntityManager().lock(course, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        CourseModule module = course.addModule(title);
        courses.flush();
        return module;
    }

    @Transactional
    public Item addItem(long courseId, long moduleId, NewCourse.NewItem content) {
        CourseModule module = module(courseId, moduleId);
        courses.getEntityManager().lock(module, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Item item = module.addItem(content.kind(), content.title(), content.body(), content.url());
        courses.flush();
        return item;
    }

    /** @return false when the person was enrolled already */
    @Transactional
    public boolean enrol(String email, String courseCode) {
        User user = identity.findUserByEmail(email)
                .orElseThrow(() -> DomainException.invalid("email", "'" + email + "' is not a known person"));
        Course course = courseByCode(courseCode);
        if (enrolments.exists(user.id(), course.id())) {
            return false;
        }
        enrolments.persist(new Enrolment(user, course));
        return true;
    }
}
