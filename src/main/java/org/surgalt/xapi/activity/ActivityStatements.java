package org.surgalt.xapi.activity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import org.surgalt.xapi.XapiAgents;

/**
 * Turns a record of Surgalt's into its statement, as deploy/XAPI-PROFILE.md describes: ADL verbs
 * where one fits, the item's page as the activity (its IRI is the address a learner opens), the
 * course as its parent, and the statement id derived from the record, so that a batch written
 * twice (an instance stopped between storing and moving the cursor) stores nothing new.
 */
@ApplicationScoped
class ActivityStatements {

    static final String PROFILE = "https://surgalt.org/xapi/profile/v1";
    static final String VERSION_EXTENSION = "https://surgalt.org/xapi/extensions/course-version";
    private static final String ADL = "http://adlnet.gov/expapi/verbs/";
    private static final String TYPES = "http://adlnet.gov/expapi/activities/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final XapiAgents agents;

    ActivityStatements(XapiAgents agents) {
        this.agents = agents;
    }

    /** The statement for a record, or empty for one the content already reported itself (cmi5, H5P). */
    Optional<ObjectNode> of(ActivityRecord record) {
        if ("cmi5".equals(record.source()) || "h5p".equals(record.source())) {
            return Optional.empty();
        }
        if ("REVOKED".equals(record.kind())) {
            return record.revokes() == null ? Optional.empty() : Optional.of(voiding(record));
        }
        Verb verb = verb(record);
        if (verb == null) {
            return Optional.empty();
        }
        ObjectNode statement = base(record, verb);
        ObjectNode object = statement.putObject("object").put("objectType", "Activity");
        ObjectNode definition;
        if (record.certificateCode() != null) {
            object.put("id", agents.homePage() + "/verify/" + record.certificateCode());
            definition = object.putObject("definition");
            definition.put("type", "https://w3id.org/xapi/tla/activity-types/credential");
            names(definition, record.courseTitleEn(), record.courseTitleMn());
        } else {
            object.put("id", itemIri(record));
            definition = object.putObject("definition");
            definition.put("type", type(record.itemKind()));
            names(definition, record.itemTitleEn(), record.itemTitleMn());
        }
        result(record, statement);
        ObjectNode context = statement.putObject("context");
        context.put("platform", "Surgalt");
        ObjectNode activities = context.putObject("contextActivities");
        ObjectNode course = activities.putArray("parent").addObject();
        course.put("objectType", "Activity").put("id", courseIri(record));
        ObjectNode courseDefinition = course.putObject("definition").put("type", TYPES + "course");
        names(courseDefinition, record.courseTitleEn(), record.courseTitleMn());
        activities.putArray("category").addObject().put("objectType", "Activity").put("id", PROFILE);
        context.putObject("extensions").put(VERSION_EXTENSION, record.courseVersion());
        return Optional.of(statement);
    }

    /** The statement id of a record: a name-based UUID of the site, the stream and the record's id. */
    UUID id(String stream, long recordId) {
        return UUID.nameUUIDFromBytes((agents.homePage() + "|" + stream + "|" + recordId)
                .getBytes(StandardCharsets.UTF_8));
    }

    private String itemIri(ActivityRecord record) {
        return agents.itemActivity(record.courseCode(), record.itemId());
    }

    private String courseIri(ActivityRecord record) {
        return agents.courseActivity(record.courseCode());
    }

    private ObjectNode base(ActivityRecord record, Verb verb) {
        ObjectNode statement = JSON.createObjectNode();
        statement.put("id", id(record.stream(), record.id()).toString());
        statement.set("actor", agents.learner(record.userId(), null));
        statement.putObject("verb").put("id", verb.id()).putObject("display").put("en", verb.display());
        statement.put("timestamp", DateTimeFormatter.ISO_INSTANT.format(record.at()));
        return statement;
    }

    /** An attendance taken back: the statement that said the learner attended is voided. */
    private ObjectNode voiding(ActivityRecord record) {
        ObjectNode statement = base(record, new Verb(ADL + "voided", "voided"));
        statement.putObject("object").put("objectType", "StatementRef")
                .put("id", id(ActivityRecord.FACTS, record.revokes()).toString());
        return statement;
    }

    private static void result(ActivityRecord record, ObjectNode statement) {
        String kind = record.kind();
        boolean scored = record.score() != null && ("SUBMITTED".equals(kind) || "GRADED".equals(kind)
                || "PASSED".equals(kind) || "COMPLETED".equals(kind));
        boolean passed = "PASSED".equals(kind);
        boolean completed = "COMPLETED".equals(kind) || "SUBMITTED".equals(kind) && "QUIZ".equals(record.itemKind());
        if (!scored && !passed && !completed) {
            return;
        }
        ObjectNode result = statement.putObject("result");
        if (scored) {
            // Scores in Surgalt are percentages.
            int percent = Math.max(0, Math.min(100, record.score()));
            result.putObject("score").put("scaled", percent / 100.0).put("raw", percent).put("min", 0).put("max", 100);
        }
        if (passed) {
            result.put("success", true);
        }
        if (completed || passed) {
            result.put("completion", true);
        }
    }

    private static Verb verb(ActivityRecord record) {
        String item = record.itemKind() == null ? "" : record.itemKind();
        return switch (record.kind()) {
            case "VIEWED" -> "VIDEO".equals(item) ? new Verb(ADL + "completed", "completed")
                    : new Verb(ADL + "experienced", "experienced");
            case "SUBMITTED" -> "QUIZ".equals(item) ? new Verb(ADL + "completed", "completed")
                    : new Verb("http://activitystrea.ms/schema/1.0/submit", "submitted");
            case "GRADED" -> new Verb(ADL + "scored", "scored");
            case "PASSED" -> new Verb(ADL + "passed", "passed");
            case "ATTENDED" -> new Verb(ADL + "attended", "attended");
            case "WAIVED" -> new Verb("https://w3id.org/xapi/adl/verbs/waived", "waived");
            case "COMPLETED" -> new Verb(ADL + "completed", "completed");
            case "CERTIFICATE" -> new Verb("http://id.tincanapi.com/verb/earned", "earned");
            default -> null;
        };
    }

    private static String type(String itemKind) {
        return switch (itemKind == null ? "" : itemKind) {
            case "PAGE" -> TYPES + "lesson";
            case "FILE" -> TYPES + "file";
            case "VIDEO" -> "https://w3id.org/xapi/video/activity-type/video";
            case "ASSIGNMENT" -> "http://id.tincanapi.com/activitytype/school-assignment";
            case "QUIZ" -> TYPES + "assessment";
            case "SESSION" -> TYPES + "meeting";
            case "LINK" -> TYPES + "link";
            case "PACKAGE" -> TYPES + "module";
            default -> TYPES + "module";
        };
    }

    private static void names(ObjectNode definition, String en, String mn) {
        if (en == null && mn == null) {
            return;
        }
        ObjectNode name = definition.putObject("name");
        if (en != null) {
            name.put("en", en);
        }
        if (mn != null) {
            name.put("mn", mn);
        }
    }

    private record Verb(String id, String display) {
    }
}
