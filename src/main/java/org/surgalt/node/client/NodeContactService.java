package org.surgalt.node.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.surgalt.node.Heartbeat;

/**
 * The node's regular contact with the national server: the heartbeat (what is queued, the link's speed)
 * and, at most daily, what its scope holds. Each call's outcome is kept for the status page; a failed
 * call is not retried (the next heartbeat is the retry), and no transaction is open during a call.
 */
@ApplicationScoped
public class NodeContactService {

    private static final Logger LOG = Logger.getLogger(NodeContactService.class);
    private static final Duration SCOPE_AGE = Duration.ofDays(1);

    private final NodeIdentityRepository identities;
    private final NationalClient national;
    private final ObjectMapper json;
    private final NodeSync sync;
    private final NodeSchedule schedule;

    NodeContactService(NodeIdentityRepository identities, NationalClient national, ObjectMapper json, NodeSync sync,
            NodeSchedule schedule) {
        this.identities = identities;
        this.national = national;
        this.json = json;
        this.sync = sync;
        this.schedule = schedule;
    }

    /** @return how the heartbeat went, or empty when this node is not enrolled */
    public Optional<NodeIdentity.Outcome> heartbeat() throws IOException {
        Optional<NodeIdentity> enrolled = QuarkusTransaction.requiringNew().call(identities::current);
        if (enrolled.isEmpty()) {
            return Optional.empty();
        }
        NodeIdentity node = enrolled.get();
        SyncStep.Backlog backlog = sync.backlog();
        Heartbeat beat = new Heartbeat(backlog.records(), backlog.files(), backlog.bytes(), node.linkBitsPerSecond(),
                node.lastUpSyncAt(), node.lastDownSyncAt(), schedule.nextSync().orElse(null));
        NodeIdentity.Outcome outcome = call(node, "POST", "/api/node/heartbeat", json.writeValueAsBytes(beat))
                .outcome();
        if (outcome == NodeIdentity.Outcome.OK && (node.scopeCheckedAt() == null
                || node.scopeCheckedAt().isBefore(Instant.now().minus(SCOPE_AGE)))) {
            checkScope(node);
        }
        return Optional.of(outcome);
    }

    private void checkScope(NodeIdentity node) {
        Result result = call(node, "GET", "/api/node/scope", new byte[0]);
        if (result.outcome() != NodeIdentity.Outcome.OK) {
            return;
        }
        try {
            JsonNode scope = json.readTree(result.body());
            int people = scope.path("people").size();
            int cohorts = scope.path("cohorts").size();
            Instant now = Instant.now();
            QuarkusTransaction.requiringNew().run(() -> identities.current().ifPresent(n -> n.scoped(people, cohorts,
                    now)));
        } catch (IOException e) {
            LOG.warnf("the national server's scope answer is not JSON: %s", e.getMessage());
        }
    }

    private record Result(NodeIdentity.Outcome outcome, byte[] body) {
    }

    private Result call(NodeIdentity node, String method, String path, byte[] body) {
        NodeIdentity.Outcome outcome;
        String detail;
        Long speed = null;
        byte[] answerBody = new byte[0];
        try {
            NationalClient.Answer answer = national.send(node, method, path, body);
            speed = answer.bitsPerSecond();
            answerBody = answer.body();
            outcome = answer.ok() ? NodeIdentity.Outcome.OK
                    : answer.status() == 401 ? NodeIdentity.Outcome.REFUSED : NodeIdentity.Outcome.FAILED;
            detail = method + " " + path + ": HTTP " + answer.status();
        } catch (IOException e) {
            outcome = NodeIdentity.Outcome.UNREACHABLE;
            detail = method + " " + path + ": " + e;
        }
        if (outcome != NodeIdentity.Outcome.OK) {
            // INFO, not WARN: a soum's link may be down for days, a heartbeat every five minutes.
            LOG.infof("national server call failed (%s): %s", outcome, detail);
        }
        NodeIdentity.Outcome kept = outcome;
        String keptDetail = detail;
        Long keptSpeed = speed;
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> identities.current()
                .ifPresent(n -> n.called(kept, keptDetail, keptSpeed, now)));
        return new Result(outcome, answerBody);
    }
}
