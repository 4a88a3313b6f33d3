package org.surgalt.cmi5;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseService;
import org.surgalt.progress.CompletionFact;
import org.surgalt.progress.ProgressService;

/**
 * moveOn decides when an AU is satisfied (cmi5 13.1.4): Passed, Completed, CompletedAndPassed,
 * CompletedOrPassed by what the AU has said in the registration, NotApplicable at once, and any AU
 * the LMS waived. A satisfied AU becomes its item's completion fact in the same transaction (for a
 * learner whose launches count); a block is satisfied once all AUs below it are, the course once
 * all of its AUs are, and each gets its one "satisfied" statement per registration.
 */
@ApplicationScoped
class Satisfaction {

    private final Cmi5Store store;
    private final LmsStatements lms;
    private final CourseService courses;
    private final ProgressService progress;
    private final ObjectMapper json;
    private final Map<Long, Structure.Tree> trees = new ConcurrentHashMap<>();

    Satisfaction(Cmi5Store store, LmsStatements lms, CourseService courses, ProgressService progress,
            ObjectMapper json) {
        this.store = store;
        this.lms = lms;
        this.courses = courses;
        this.progress = progress;
        this.json = json;
    }

    static boolean met(String moveOn, Set<String> done, int au) {
        boolean completed = done.contains("au:" + au + " completed");
        boolean passed = done.contains("au:" + au + " passed");
        if (done.contains("au:" + au + " waived")) {
            return true;
        }
        return switch (moveOn) {
            case "Passed" -> passed;
            case "Completed" -> completed;
            case "CompletedAndPassed" -> completed && passed;
            case "CompletedOrPassed" -> completed || passed;
            default -> true;
        };
    }

    /**
     * Settles what the registration's progress now satisfies: AUs (with their facts), then blocks
     * and the course (with their statements, in {@code sessionId}).
     */
    void settle(Cmi5Store.Registration registration, Cmi5Store.AuItem any, String sessionId, boolean counts) {
        List<Cmi5Store.AuItem> aus = store.aus(registration.cmi5CourseId());
        Set<String> done = store.progress(registration.id());
        Optional<CourseContent> current = Optional.empty();
        boolean currentRead = false;
        for (Cmi5Store.AuItem au : aus) {
            String node = "au:" + au.auIndex();
            if (!done.contains(node + " satisfied") && met(au.moveOn(), done, au.auIndex())) {
                store.achieve(registration.id(), node, "satisfied");
                done.add(node + " satisfied");
                if (counts) {
                    if (!currentRead) {
                        current = courses.currentVersion(courses.course(au.courseId()));
                        currentRead = true;
                    }
                    CompletionFact.Kind kind = done.contains(node + " waived") ? CompletionFact.Kind.WAIVED
                            : CompletionFact.Kind.COMPLETED;
                    current.ifPresent(version -> version.item(au.itemId()).ifPresent(item ->
                            progress.record(registration.userId(), version, item, kind, null, "cmi5")));
                }
            }
        }
        satisfyBlocks(tree(any), registration, any, sessionId, done);
    }

    /** Post-order: inner blocks first, the course (block -1) last; whether all AUs below are satisfied. */
    private boolean satisfyBlocks(Structure.Tree block, Cmi5Store.Registration registration, Cmi5Store.AuItem any,
            String sessionId, Set<String> done) {
        boolean all = true;
        for (Structure.Tree inner : block.blocks()) {
            all &= satisfyBlocks(inner, registration, any, sessionId, done);
        }
        for (int au : block.aus()) {
            all &= done.contains("au:" + au + " satisfied");
        }
        String node = block.block() < 0 ? "course" : "block:" + block.block();
        if (all && !done.contains(node + " satisfied") && store.achieve(registration.id(), node, "satisfied")) {
            done.add(node + " satisfied");
            lms.satisfied(registration.userId(), registration.registration(),
                    lms.blockId(registration.cmi5CourseId(), block.block()), block.block() < 0, block.publisherId(),
                    sessionId);
        }
        return all;
    }

    private Structure.Tree tree(Cmi5Store.AuItem au) {
        return trees.computeIfAbsent(au.cmi5CourseId(), id -> {
            try {
                return json.readValue(au.structure(), Structure.Tree.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Unreadable structure of cmi5 course " + id, e);
            }
        });
    }
}
