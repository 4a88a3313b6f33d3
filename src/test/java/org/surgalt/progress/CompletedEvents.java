package org.surgalt.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Listens for CourseCompleted as certificates would, so tests can count them. */
@ApplicationScoped
public class CompletedEvents {

    private final List<CourseCompleted> seen = new CopyOnWriteArrayList<>();

    void on(@Observes CourseCompleted event) {
        seen.add(event);
    }

    public long count(long userId, long courseId) {
        return seen.stream().filter(event -> event.userId() == userId && event.courseId() == courseId).count();
    }
}
