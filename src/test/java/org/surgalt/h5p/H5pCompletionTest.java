package org.surgalt.h5p;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.surgalt.course.Completion;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.ItemKind;
import org.surgalt.platform.LocalizedText;
import org.surgalt.progress.CompletionFact;

/** Which H5P statements complete the launched activity, and which fact the item's rule makes of them. */
class H5pCompletionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACTIVITY = "https://surgalt.example.org/courses/c/items/7";

    @Test
    void anAnsweredStatementWithAScoreAboutTheActivityCompletesIt() throws Exception {
        // As H5P.TrueFalse 1.6 sends it (the actor is replaced by the player).
        assertEquals(new BigDecimal("100.00"), H5pCompletion.completingScore(statement("answered", ACTIVITY,
                "{\"score\":{\"min\":0,\"max\":1,\"raw\":1,\"scaled\":1},\"completion\":true,\"success\":true}"),
                ACTIVITY));
        assertEquals(new BigDecimal("75.00"), H5pCompletion.completingScore(statement("completed", ACTIVITY,
                "{\"score\":{\"min\":0,\"max\":4,\"raw\":3}}"), ACTIVITY), "raw and max without scaled");
    }

    @Test
    void subContentOtherVerbsAndStatementsWithoutAScoreDoNot() throws Exception {
        String score = "{\"score\":{\"min\":0,\"max\":1,\"raw\":1,\"scaled\":1}}";
        assertNull(H5pCompletion.completingScore(statement("answered", ACTIVITY + "?subContentId=db681d8c", score),
                ACTIVITY), "a question nested in a Game Map");
        assertNull(H5pCompletion.completingScore(statement("interacted", ACTIVITY, score), ACTIVITY));
        assertNull(H5pCompletion.completingScore(statement("completed", ACTIVITY, "{\"completion\":true}"), ACTIVITY));
    }

    @Test
    void thePassMarkDecidesAPassedRuleAndWithoutOneCompletingCounts() {
        assertEquals(Optional.of(CompletionFact.Kind.PASSED), H5pCompletion.factFor(item(Completion.PASSED, 80),
                new BigDecimal("80.00")));
        assertEquals(Optional.empty(), H5pCompletion.factFor(item(Completion.PASSED, 80), new BigDecimal("79.99")));
        assertEquals(Optional.of(CompletionFact.Kind.PASSED), H5pCompletion.factFor(item(Completion.PASSED, null),
                BigDecimal.ZERO));
        assertEquals(Optional.of(CompletionFact.Kind.COMPLETED), H5pCompletion.factFor(item(Completion.COMPLETED, null),
                BigDecimal.ZERO));
    }

    private static JsonNode statement(String verb, String object, String result) throws Exception {
        return JSON.readTree("{\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/" + verb + "\"},\"object\":{\"id\":\""
                + object + "\"},\"result\":" + result + "}");
    }

    private static ItemContent item(Completion completion, Integer passMark) {
        return new ItemContent(7, 1, 1, ItemKind.PACKAGE, LocalizedText.of("True or false", null), LocalizedText.empty(),
                null, null, completion, passMark, null, true);
    }
}
