package org.surgalt.cmi5;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.surgalt.xapi.XapiAgents;
import org.surgalt.xapi.XapiStatements;

/**
 * The statements Surgalt writes as the LMS of cmi5 (section 9.3): launched, satisfied (for blocks
 * and the course; the spec and CATAPULT have none for an AU itself), waived and abandoned, each
 * with the cmi5 category, the publisher id in grouping and the session id, stored through the LRS
 * as Surgalt itself.
 */
@ApplicationScoped
class LmsStatements {

    static final String CATEGORY_CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    static final String CATEGORY_MOVEON = "https://w3id.org/xapi/cmi5/context/categories/moveon";
    static final String EXT = "https://w3id.org/xapi/cmi5/context/extensions/";
    static final String SESSION_ID = EXT + "sessionid";
    static final String MASTERY_SCORE = EXT + "masteryscore";
    static final String REASON = "https://w3id.org/xapi/cmi5/result/extensions/reason";
    static final String ADL = "http://adlnet.gov/expapi/verbs/";
    static final String ADL_W3ID = "https://w3id.org/xapi/adl/verbs/";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final XapiStatements statements;
    private final XapiAgents agents;

    LmsStatements(XapiStatements statements, XapiAgents agents) {
        this.statements = statements;
        this.agents = agents;
    }

    /** Surgalt's activity ids for an import: the course, its blocks and AUs, never the publisher's (9.4, 8.1.5). */
    String courseId(long cmi5CourseId) {
        return agents.homePage() + "/cmi5/" + cmi5CourseId;
    }

    String blockId(long cmi5CourseId, int block) {
        return block < 0 ? courseId(cmi5CourseId) : courseId(cmi5CourseId) + "/blocks/" + block;
    }

    String auId(long cmi5CourseId, int au) {
        return courseId(cmi5CourseId) + "/aus/" + au;
    }

    ObjectNode actor(long userId) {
        return agents.learner(userId, null);
    }

    /** The context an AU's statements start from (LMS.LaunchData's contextTemplate), without category. */
    static ObjectNode contextTemplate(String registration, String publisherId, String sessionId) {
        ObjectNode context = JSON.createObjectNode();
        context.put("registration", registration);
        context.putObject("contextActivities").putArray("grouping").addObject().put("id", publisherId)
                .put("objectType", "Activity");
        context.putObject("extensions").put(SESSION_ID, sessionId);
        return context;
    }

    void launched(long userId, String registration, String activityId, String publisherId, String activityType,
            String sessionId, String launchMode, String launchUrl, String moveOn, String launchParameters,
            BigDecimal masteryScore) {
        ObjectNode statement = base(userId, ADL + "launched", "launched", activityId, activityType, registration,
                publisherId, sessionId, false);
        ObjectNode extensions = (ObjectNode) statement.path("context").path("extensions");
        extensions.put(EXT + "launchmode", launchMode).put(EXT + "launchurl", launchUrl).put(EXT + "moveon", moveOn);
        if (launchParameters != null) {
            extensions.put(EXT + "launchparameters", launchParameters);
        }
        if (masteryScore != null) {
            extensions.put(MASTERY_SCORE, masteryScore);
        }
        store(statement);
    }

    /** A block (type block) or the course (type course) satisfied, in the session that satisfied it. */
    void satisfied(long userId, String registration, String activityId, boolean course, String publisherId,
            String sessionId) {
        store(base(userId, ADL_W3ID + "satisfied", "satisfied", activityId,
                "https://w3id.org/xapi/cmi5/activitytype/" + (course ? "course" : "block"), registration, publisherId,
                sessionId, false));
    }

    void waived(long userId, String registration, String activityId, String publisherId, String sessionId,
            String reason) {
        ObjectNode statement = base(userId, ADL_W3ID + "waived", "waived", activityId, null, registration, publisherId,
                sessionId, true);
        statement.putObject("result").put("success", true).put("completion", true).putObject("extensions")
                .put(REASON, reason);
        store(statement);
    }

    void abandoned(long userId, String registration, String activityId, String publisherId, String sessionId,
            Instant launched, Instant lastStatement) {
        ObjectNode statement = base(userId, ADL_W3ID + "abandoned", "abandoned", activityId, null, registration,
                publisherId, sessionId, false);
        Duration duration = Duration.between(launched, lastStatement == null ? launched : lastStatement);
        statement.putObject("result").put("duration", duration.isNegative() ? "PT0S" : duration.toString());
        store(statement);
    }

    private ObjectNode base(long userId, String verb, String display, String activityId, String activityType,
            String registration, String publisherId, String sessionId, boolean moveOn) {
        ObjectNode statement = JSON.createObjectNode();
        statement.put("id", UUID.randomUUID().toString());
        statement.set("actor", actor(userId));
        statement.putObject("verb").put("id", verb).putObject("display").put("en-US", display);
        ObjectNode object = statement.putObject("object").put("objectType", "Activity").put("id", activityId);
        if (activityType != null) {
            object.putObject("definition").put("type", activityType);
        }
        ObjectNode context = contextTemplate(registration, publisherId, sessionId);
        ArrayNode category = ((ObjectNode) context.get("contextActivities")).putArray("category");
        category.addObject().put("id", CATEGORY_CMI5).put("objectType", "Activity");
        if (moveOn) {
            category.addObject().put("id", CATEGORY_MOVEON).put("objectType", "Activity");
        }
        statement.set("context", context);
        statement.put("timestamp", Instant.now().toString());
        return statement;
    }

    private void store(ObjectNode statement) {
        statements.store(statements.lms(), List.of(statement));
    }
}
