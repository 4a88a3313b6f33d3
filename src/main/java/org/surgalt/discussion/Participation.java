package org.surgalt.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseService;
import org.surgalt.progress.CompletionFact;
import org.surgalt.progress.ProgressService;

/**
 * Taking part as a completion condition. A course forum that stands for an item (forum.item_id)
 * says how many threads a learner starts and how many replies they write there; the post that
 * reaches both numbers is recorded as the item's SUBMITTED fact, in the post's transaction, once
 * (the fact is append-only, so it is recorded as the count reaches the number, not at every post
 * after). The item's completion is "submitted", as the author set it; the course's rule and its
 * conditions then count it as any other item.
 */
@ApplicationScoped
class Participation {

    static final String SOURCE = "discussion";

    private final ForumRepository forums;
    private final ThreadRepository threads;
    private final CourseService courses;
    private final ProgressService progress;

    Participation(ForumRepository forums, ThreadRepository threads, CourseService courses, ProgressService progress) {
        this.forums = forums;
        this.threads = threads;
        this.courses = courses;
        this.progress = progress;
    }

    void posted(@Observes Posted posted) {
        Forum forum = forums.findById(posted.forumId());
        if (forum == null || forum.itemId() == null || !courses.isEnrolled(posted.authorId(), forum.courseId())) {
            return;
        }
        long started = threads.startedBy(forum.id(), posted.authorId());
        long replies = threads.repliesBy(forum.id(), posted.authorId());
        boolean reachedNow = posted.opening()
                ? forum.threadsRequired() > 0 && started == forum.threadsRequired() && replies >= forum.repliesRequired()
                : forum.repliesRequired() > 0 && replies == forum.repliesRequired() && started >= forum.threadsRequired();
        if (!reachedNow) {
            return;
        }
        java.util.Optional<CourseContent> version = courses.currentVersion(courses.course(forum.courseId()));
        version.flatMap(v -> v.item(forum.itemId())).ifPresent(item ->
                progress.record(posted.authorId(), version.get(), item, CompletionFact.Kind.SUBMITTED, null, SOURCE));
    }
}
