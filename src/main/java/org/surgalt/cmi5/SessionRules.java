package org.surgalt.cmi5;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.surgalt.xapi.LaunchScope;
import org.surgalt.xapi.StatementsStored;
import org.surgalt.xapi.StoredStatement;
import org.surgalt.xapi.XapiAgents;
import org.surgalt.xapi.XapiRejected;

/**
 * The rules of cmi5 section 9 on what an AU may send, checked on every statement an AU stores with
 * its launch credentials, in the transaction that stores them: a statement that breaks one refuses
 * the whole request (403, and nothing of it is kept), as the LMS SHOULD (6.3) rather than voiding.
 * What the AU achieves (completed, passed, failed) is recorded for the registration, and
 * {@link Satisfaction} turns it into satisfaction and completion facts in the same transaction.
 */
@ApplicationScoped
class SessionRules {

    private static final Set<String> DEFINED = Set.of("initialized", "completed", "passed", "failed", "terminated");

    private final Cmi5Store store;
    private final Satisfaction satisfaction;
    private final XapiAgents agents;

    SessionRules(Cmi5Store store, Satisfaction satisfaction, XapiAgents agents) {
        this.store = store;
        this.satisfaction = satisfaction;
        this.agents = agents;
    }

    void stored(@Observes StatementsStored event) {
        LaunchScope scope = event.caller().launch();
        if (scope == null || !Cmi5LaunchService.KIND.equals(scope.kind())) {
            return;
        }
        // cmi5 9.1.0.0-1: an AU assigns every statement's id itself; one the LRS had to assign is refused.
        if (event.statements().stream().anyMatch(stored -> !stored.idGiven())) {
            throw new XapiRejected(403, "A cmi5 AU must give every statement an id (cmi5 9.1.0.0-1).");
        }
        Cmi5Store.Cmi5Session session = store.session(scope.recordId(), true)
                .filter(s -> s.userId() == scope.userId())
                .orElseThrow(() -> new XapiRejected(403, "These credentials belong to no cmi5 session"));
        Cmi5Store.AuItem au = store.au(session.itemId())
                .orElseThrow(() -> new XapiRejected(403, "These credentials belong to no cmi5 session"));
        Cmi5Store.Registration registration = new Cmi5Store.Registration(session.registrationId(),
                session.registration(), session.userId(), au.cmi5CourseId(), false);
        Set<String> done = store.progress(registration.id());
        String state = session.state();
        Set<String> verbs = new HashSet<>(session.verbs());
        boolean achieved = false;
        for (StoredStatement stored : event.statements()) {
            Check check = new Check(stored.statement(), session, au, scope, state, verbs, done);
            String verb = check.run();
            if (verb == null) {
                continue;
            }
            switch (verb) {
                case "initialized" -> state = "INITIALIZED";
                case "terminated" -> state = "TERMINATED";
                case "completed", "passed", "failed" -> {
                    store.achieve(registration.id(), "au:" + au.auIndex(), verb);
                    done.add("au:" + au.auIndex() + " " + verb);
                    achieved = true;
                }
                default -> {
                }
            }
            verbs.add(verb);
        }
        store.saveSession(session.id(), state, verbs, Instant.now());
        if (achieved) {
            satisfaction.settle(registration, au, session.sessionId(), session.counts());
        }
    }

    /** One statement against the session so far; returns its cmi5 defined verb, or null for a cmi5 allowed one. */
    private final class Check {
        private final JsonNode statement;
        private final Cmi5Store.Cmi5Session session;
        private final Cmi5Store.AuItem au;
        private final LaunchScope scope;
        private final String state;
        private final Set<String> verbs;
        private final Set<String> done;

        Check(ObjectNode statement, Cmi5Store.Cmi5Session session, Cmi5Store.AuItem au, LaunchScope scope, String state,
                Set<String> verbs, Set<String> done) {
            this.statement = statement;
            this.session = session;
            this.au = au;
            this.scope = scope;
            this.state = state;
            this.verbs = verbs;
            this.done = done;
        }

        String run() {
            if ("ABANDONED".equals(state)) {
                refuse("The AU session was abandoned; it takes no more statements");
            }
            if ("TERMINATED".equals(state)) {
                refuse("The AU session has terminated; it takes no more statements");
            }
            JsonNode actor = statement.path("actor");
            if (agents.userId(actor) != session.userId()
                    || !"Agent".equals(actor.path("objectType").asText("Agent"))) {
                refuse("A cmi5 AU's statements must have the launch's actor, an Agent with an account");
            }
            if ("http://adlnet.gov/expapi/verbs/voided".equals(statement.path("verb").path("id").asText())) {
                refuse("A cmi5 AU may not void statements");
            }
            checkTimestamp();
            JsonNode context = statement.path("context");
            if (!session.registration().equals(context.path("registration").asText(null))) {
                refuse("A cmi5 AU's statements must have the launch's registration");
            }
            if (!session.sessionId().equals(context.path("extensions").path(LmsStatements.SESSION_ID).asText(null))) {
                refuse("A cmi5 AU's statements must carry the session id of LMS.LaunchData's contextTemplate");
            }
            boolean defined = has(context.path("contextActivities").path("category"), LmsStatements.CATEGORY_CMI5);
            String verbId = statement.path("verb").path("id").asText("");
            String verb = verbId.startsWith(LmsStatements.ADL) ? verbId.substring(LmsStatements.ADL.length())
                    : verbId.startsWith(LmsStatements.ADL_W3ID) ? verbId.substring(LmsStatements.ADL_W3ID.length()) : "";
            if ("LAUNCHED".equals(state) && !(defined && "initialized".equals(verb))) {
                refuse("The first statement of a cmi5 AU session must be 'initialized'");
            }
            if ("initialized".equals(verb) && defined && !session.prefsRead()) {
                refuse("A cmi5 AU must read the learner's preferences (cmi5LearnerPreferences) before 'initialized'");
            }
            if (!defined && has(context.path("contextActivities").path("category"), LmsStatements.CATEGORY_MOVEON)) {
                refuse("Only 'completed', 'passed' and 'failed' statements carry the moveon category");
            }
            if (!defined) {
                return null;
            }
            if (!DEFINED.contains(verb)) {
                refuse("A cmi5 AU may not send the verb " + verbId + " as a cmi5 defined statement");
            }
            if (!scope.activityId().equals(statement.path("object").path("id").asText(null))) {
                refuse("A cmi5 defined statement's object must be the AU's activityId from the launch");
            }
            if (!has(context.path("contextActivities").path("grouping"), au.publisherId())) {
                refuse("A cmi5 defined statement must keep the publisher id of the contextTemplate in grouping");
            }
            if (verbs.contains(verb)) {
                refuse("A cmi5 AU may send '" + verb + "' only once in a session");
            }
            checkResult(verb, context);
            return verb;
        }

        private void checkResult(String verb, JsonNode context) {
            JsonNode result = statement.path("result");
            boolean moveOn = has(context.path("contextActivities").path("category"), LmsStatements.CATEGORY_MOVEON);
            boolean judged = verb.equals("passed") || verb.equals("failed");
            if (result.has("score") && !judged) {
                refuse("Only 'passed' and 'failed' statements of a cmi5 AU may carry a score");
            }
            JsonNode score = result.path("score");
            if (score.has("raw") && !(score.has("min") && score.has("max"))) {
                refuse("A raw score needs min and max (cmi5 9.5.1)");
            }
            if (result.has("success") && !judged) {
                refuse("Only 'passed' and 'failed' statements of a cmi5 AU may carry success");
            }
            if (result.has("completion") && !verb.equals("completed")) {
                refuse("Only 'completed' statements of a cmi5 AU may carry completion");
            }
            boolean outcome = judged || verb.equals("completed");
            if (moveOn != outcome) {
                refuse(outcome ? "'" + verb + "' statements need the moveon category"
                        : "Only 'completed', 'passed' and 'failed' statements carry the moveon category");
            }
            if ((outcome || verb.equals("terminated")) && !result.hasNonNull("duration")) {
                refuse("A cmi5 '" + verb + "' statement needs result.duration");
            }
            if (outcome && !"Normal".equals(session.launchMode())) {
                refuse("In " + session.launchMode() + " mode a cmi5 AU may not send '" + verb + "'");
            }
            String node = "au:" + au.auIndex() + " ";
            switch (verb) {
                case "completed" -> {
                    if (!result.path("completion").asBoolean(false)) {
                        refuse("A cmi5 'completed' statement needs result.completion true");
                    }
                    if (done.contains(node + "completed")) {
                        refuse("A cmi5 AU may send 'completed' only once in a registration");
                    }
                }
                case "passed", "failed" -> {
                    if (verbs.contains("passed") || verbs.contains("failed")) {
                        refuse("A cmi5 AU may send only one of 'passed' and 'failed' in a session");
                    }
                    if (done.contains(node + "passed")) {
                        refuse(verb.equals("passed") ? "A cmi5 AU may send 'passed' only once in a registration"
                                : "A cmi5 AU may not send 'failed' after 'passed' in a registration");
                    }
                    boolean passed = verb.equals("passed");
                    if (!result.has("success") || result.path("success").asBoolean() != passed) {
                        refuse("A cmi5 '" + verb + "' statement needs result.success " + passed);
                    }
                    checkMastery(verb, passed, result, context);
                }
                default -> {
                }
            }
        }

        private void checkMastery(String verb, boolean passed, JsonNode result, JsonNode context) {
            BigDecimal mastery = au.masteryScore();
            JsonNode scaled = result.path("score").path("scaled");
            JsonNode extension = context.path("extensions").path(LmsStatements.MASTERY_SCORE);
            if (mastery == null) {
                return;
            }
            // Judged against the masteryScore (it carries a score): the AU says so with the extension (9.6.3.2).
            boolean judgedByMastery = result.has("score");
            if ((judgedByMastery || !extension.isMissingNode())
                    && (!extension.isNumber() || extension.decimalValue().compareTo(mastery) != 0)) {
                refuse("A cmi5 '" + verb + "' statement must carry the masteryScore of LMS.LaunchData");
            }
            if (scaled.isNumber() && (scaled.decimalValue().compareTo(mastery) >= 0) != passed) {
                refuse("A cmi5 '" + verb + "' statement's scaled score must be "
                        + (passed ? "at least" : "below") + " the masteryScore " + mastery.toPlainString());
            }
        }

        /**
         * cmi5 9.7: every statement carries its own timestamp, in UTC. The LRS sets a missing one
         * to the time it stored the statement, to the same text: that is how a missing one shows.
         */
        private void checkTimestamp() {
            String timestamp = statement.path("timestamp").asText("");
            if (timestamp.equals(statement.path("stored").asText(null))) {
                refuse("A cmi5 AU's statements must carry a timestamp");
            }
            try {
                if (java.time.OffsetDateTime.parse(timestamp).getOffset().getTotalSeconds() != 0) {
                    refuse("A cmi5 AU's timestamps must be in UTC");
                }
            } catch (java.time.format.DateTimeParseException e) {
                refuse("A cmi5 AU's timestamps must be in UTC");
            }
        }

        private void refuse(String message) {
            throw new XapiRejected(403, message);
        }
    }

    private static boolean has(JsonNode activities, String id) {
        if (activities.isObject()) {
            return id.equals(activities.path("id").asText(null));
        }
        for (JsonNode activity : activities) {
            if (id.equals(activity.path("id").asText(null))) {
                return true;
            }
        }
        return false;
    }
}
