package org.surgalt.progress;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.surgalt.course.Course;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseService;
import org.surgalt.platform.jobs.JobQueue;

/**
 * Applies the current published version and completion rule to every learner of a course (the
 * enrolled and anyone with facts), in the background: after a publication or a rule change.
 * Learners go in batches of {@value #BATCH}, each batch in its own short transaction: their facts in
 * one query (ix_completion_fact_course), their stored rows in three, and only what changed is
 * written, in multi-row statements. A learner whose totals changed gets an audit row.
 */
@ApplicationScoped
public class RecomputeService {

    static final String JOB = "progress.recompute";
    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(RecomputeService.class);

    private final RecomputeLog log;
    private final ProgressStore store;
    private final JobQueue jobs;
    private final CourseService courses;
    private final CompletionRuleRepository rules;
    private final Event<CourseCompleted> completed;

    RecomputeService(RecomputeLog log, ProgressStore store, JobQueue jobs, CourseService courses,
            CompletionRuleRepository rules, Event<CourseCompleted> completed) {
        this.log = log;
        this.store = store;
        this.jobs = jobs;
        this.courses = courses;
        this.rules = rules;
        this.completed = completed;
    }

    /**
     * Records and enqueues a recompute in the caller's transaction, so it happens exactly when the
     * publication or rule change does. A course nobody is enrolled in or has done anything in
     * needs none (a first publication).
     */
    @Transactional
    public void request(long courseId, String reason, Long requestedBy) {
        boolean anyone = store.work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM enrolment WHERE course_id = ?) "
                    + "OR EXISTS (SELECT 1 FROM completion_fact WHERE course_id = ?)")) {
                s.setLong(1, courseId);
                s.setLong(2, courseId);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() && r.getBoolean(1);
                }
            }
        });
        if (anyone) {
            long id = log.open(courseId, RecomputeLog.Reason.valueOf(reason), requestedBy);
            jobs.enqueue(JOB, Map.of("recompute", id));
        }
    }

    /** Runs a recompute (the job); running it again finds nothing left to change. */
    public RecomputeLog.Recompute run(long recomputeId) {
        RecomputeLog.Recompute recompute = QuarkusTransaction.requiringNew().call(() -> {
            log.started(recomputeId);
            return log.find(recomputeId).orElseThrow(() -> new IllegalStateException("no recompute " + recomputeId));
        });
        long courseId = recompute.courseId();
        CourseRules rulesNow = QuarkusTransaction.requiringNew().call(() -> {
            Course course = courses.course(courseId);
            return course.publishedVersion().map(v -> CourseRules.of(courses.published(course.code()),
                    rules.findById(courseId))).orElse(null);
        });
        int learners = 0;
        int changed = 0;
        if (rulesNow != null) {
            List<Long> users = QuarkusTransaction.requiringNew().call(() -> learners(courseId));
            for (int from = 0; from < users.size(); from += BATCH) {
                List<Long> batch = users.subList(from, Math.min(users.size(), from + BATCH));
                changed += QuarkusTransaction.requiringNew().call(() -> batch(recomputeId, rulesNow, batch));
                learners += batch.size();
            }
        }
        int total = learners;
        int changedTotal = changed;
        QuarkusTransaction.requiringNew().run(() -> log.finished(recomputeId, total, changedTotal));
        LOG.infof("Recomputed progress of course %d for %d learners (%d changed)", courseId, total, changedTotal);
        return QuarkusTransaction.requiringNew().call(() -> log.find(recomputeId).orElseThrow());
    }

    private int batch(long recomputeId, CourseRules rulesNow, List<Long> users) {
        long courseId = rulesNow.version.courseId();
        Instant now = Instant.now();
        List<DerivedWriter.Change> changes = store.work(c -> {
            // Learners recording a fact meanwhile wait for this batch (their course row is locked
            // first, as in ProgressService.record), and the facts are read only once it is held.
            try (PreparedStatement s = c.prepareStatement("SELECT user_id FROM course_progress WHERE course_id = ? "
                    + "AND user_id IN (" + Jdbc.marks(users.size()) + ") FOR UPDATE")) {
                s.setLong(1, courseId);
                for (int i = 0; i < users.size(); i++) {
                    s.setLong(i + 2, users.get(i));
                }
                s.executeQuery().close();
            }
            List<FactRow> facts = ProgressStore.facts(c, courseId, users);
            Map<Long, ProgressStore.Stored> stored = ProgressStore.stored(c, courseId, users);
            List<CourseRules.Derived> derived = new ArrayList<>(users.size());
            int at = 0;
            for (long user : users) {
                int end = at;
                while (end < facts.size() && facts.get(end).userId() == user) {
                    end++;
                }
                derived.add(rulesNow.compute(user, facts.subList(at, end)));
                at = end;
            }
            List<DerivedWriter.Change> written = DerivedWriter.write(c, rulesNow, derived, stored, now);
            DerivedWriter.audit(c, recomputeId, written);
            return written;
        });
        int version = rulesNow.version.version() == null ? 0 : rulesNow.version.version();
        for (DerivedWriter.Change change : changes) {
            if (change.becameComplete()) {
                completed.fire(new CourseCompleted(change.userId(), courseId, version, change.completedAt()));
            }
        }
        return (int) changes.stream().filter(DerivedWriter.Change::numbersChanged).count();
    }

    private List<Long> learners(long courseId) {
        return store.work(c -> {
            List<Long> users = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT user_id FROM enrolment WHERE course_id = ? "
                    + "UNION SELECT DISTINCT user_id FROM completion_fact WHERE course_id = ? ORDER BY user_id")) {
                s.setLong(1, courseId);
                s.setLong(2, courseId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        users.add(r.getLong(1));
                    }
                }
            }
            return users;
        });
    }

    @Transactional
    public List<RecomputeLog.Recompute> ofCourse(long courseId) {
        return log.ofCourse(courseId);
    }

    @Transactional
    public List<RecomputeLog.Audit> changes(long courseId, long recomputeId) {
        RecomputeLog.Recompute recompute = log.find(recomputeId)
                .filter(found -> found.courseId() == courseId)
                .orElseThrow(() -> org.surgalt.platform.DomainException.notFound("recompute", recomputeId));
        return log.audit(recompute.id());
    }
}
