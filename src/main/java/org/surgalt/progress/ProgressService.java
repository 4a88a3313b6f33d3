package org.surgalt.progress;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseService;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseContent.ModuleContent;
import org.surgalt.node.client.up.UpCapture;

/**
 * A learner's progress through the published version of a course. Facts are appended and never
 * change; in the same transaction the derived rows (item_progress, module_progress,
 * course_progress) move on by what the fact changed, so the learner's page and a coordinator's
 * dashboard read the same numbers. Facts name items by their stable ids, so what was done in
 * version 1 still counts in version 2 for every item still there; a published version or a changed
 * completion rule is applied to everyone by a background recompute ({@link RecomputeService}).
 */
@ApplicationScoped
public class ProgressService {

    private final ProgressStore store;
    private final CompletionRuleRepository rules;
    private final Event<CourseCompleted> completed;
    private final RecomputeLog log;
    private final CourseService courses;
    private final TransactionManager transactions;
    private final UpCapture capture;
    // How facts were recorded (Micrometer, at /q/metrics): alone in one database call, tried alone
    // and deferred to a transaction, or in a transaction (the caller's or, after deferral, one of ours).
    private final Counter recordedAlone;
    private final Counter deferred;
    private final Counter recordedInTransaction;

    private final Map<String, CourseRules> shapes = new ConcurrentHashMap<>();
    private final Map<Long, RecentRule> recentRules = new ConcurrentHashMap<>();

    ProgressService(ProgressStore store, CompletionRuleRepository rules, Event<CourseCompleted> completed,
            RecomputeLog log, CourseService courses, TransactionManager transactions, MeterRegistry meters,
            UpCapture capture) {
        this.courses = courses;
        this.capture = capture;
        this.transactions = transactions;
        this.recordedAlone = meters.counter("surgalt.progress.facts", "recorded", "alone");
        this.deferred = meters.counter("surgalt.progress.facts.deferred");
        this.recordedInTransaction = meters.counter("surgalt.progress.facts", "recorded", "in-transaction");
        this.store = store;
        this.rules = rules;
        this.completed = completed;
        this.log = log;
    }

    /** Records the first time a learner opens an item; later views add nothing. */
    @Transactional
    public void viewed(long userId, CourseContent version, ItemContent item) {
        viewedNow(userId, version, item);
    }

    /**
     * {@link #viewed} for a request that has no transaction open and needs none for anything else:
     * the fact is then recorded "alone" (see {@link #record}), in one call of the database, when
     * it cannot have decided the course. Needs a request context (a web request).
     */
    public void viewedNow(long userId, CourseContent version, ItemContent item) {
        if (!store.hasFact(userId, version.courseId(), item.id(), CompletionFact.Kind.VIEWED)) {
            record(userId, version, item, CompletionFact.Kind.VIEWED, null, "web");
        }
    }

    /**
     * Records something a learner did that counts (submitted, graded, passed with a score, attended,
     * waived, or a revocation of attendance) in the version they did it in, and moves their
     * derived progress on. Append-only: a later fact never replaces an earlier one.
     */
    public void record(long userId, CourseContent version, ItemContent item, CompletionFact.Kind kind, Integer score,
            String source) {
        // On a school node a fact is never recorded alone: its outbox row (UpCapture) must be written in
        // the fact's transaction, which the database's one-call path commits by itself.
        if (!inTransaction() && !capture.active()) {
            Boolean alone = recordAlone(userId, version, item, kind, score, source);
            if (Boolean.TRUE.equals(alone)) {
                recordedAlone.increment();
                return;
            }
            if (alone != null) {
                deferred.increment();
            }
        }
        QuarkusTransaction.joiningExisting().run(() -> recordInTransaction(userId, version, item, kind, score, source));
        recordedInTransaction.increment();
    }

    /**
     * Without a transaction open, most facts need nothing but the database: one call records the
     * fact and moves the derived rows in a transaction of its own. The database rolls it back (false)
     * when the fact may have decided the course under the rule as this instance knows it, or needs
     * the learner recomputed, which take the application. Null: not tried, for a course whose rule
     * this instance has not read yet (or a draft).
     */
    private Boolean recordAlone(long userId, CourseContent version, ItemContent item, CompletionFact.Kind kind,
            Integer score, String source) {
        RecentRule known = version.isDraft() ? null : recentRules.get(version.courseId());
        if (known == null || !java.util.Objects.equals(known.rules().version.version(), version.version())) {
            return null;
        }
        CourseRules shape = shape(version);
        return store.recordAlone(userId, version.courseId(), item, kind, score, source, shape,
                CourseRules.satisfies(item, kind, score), shape.requiredPerModule.getOrDefault(item.moduleId(), 0),
                Instant.now(), known.ruleVersion(), known.rules());
    }

    private boolean inTransaction() {
        try {
            return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
        } catch (SystemException e) {
            return true;
        }
    }

    private void recordInTransaction(long userId, CourseContent version, ItemContent item, CompletionFact.Kind kind,
            Integer score, String source) {
        Instant now = Instant.now();
        long courseId = version.courseId();
        CourseRules shape = shape(version);
        int requiredInModule = shape.requiredPerModule.getOrDefault(item.moduleId(), 0);
        ProgressStore.Recorded recorded = store.record(userId, courseId, item, kind, score, source, shape,
                CourseRules.satisfies(item, kind, score), requiredInModule, now);
        if (capture.active()) {
            capture.fact(new UpCapture.Fact(userId, courseId, item.id(), kind.name(), score, source,
                    number(version), now));
        }
        // The course's rule, checked against the version the database returned (read again only
        // when it changed); kept, so that the course's next facts can be recorded alone.
        CourseRules full = recent(version, recorded.ruleVersion());
        // A revocation takes back earlier facts, and a row from an older version has other totals:
        // both are settled by computing this one learner from their facts, which is cheap.
        if (!recorded.settled()) {
            // Against the version learners read now: the caller may hold an older one (a quiz
            // attempt started before a publication), which must not take the rows back to it.
            recomputeLearner(userId, current(version));
            return;
        }
        if (!recorded.newItem()) {
            return;
        }
        ProgressStore.CourseRow row = recorded.row();
        boolean moduleDone = recorded.moduleDone();
        if (row.complete()) {
            return;
        }
        int modulesDone = row.modulesDone() + (moduleDone ? 1 : 0);
        // This item may have decided the course only if it completed a module or it is named in a
        // condition (which an optional item can be).
        if ((full.allModules && modulesDone < full.modulesRequired()) || (!moduleDone && !full.inCondition(item.id()))) {
            return;
        }
        Set<Long> done = full.conditions.isEmpty() ? Set.of() : store.doneItems(userId, courseId);
        if (full.courseComplete(modulesDone, done)) {
            store.markComplete(userId, courseId, now);
            completed.fire(new CourseCompleted(userId, courseId, number(version), now));
        }
    }

    /** Computes one learner's progress from their facts and writes what differs. */
    void recomputeLearner(long userId, CourseContent version) {
        CourseRules full = CourseRules.of(version, rules.findById(version.courseId()));
        Instant now = Instant.now();
        List<DerivedWriter.Change> changes = store.work(c -> {
            List<FactRow> facts = ProgressStore.facts(c, version.courseId(), List.of(userId));
            var stored = ProgressStore.stored(c, version.courseId(), List.of(userId));
            return DerivedWriter.write(c, full, List.of(full.compute(userId, facts)), stored, now);
        });
        for (DerivedWriter.Change change : changes) {
            if (change.before() != null && change.before().complete() && !change.after().complete()) {
                // Never un-complete silently: the change is on record as a one-learner recompute.
                log.recordSingle(version.courseId(), change);
            }
            if (change.becameComplete()) {
                completed.fire(new CourseCompleted(userId, version.courseId(), number(version), change.completedAt()));
            }
        }
    }

    /**
     * Which items of the version a learner has complete. From the derived rows when they are of
     * this version; otherwise (a version just published, not yet recomputed, or facts older than
     * the derived rows) computed from the learner's facts, without writing.
     */
    @Transactional
    public LearnerProgress of(long userId, CourseContent version) {
        if (version.isDraft()) {
            return new LearnerProgress(version, Set.of());
        }
        ProgressStore.CourseRow row = store.courseRow(userId, version.courseId());
        Integer rowVersion = row == null ? null : row.courseVersion();
        return fromRows(userId, version, rowVersion,
                derivedFor(version, rowVersion) ? store.doneItems(userId, version.courseId()) : null);
    }

    /** Whether a learner's derived rows of this course version are theirs in {@code version}. */
    public static boolean derivedFor(CourseContent version, Integer rowVersion) {
        return rowVersion != null && rowVersion == number(version);
    }

    /**
     * {@link #of} from rows the caller read already: the version of the learner's course row (null
     * when none) and, when {@link #derivedFor} that version, their item_progress rows.
     */
    public LearnerProgress fromRows(long userId, CourseContent version, Integer rowVersion, Set<Long> doneRows) {
        if (version.isDraft()) {
            return new LearnerProgress(version, Set.of());
        }
        Set<Long> done;
        if (derivedFor(version, rowVersion)) {
            done = new HashSet<>(doneRows);
        } else {
            CourseRules shape = shape(version);
            done = store.work(c -> shape.compute(userId, ProgressStore.facts(c, version.courseId(), List.of(userId))))
                    .doneItems().keySet();
        }
        done.retainAll(version.items().map(ItemContent::id).toList());
        return new LearnerProgress(version, done);
    }

    /**
     * Which items of a version are complete. {@code percent()} is the share of the version's
     * required items that are complete (optional items neither add nor hold back; a version
     * with no required item counts all its items). A module is complete when all its required
     * items are, and opens once its prerequisite is complete.
     */
    public record LearnerProgress(CourseContent version, Set<Long> completeItems) {

        public boolean isComplete(long itemId) {
            return completeItems.contains(itemId);
        }

        public boolean isComplete(ModuleContent module) {
            return module.items().stream().filter(ItemContent::required)
                    .allMatch(item -> completeItems.contains(item.id()));
        }

        /** A prerequisite missing from this version (removed) no longer holds anything closed. */
        public boolean isOpen(ModuleContent module) {
            return module.prerequisiteId() == null
                    || version.module(module.prerequisiteId()).map(this::isComplete).orElse(true);
        }

        public int percent() {
            boolean anyRequired = version.items().anyMatch(ItemContent::required);
            long total = version.items().filter(item -> !anyRequired || item.required()).count();
            long done = version.items().filter(item -> !anyRequired || item.required())
                    .filter(item -> completeItems.contains(item.id())).count();
            return total == 0 ? 0 : (int) (done * 100 / total);
        }
    }

    /**
     * The items a learner has any fact for, complete or not. One that is not complete has been
     * started and waits for them (to be submitted, passed, attended), which the outline shows.
     */
    @Transactional
    public Set<Long> touchedItems(long userId, long courseId) {
        return store.work(c -> {
            Set<Long> touched = new HashSet<>();
            try (var s = c.prepareStatement(
                    "SELECT DISTINCT item_id FROM completion_fact WHERE user_id = ? AND course_id = ?")) {
                s.setLong(1, userId);
                s.setLong(2, courseId);
                try (var r = s.executeQuery()) {
                    while (r.next()) {
                        touched.add(r.getLong(1));
                    }
                }
            }
            return touched;
        });
    }

    /** The course rule as it applies to this version (no conditions: every module). */
    @Transactional
    public CompletionRule rule(long courseId) {
        return rules.findById(courseId);
    }

    /**
     * What is still missing for the course to count as complete under its rule: the modules with
     * required items left (and which), and each condition not met yet (and how many more of which
     * items). {@code complete} true and nothing listed once it is.
     */
    @Transactional
    public Explanation explain(long userId, CourseContent version) {
        return Explanation.of(CourseRules.of(version, rules.findById(version.courseId())), of(userId, version));
    }

    /**
     * What is left under the course's rule, for progress already read, with the version of the
     * course's rule as the caller read it from the database ({@link ProgressStore#NO_RULE} for
     * none): the rule is read again only when that changed, so a rule saved on any instance
     * counts on the next page.
     */
    public Explanation explain(LearnerProgress progress, long ruleVersion) {
        return Explanation.of(recent(progress.version(), ruleVersion), progress);
    }

    /** The version number {@link #explain(LearnerProgress, long)} takes when a course has no rule row. */
    public static long noRule() {
        return ProgressStore.NO_RULE;
    }

    /**
     * The version's shape under the course's rule, read again only when the rule changed: the
     * caller has the rule's version from the database (it comes with the learner's course row), so
     * a rule saved on any instance counts from the next fact on, on every instance.
     */
    private CourseRules recent(CourseContent version, long ruleVersion) {
        RecentRule cached = recentRules.get(version.courseId());
        if (cached == null || cached.ruleVersion() != ruleVersion
                || !java.util.Objects.equals(cached.rules().version.version(), version.version())) {
            if (recentRules.size() > 1024) {
                recentRules.clear();
            }
            CompletionRule rule = rules.findById(version.courseId());
            cached = new RecentRule(CourseRules.of(version, rule), rule == null ? ProgressStore.NO_RULE : rule.version());
            recentRules.put(version.courseId(), cached);
        }
        return cached.rules().version == version ? cached.rules()
                : CourseRules.of(version, rules.findById(version.courseId()));
    }

    /** After a rule change on this instance: the next fact reads the new rule. */
    void forgetRule(long courseId) {
        recentRules.remove(courseId);
    }

    private record RecentRule(CourseRules rules, long ruleVersion) {
    }

    private CourseContent current(CourseContent version) {
        if (version.isDraft()) {
            return version;
        }
        CourseContent now = courses.published(courses.course(version.courseId()).code());
        return now.version() != null && now.version() > version.version() ? now : version;
    }

    // Published versions never change, so their shape (items, modules, required counts) is kept.
    CourseRules shape(CourseContent version) {
        if (version.isDraft()) {
            return new CourseRules(version, true, List.of());
        }
        if (shapes.size() > 1024) {
            shapes.clear();
        }
        return shapes.computeIfAbsent(version.courseId() + ":" + version.version(),
                key -> new CourseRules(version, true, List.of()));
    }

    private static int number(CourseContent version) {
        return version.version() == null ? 0 : version.version();
    }
}
