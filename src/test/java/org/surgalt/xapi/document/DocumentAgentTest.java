package org.surgalt.xapi.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.surgalt.xapi.XapiRejected;

/**
 * The agent parameter of the State and Agent Profile resources (xAPI 1.0.3 Communication 2.3 and
 * 2.6; XAPI-00196..00199, 00255..00258): one Agent with exactly one inverse functional identifier.
 */
class DocumentAgentTest {

    @Test
    void theSameAgentWithOrWithoutItsNameOrInAnotherOrderNamesTheSameDocuments() {
        String plain = DocumentAgent.parse("{\"account\":{\"homePage\":\"https://lms.example\",\"name\":\"42\"}}", false)
                .ifi();
        String named = DocumentAgent.parse("{\"objectType\":\"Agent\",\"name\":\"Bold\",\"account\":"
                + "{\"name\":\"42\",\"homePage\":\"https://lms.example\"}}", false).ifi();
        assertEquals(plain, named);
        assertEquals(DocumentAgent.parse("{\"mbox_sha1sum\":\"ABCDEF0123456789ABCDEF0123456789ABCDEF01\"}", false).ifi(),
                DocumentAgent.parse("{\"mbox_sha1sum\":\"abcdef0123456789abcdef0123456789abcdef01\"}", false).ifi());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "not JSON", "true", "[]", "\"mailto:a@example.com\"", "{}",
        // two identifiers, or none that is valid
        "{\"mbox\":\"mailto:a@example.com\",\"openid\":\"https://id.example/a\"}",
        "{\"mbox\":\"a@example.com\"}", "{\"mbox_sha1sum\":\"abc\"}", "{\"openid\":\"not a uri\"}",
        "{\"account\":{\"homePage\":\"https://lms.example\"}}", "{\"account\":{\"name\":\"42\"}}",
        "{\"account\":{\"homePage\":\"https://lms.example\",\"name\":42}}",
        // not an Agent, or with properties xAPI does not define
        "{\"objectType\":\"Activity\",\"mbox\":\"mailto:a@example.com\"}",
        "{\"mbox\":\"mailto:a@example.com\",\"age\":12}", "{\"mbox\":\"mailto:a@example.com\",\"name\":7}"})
    void anythingButOneIdentifiedAgentIsABadRequest(String agent) {
        XapiRejected refused = assertThrows(XapiRejected.class, () -> DocumentAgent.parse(agent, true));
        assertEquals(400, refused.status());
    }

    @Test
    void anIdentifiedGroupIsAcceptedInXapi2Only() {
        String group = "{\"objectType\":\"Group\",\"name\":\"Team\",\"mbox\":\"mailto:team@example.com\","
                + "\"member\":[{\"mbox\":\"mailto:a@example.com\"}]}";
        assertEquals("{\"mbox\":\"mailto:team@example.com\"}", DocumentAgent.parse(group, true).ifi());
        assertEquals(400, assertThrows(XapiRejected.class, () -> DocumentAgent.parse(group, false)).status());
        assertEquals(400, assertThrows(XapiRejected.class, () -> DocumentAgent.parse(
                "{\"objectType\":\"Group\",\"member\":[{\"mbox\":\"mailto:a@example.com\"}]}", true)).status(),
                "an anonymous group has no identifier to key documents by");
    }
}
