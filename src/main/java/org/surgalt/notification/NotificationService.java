package org.surgalt.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseService;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.User;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.jobs.JobQueue;

/**
 * Turns what other features report (CDI events) into emails to learners. The events are observed
 * synchronously, inside the transaction that fires them: the notification row and the job that
 * sends it are written in that transaction, so an email goes out exactly when the change it tells
 * about has committed, and the job queue retries it when the mail server is away. Fired outside a
 * transaction, an event gets its own.
 */
@ApplicationScoped
public class NotificationService {

    static final String SEND_JOB = "notification.send";
    static final String BATCH_JOB = "notification.batch";

    private final NotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final JobQueue jobs;
    private final IdentityService identity;
    private final CourseService courses;
    private final Instance<WorkToDo> work;

    NotificationService(NotificationRepository notifications, NotificationPreferenceRepository preferences,
            JobQueue jobs, IdentityService identity, CourseService courses, Instance<WorkToDo> work) {
        this.work = work;
        this.notifications = notifications;
        this.preferences = preferences;
        this.jobs = jobs;
        this.identity = identity;
        this.courses = courses;
    }

    @Transactional
    void on(@Observes FeedbackReleased event) {
        queue(event.learnerId(), NotificationKind.FEEDBACK_RELEASED, event.courseId(), event.itemId(), null, null);
    }

    @Transactional
    void on(@Observes ExtensionGranted event) {
        queue(event.learnerId(), NotificationKind.EXTENSION_GRANTED, event.courseId(), event.itemId(),
                event.dueAt(), null);
    }

    /** Once per learner, item and due date: the periodic check asks again every time it runs. */
    @Transactional
    void on(@Observes DeadlineApproaching event) {
        queue(event.learnerId(), NotificationKind.DEADLINE_SOON, event.courseId(), event.itemId(), event.dueAt(),
                event.itemId() + "@" + event.dueAt().getEpochSecond());
    }

    private void queue(long userId, NotificationKind kind, long courseId, long itemId, Instant dueAt,
            String onceKey) {
        if (onceKey != null && notifications.exists(userId, kind, onceKey)) {
            return;
        }
        Notification notification = new Notification(userId, kind, courseId, itemId, dueAt, onceKey);
        notifications.persist(notification);
        notifications.flush();
        jobs.enqueue(SEND_JOB, Map.of("notification", notification.id()));
    }

    /**
     * The same news about one item for several people (the assessors of an allocation), in the
     * caller's transaction: one row each, sent by one job for all of them. With {@code onceKey}, a
     * person who has this kind of mail with that key already gets nothing; two callers racing for the
     * same rows collide on their unique key and the loser's transaction rolls back, so each goes once.
     * @return how many were queued
     */
    @Transactional
    public int queueBatch(NotificationKind kind, Collection<Long> people, long courseId, long itemId, Instant dueAt,
            String onceKey) {
        List<Long> ids = new ArrayList<>();
        for (long userId : new LinkedHashSet<>(people)) {
            if (onceKey != null && notifications.exists(userId, kind, onceKey)) {
                continue;
            }
            Notification notification = new Notification(userId, kind, courseId, itemId, dueAt, onceKey);
            notifications.persist(notification);
            notifications.flush();
            ids.add(notification.id());
        }
        if (!ids.isEmpty()) {
            jobs.enqueue(BATCH_JOB, Map.of("notifications", ids));
        }
        return ids.size();
    }

    /** Every kind with whether the person wants it (on unless they turned it off). */
    @Transactional
    public Map<NotificationKind, Boolean> preferences(long userId) {
        Map<NotificationKind, Boolean> wanted = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            wanted.put(kind, true);
        }
        preferences.ofUser(userId).forEach(preference -> wanted.put(preference.kind(), preference.enabled()));
        return wanted;
    }

    /** Whether the person wants this kind of mail (yes unless they turned it off). */
    @Transactional
    public boolean wants(long userId, NotificationKind kind) {
        return preferences.find(userId, kind).map(NotificationPreference::enabled).orElse(true);
    }

    /** Turns one kind on or off, leaving the others as they are (an unsubscribe link). */
    @Transactional
    public void turn(long userId, NotificationKind kind, boolean on) {
        preferences.find(userId, kind).ifPresentOrElse(preference -> preference.turn(on),
                () -> preferences.persist(new NotificationPreference(userId, kind, on)));
    }

    /** The kinds in {@code wanted} are on, every other kind off. */
    @Transactional
    public void setPreferences(long userId, Set<NotificationKind> wanted) {
        for (NotificationKind kind : NotificationKind.values()) {
            turn(userId, kind, wanted.contains(kind));
        }
    }

    /**
     * What the send job should email, in the learner's language; empty when there is nothing to
     * send: sent already (a job may run twice), or the learner turned this kind off (then it is
     * marked skipped, so turning it on later does not send old news).
     */
    @Transactional
    Optional<Outgoing> toSend(long id) {
        Notification notification = notifications.findByIdOptional(id).orElse(null);
        if (notification == null || !notification.isPending()) {
            return Optional.empty();
        }
        if (!preferences(notification.userId()).get(notification.kind())) {
            notification.skipped();
            return Optional.empty();
        }
        User user = identity.findUser(notification.userId()).orElse(null);
        if (user == null) {
            notification.skipped();
            return Optional.empty();
        }
        Locale locale = user.locale();
        CourseContent course;
        try {
            course = courses.published(courses.course(notification.courseId()).code());
        } catch (DomainException gone) {
            notification.skipped();
            return Optional.empty();
        }
        // An item removed from the version learners read now is left unnamed; the course still is.
        String itemTitle = course.item(notification.itemId()).map(item -> item.title().in(locale)).orElse("");
        WorkToDo.Work todo = work.stream().flatMap(w -> w.of(notification.kind(), notification.userId(),
                notification.itemId(), course.code()).stream()).findFirst().orElse(null);
        if ((notification.kind() == NotificationKind.PEER_ALLOCATED || notification.kind() == NotificationKind.PEER_REMINDER)
                && (todo == null || todo.items().isEmpty())) {
            // Work to do that is all done (or gone) by the time the mail would go: no mail.
            notification.skipped();
            return Optional.empty();
        }
        return Optional.of(new Outgoing(notification.id(), notification.kind(), user.email(), user.displayName(),
                locale, course.code(), course.title().in(locale), notification.itemId(), itemTitle,
                notification.dueAt(), todo));
    }

    @Transactional
    void sent(long id) {
        notifications.findByIdOptional(id).ifPresent(Notification::sent);
    }

    /** One email, ready to write. */
    record Outgoing(long id, NotificationKind kind, String email, String name, Locale locale, String courseCode,
            String courseTitle, long itemId, String itemTitle, Instant dueAt, WorkToDo.Work work) {
    }
}
