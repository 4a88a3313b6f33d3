package org.surgalt.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.surgalt.cohort.Cohort;
import org.surgalt.cohort.CohortService;
import org.surgalt.cohort.team.TeamDirectory;
import org.surgalt.course.Course;
import org.surgalt.course.CourseService;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/** Forums and their lists of threads; starting a thread. */
@ApplicationScoped
public class ForumService {

    /** What a new forum is given: exactly one of a course (with or without one of its modules) or a cohort. */
    /** {@code teamId}: a cohort forum for one of the cohort's teams only (issue 22). */
    public record NewForum(Long courseId, Long moduleId, Long cohortId, String kind, String title, Long itemId,
            Integer threadsRequired, Integer repliesRequired, Long teamId) {
        public NewForum(Long courseId, Long moduleId, Long cohortId, String kind, String title) {
            this(courseId, moduleId, cohortId, kind, title, null, null, null, null);
        }

        public NewForum(Long courseId, Long moduleId, Long cohortId, String kind, String title, Long itemId,
                Integer threadsRequired, Integer repliesRequired) {
            this(courseId, moduleId, cohortId, kind, title, itemId, threadsRequired, repliesRequired, null);
        }
    }

    public record ForumPage(Forum forum, List<ThreadRepository.Line> threads, int page, int pages, boolean canPost,
            boolean canModerate) {
    }

    private final ForumRepository forums;
    private final ThreadRepository threads;
    private final PostWriter writer;
    private final ForumAccess access;
    private final CourseService courses;
    private final CohortService cohorts;
    private final DiscussionConfig config;
    private final TeamDirectory teams;

    ForumService(ForumRepository forums, ThreadRepository threads, PostWriter writer, ForumAccess access,
            CourseService courses, CohortService cohorts, DiscussionConfig config, TeamDirectory teams) {
        this.teams = teams;
        this.forums = forums;
        this.threads = threads;
        this.writer = writer;
        this.access = access;
        this.courses = courses;
        this.cohorts = cohorts;
        this.config = config;
    }

    @Transactional
    public Forum create(Viewer viewer, NewForum input) {
        if (input == null || (input.courseId() == null) == (input.cohortId() == null)) {
            throw DomainException.invalid("course", "name a course or a cohort, not both");
        }
        Cohort cohort = input.cohortId() == null ? null
                : cohorts.find(input.cohortId()).orElseThrow(() -> DomainException.notFound("cohort", input.cohortId()));
        if (input.courseId() != null) {
            Course course = courses.course(input.courseId());
            if (input.moduleId() != null
                    && course.modules().stream().noneMatch(m -> m.id().equals(input.moduleId()))) {
                throw DomainException.invalid("module", "must be a module of this course");
            }
            if (input.itemId() != null && course.modules().stream().flatMap(m -> m.items().stream())
                    .noneMatch(i -> i.id().equals(input.itemId()))) {
                throw DomainException.invalid("item", "must be an item of this course");
            }
        } else if (input.moduleId() != null || input.itemId() != null) {
            throw DomainException.invalid("module", "must be a module of this course");
        }
        int threadsRequired = count("threadsRequired", input.threadsRequired());
        int repliesRequired = count("repliesRequired", input.repliesRequired());
        if (input.itemId() != null && threadsRequired + repliesRequired == 0) {
            throw DomainException.invalid("threadsRequired", "give the threads or replies that complete the item");
        }
        access.requireCreateIn(viewer, input.courseId(), cohort);
        String title = PostWriter.required("title", input.title(), 200);
        ForumKind kind;
        try {
            kind = ForumKind.valueOf((input.kind() == null ? "general" : input.kind()).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("kind", "must be general, questions or announcements");
        }
        Long teamId = input.teamId();
        if (teamId != null && (cohort == null || teams.team(teamId).filter(t -> t.cohortId() == cohort.id()).isEmpty())) {
            throw DomainException.invalid("team", "must be a team of this cohort");
        }
        Forum forum = new Forum(input.courseId(), input.moduleId(), input.cohortId(), kind, title, viewer.userId());
        forum.countsFor(input.itemId(), threadsRequired, repliesRequired);
        forum.onlyFor(teamId);
        forums.persist(forum);
        return forum;
    }

    private static int count(String field, Integer value) {
        if (value != null && (value < 0 || value > 100)) {
            throw DomainException.invalid(field, "must be a whole number from 0 to 100");
        }
        return value == null ? 0 : value;
    }

    @Transactional
    public Forum readable(Viewer viewer, long forumId) {
        Forum forum = forums.findByIdOptional(forumId).orElseThrow(() -> DomainException.notFound("forum", forumId));
        access.requireRead(viewer, forum);
        return forum;
    }

    @Transactional
    public List<Forum> ofCourse(Viewer viewer, long courseId) {
        if (!access.canReadCourse(viewer, courseId)) {
            throw DomainException.forbidden("This course's content is for the people enrolled in it.");
        }
        return forums.ofCourse(courseId);
    }

    /** {@code teams}: the cohort's teams a forum may be for (all of them, to its coordinators), or that name a forum listed. */
    public record CohortForums(List<Forum> forums, boolean canCreate, List<TeamDirectory.TeamView> teams) {
    }

    /** A cohort's forums, for its members and the coordinators who manage it; a team's forum only for its team. */
    @Transactional
    public CohortForums ofCohort(Viewer viewer, Cohort cohort) {
        if (!access.takesPartIn(viewer, cohort)) {
            throw DomainException.forbidden("This forum is for the people of its course or cohort.");
        }
        boolean manages = access.managesCohort(viewer, cohort);
        List<Forum> readable = forums.ofCohort(cohort.id()).stream()
                .filter(forum -> forum.teamId() == null || access.canRead(viewer, forum)).toList();
        List<TeamDirectory.TeamView> named = teams.teamsOf(cohort.id()).stream().filter(team -> manages
                || readable.stream().anyMatch(forum -> Long.valueOf(team.id()).equals(forum.teamId()))).toList();
        return new CohortForums(readable, manages, named);
    }

    /** The other forums of the same course (or cohort) a moderator may move a thread of this forum to. */
    @Transactional
    public List<Forum> moveTargets(Viewer viewer, Forum forum) {
        List<Forum> all = forum.cohortId() != null ? forums.ofCohort(forum.cohortId()) : forums.ofCourse(forum.courseId());
        return all.stream().filter(f -> f.id() != forum.id()).toList();
    }

    public boolean canCreateInCourse(Viewer viewer, long courseId) {
        return access.moderatesCourse(viewer, courseId);
    }

    @Transactional
    public ForumPage page(Viewer viewer, long forumId, int page) {
        Forum forum = readable(viewer, forumId);
        boolean moderator = access.canModerate(viewer, forum);
        int size = config.threadsPerPage();
        int pages = (int) Math.max(1, (threads.count(forumId, moderator) + size - 1) / size);
        int current = Math.min(Math.max(page, 1), pages);
        return new ForumPage(forum, threads.page(forumId, viewer.userId(), moderator, (current - 1) * size, size),
                current, pages, access.canPost(viewer, forum), moderator);
    }

    /** A new thread with its opening post; counts as the author's posting for the rate limit. */
    @Transactional
    public ForumThread start(Viewer viewer, long forumId, String title, String body) {
        return start(viewer, forumId, title, body, true);
    }

    /**
     * A thread that a course import brings (issue 23, a cartridge's discussion topics): the same
     * checks, except the rate limit, since one import is one action of its author's however many
     * topics the cartridge has.
     */
    @Transactional
    public ForumThread startImported(Viewer viewer, long forumId, String title, String body) {
        return start(viewer, forumId, title, body, false);
    }

    private ForumThread start(Viewer viewer, long forumId, String title, String body, boolean limited) {
        Forum forum = forums.findByIdOptional(forumId).orElseThrow(() -> DomainException.notFound("forum", forumId));
        access.requirePost(viewer, forum);
        String cleanTitle = PostWriter.required("title", title, 200);
        String cleanBody = PostWriter.required("body", body, PostWriter.MAX_BODY);
        if (limited) {
            writer.requireUnderRate(viewer);
        }
        ForumThread thread = new ForumThread(forumId, viewer.userId(), cleanTitle);
        threads.persist(thread);
        writer.write(thread, null, viewer.userId(), true, cleanBody);
        return thread;
    }
}
