package org.surgalt.scorm;

import org.surgalt.scorm.manifest.PackageStructure;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.surgalt.scorm.manifest.PackageStructure.Standard;

/**
 * The runtime data a SCO committed (the {@code cmi} object the player sends, in scorm-again's
 * JSON form), checked against the data model before it is stored, and read for what counts:
 * completion, success, score and time. The player's library checks every SetValue already; this
 * is the server's own check, since anything can post here. Refusals carry the SCORM error code
 * the API reports through GetLastError.
 *
 * <p>suspend_data is taken up to 64,000 characters for both versions (SCORM 1.2 says 4,096, but
 * authoring tools write more, and scorm-again accepts 64,000 for 1.2 too).
 */
public final class CmiData {

    static final int MAX_INTERACTIONS = 1_000;
    static final int MAX_OBJECTIVES = 1_000;
    /** Every string, suspend_data the longest a SCO writes. */
    private static final int MAX_STRING = 64_000;

    private static final Set<String> LESSON_STATUS = Set.of("passed", "completed", "failed", "incomplete", "browsed",
            "not attempted");
    private static final Set<String> EXIT_12 = Set.of("", "time-out", "suspend", "logout");
    private static final Set<String> COMPLETION = Set.of("completed", "incomplete", "not attempted", "unknown");
    private static final Set<String> SUCCESS = Set.of("passed", "failed", "unknown");
    private static final Set<String> EXIT_2004 = Set.of("", "time-out", "suspend", "logout", "normal");
    private static final Pattern TIME_12 = Pattern.compile("(\\d{2,4}):(\\d{2}):(\\d{2})(\\.\\d{1,2})?");

    /** Why a commit's data is refused: the SCORM error code and a sentence. */
    public record Refusal(int errorCode, String message) {
    }

    private CmiData() {
    }

    /** The first thing wrong with the data, or null. */
    public static Refusal check(Standard standard, JsonNode cmi) {
        if (cmi == null || !cmi.isObject()) {
            return new Refusal(standard == Standard.SCORM_1_2 ? 201 : 351, "cmi must be an object");
        }
        int type = standard == Standard.SCORM_1_2 ? 405 : 406;
        int range = standard == Standard.SCORM_1_2 ? 405 : 407;
        String tooLong = longString(cmi);
        if (tooLong != null) {
            return new Refusal(type, tooLong + " is longer than " + MAX_STRING + " characters");
        }
        if (standard == Standard.SCORM_1_2) {
            JsonNode core = cmi.path("core");
            if (!in(core.path("lesson_status"), LESSON_STATUS)) {
                return new Refusal(type, "cmi.core.lesson_status must be one of " + LESSON_STATUS);
            }
            if (!in(core.path("exit"), EXIT_12)) {
                return new Refusal(type, "cmi.core.exit must be one of " + EXIT_12);
            }
            if (core.path("lesson_location").asText("").length() > 255) {
                return new Refusal(type, "cmi.core.lesson_location is longer than 255 characters");
            }
            Refusal score = score(core.path("score"), false, range);
            if (score != null) {
                return score;
            }
        } else {
            if (!in(cmi.path("completion_status"), COMPLETION)) {
                return new Refusal(type, "cmi.completion_status must be one of " + COMPLETION);
            }
            if (!in(cmi.path("success_status"), SUCCESS)) {
                return new Refusal(type, "cmi.success_status must be one of " + SUCCESS);
            }
            if (!in(cmi.path("exit"), EXIT_2004)) {
                return new Refusal(type, "cmi.exit must be one of " + EXIT_2004);
            }
            if (cmi.path("location").asText("").length() > 1000) {
                return new Refusal(type, "cmi.location is longer than 1000 characters");
            }
            Refusal score = score(cmi.path("score"), true, range);
            if (score != null) {
                return score;
            }
            JsonNode progress = cmi.path("progress_measure");
            if (!blank(progress) && !between(progress, 0, 1)) {
                return new Refusal(range, "cmi.progress_measure must be from 0 to 1");
            }
        }
        if (size(cmi.path("interactions")) > MAX_INTERACTIONS) {
            return new Refusal(range, "more than " + MAX_INTERACTIONS + " interactions");
        }
        if (size(cmi.path("objectives")) > MAX_OBJECTIVES) {
            return new Refusal(range, "more than " + MAX_OBJECTIVES + " objectives");
        }
        return null;
    }

    /**
     * What the data says about the SCO; call {@link #check} first. Time is total_time alone: the
     * player reports the running total (earlier sessions and this one) in every commit.
     */
    public static Status status(Standard standard, JsonNode cmi) {
        if (standard == Standard.SCORM_1_2) {
            JsonNode core = cmi.path("core");
            String lesson = core.path("lesson_status").asText("not attempted");
            Status.Completion completion = switch (lesson) {
                case "passed", "completed", "failed" -> Status.Completion.COMPLETED;
                case "incomplete", "browsed" -> Status.Completion.INCOMPLETE;
                default -> Status.Completion.NOT_ATTEMPTED;
            };
            Status.Success success = switch (lesson) {
                case "passed" -> Status.Success.PASSED;
                case "failed" -> Status.Success.FAILED;
                default -> Status.Success.UNKNOWN;
            };
            long seconds = seconds12(core.path("total_time").asText(""));
            return new Status(completion, success, percent(core.path("score"), false), seconds);
        }
        Status.Completion completion = switch (cmi.path("completion_status").asText("unknown")) {
            case "completed" -> Status.Completion.COMPLETED;
            case "incomplete" -> Status.Completion.INCOMPLETE;
            case "not attempted" -> Status.Completion.NOT_ATTEMPTED;
            default -> Status.Completion.UNKNOWN;
        };
        Status.Success success = switch (cmi.path("success_status").asText("unknown")) {
            case "passed" -> Status.Success.PASSED;
            case "failed" -> Status.Success.FAILED;
            default -> Status.Success.UNKNOWN;
        };
        long seconds = seconds2004(cmi.path("total_time").asText(""));
        return new Status(completion, success, percent(cmi.path("score"), true), seconds);
    }

    /** The score in percent: scaled (2004) if there is one, else raw against min and max, else raw. */
    static BigDecimal percent(JsonNode score, boolean scaled) {
        if (scaled && !blank(score.path("scaled"))) {
            return BigDecimal.valueOf(score.path("scaled").asDouble() * 100).setScale(2, RoundingMode.HALF_UP);
        }
        JsonNode raw = score.path("raw");
        if (blank(raw)) {
            return null;
        }
        double value = raw.asDouble();
        double min = blank(score.path("min")) ? 0 : score.path("min").asDouble();
        double max = blank(score.path("max")) ? 100 : score.path("max").asDouble();
        double percent = max > min ? (value - min) / (max - min) * 100 : value;
        return BigDecimal.valueOf(Math.max(-100, Math.min(100, percent))).setScale(2, RoundingMode.HALF_UP);
    }

    private static Refusal score(JsonNode score, boolean scaled, int range) {
        for (String field : new String[] {"raw", "min", "max"}) {
            JsonNode value = score.path(field);
            if (!blank(value) && !number(value)) {
                return new Refusal(range, "score." + field + " must be a number");
            }
        }
        if (scaled && !blank(score.path("scaled")) && !between(score.path("scaled"), -1, 1)) {
            return new Refusal(range, "cmi.score.scaled must be from -1 to 1");
        }
        return null;
    }

    private static boolean in(JsonNode value, Set<String> allowed) {
        return value.isMissingNode() || value.isNull() || allowed.contains(value.asText());
    }

    private static boolean blank(JsonNode value) {
        return value.isMissingNode() || value.isNull() || value.asText("").isEmpty();
    }

    private static boolean number(JsonNode value) {
        if (value.isNumber()) {
            return true;
        }
        try {
            Double.parseDouble(value.asText());
            return !value.asText().isBlank();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean between(JsonNode value, double low, double high) {
        if (!number(value)) {
            return false;
        }
        double d = value.asDouble();
        return d >= low && d <= high;
    }

    private static int size(JsonNode collection) {
        return elements(collection).size();
    }

    /**
     * The elements of a collection (interactions, objectives) however the runtime wrote it: an
     * array, {"childArray": [...]}, or an object keyed "0", "1", ...
     */
    static java.util.List<JsonNode> elements(JsonNode collection) {
        java.util.List<JsonNode> found = new java.util.ArrayList<>();
        if (collection.isArray()) {
            collection.forEach(found::add);
        } else if (collection.path("childArray").isArray()) {
            collection.path("childArray").forEach(found::add);
        } else if (collection.isObject()) {
            collection.fields().forEachRemaining(field -> {
                if (field.getKey().chars().allMatch(Character::isDigit) && field.getValue().isObject()) {
                    found.add(field.getValue());
                }
            });
        }
        return found;
    }

    private static String longString(JsonNode node) {
        return longString(node, "cmi", 0);
    }

    private static String longString(JsonNode node, String path, int depth) {
        if (depth > 16) {
            return path;
        }
        if (node.isTextual()) {
            return node.asText().length() > MAX_STRING ? path : null;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String found = longString(field.getValue(), path + "." + field.getKey(), depth + 1);
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = longString(node.get(i), path + "." + i, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static long seconds12(String time) {
        Matcher m = TIME_12.matcher(time.strip());
        if (!m.matches()) {
            return 0;
        }
        return Long.parseLong(m.group(1)) * 3600 + Long.parseLong(m.group(2)) * 60 + Long.parseLong(m.group(3));
    }

    static long seconds2004(String time) {
        String text = time.strip();
        if (text.isEmpty()) {
            return 0;
        }
        try {
            // ISO 8601 durations; java.time takes days and times, not years and months, which no SCO reports.
            return Duration.parse(text).getSeconds();
        } catch (DateTimeParseException e) {
            return 0;
        }
    }
}
