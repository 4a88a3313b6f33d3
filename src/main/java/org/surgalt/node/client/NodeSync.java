package org.surgalt.node.client;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * A node's sync round: every {@link SyncStep} in order, one round at a time on this instance. A
 * direction counts as synced when all its steps completed; the outcome is kept on the node's identity
 * for the status page and the heartbeat.
 */
@ApplicationScoped
public class NodeSync {

    private static final Logger LOG = Logger.getLogger(NodeSync.class);

    /** How one round went, step by step. */
    public record Round(List<String> lines, boolean downComplete, boolean upComplete) {
    }

    private final Instance<SyncStep> steps;
    private final NodeIdentityRepository identities;
    private final NodeClientConfig config;
    private final ReentrantLock running = new ReentrantLock();

    NodeSync(Instance<SyncStep> steps, NodeIdentityRepository identities, NodeClientConfig config) {
        this.steps = steps;
        this.identities = identities;
        this.config = config;
    }

    /** One round now, whatever the schedule says; empty when the node is not enrolled or a round is running. */
    public Optional<Round> runNow() {
        Optional<NodeIdentity> enrolled = QuarkusTransaction.requiringNew().call(identities::current);
        if (enrolled.isEmpty() || !running.tryLock()) {
            return Optional.empty();
        }
        try {
            return Optional.of(round(enrolled.get()));
        } finally {
            running.unlock();
        }
    }

    /** Whether a scheduled round may run at {@code now} (surgalt.node.sync-window). */
    boolean inWindow(LocalTime now) {
        return config.syncWindow().map(window -> inWindow(window, now)).orElse(true);
    }

    static boolean inWindow(String window, LocalTime now) {
        String[] ends = window.strip().split("\\s*-\\s*");
        if (ends.length != 2) {
            throw new IllegalArgumentException("surgalt.node.sync-window must be HH:mm-HH:mm, not " + window);
        }
        LocalTime from = LocalTime.parse(ends[0]);
        LocalTime until = LocalTime.parse(ends[1]);
        return from.isBefore(until) ? !now.isBefore(from) && now.isBefore(until)
                : !now.isBefore(from) || now.isBefore(until);
    }

    LocalTime localNow() {
        return LocalTime.now(ZoneId.systemDefault());
    }

    /** What every step still has to move. */
    public SyncStep.Backlog backlog() {
        SyncStep.Backlog total = SyncStep.Backlog.NONE;
        for (SyncStep step : steps) {
            total = total.plus(step.backlog());
        }
        return total;
    }

    private Round round(NodeIdentity node) {
        List<SyncStep> ordered = new ArrayList<>();
        steps.forEach(ordered::add);
        ordered.sort(Comparator.comparingInt(SyncStep::order));
        List<String> lines = new ArrayList<>();
        boolean down = true;
        boolean up = true;
        for (SyncStep step : ordered) {
            SyncStep.Outcome outcome;
            try {
                outcome = step.run(node);
            } catch (IOException e) {
                // A cut link is ordinary on a node: one line per round, the trace only when asked for (DEBUG).
                LOG.debugf(e, "node sync step %s: the link failed", step.name());
                outcome = SyncStep.Outcome.unfinished("national server unreachable: " + e);
            } catch (RuntimeException e) {
                LOG.warnf(e, "node sync step %s failed", step.name());
                outcome = SyncStep.Outcome.unfinished("failed: " + e);
            }
            lines.add(step.name() + ": " + outcome.detail());
            if (!outcome.complete()) {
                if (step.direction() == SyncStep.Direction.DOWN) {
                    down = false;
                } else {
                    up = false;
                }
            }
        }
        boolean downDone = down;
        boolean upDone = up;
        String detail = String.join("; ", lines);
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> identities.current()
                .ifPresent(n -> n.synced(downDone, upDone, detail, now)));
        LOG.infof("node sync round: %s", detail);
        return new Round(lines, downDone, upDone);
    }
}
