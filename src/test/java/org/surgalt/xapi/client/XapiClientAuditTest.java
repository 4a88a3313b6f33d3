package org.surgalt.xapi.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/** Making and disabling an LRS client is in the audit log, by whom, with the client's state and never its secret. */
@QuarkusTest
class XapiClientAuditTest {

    @Inject
    EntityManager em;

    @Test
    void creatingAndDisablingAClientIsAuditedWithoutItsSecret() {
        TestPerson admin = aPerson().withRole(Role.ADMIN).create();
        Sessions.Session session = Sessions.as(admin);
        String name = "Audited " + UUID.randomUUID();
        var created = session.given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "read", true, "write", false)).post("/api/admin/xapi-clients").then()
                .statusCode(201).extract().jsonPath();
        long id = created.getLong("client.id");
        String secret = created.getString("secret");

        session.given().contentType(ContentType.JSON).body("{}").post("/api/admin/xapi-clients/{id}/disable", id)
                .then().statusCode(200);
        session.given().contentType(ContentType.JSON).body("{}").post("/api/admin/xapi-clients/{id}/disable", id)
                .then().statusCode(200);

        assertEquals(1, count("xapi-client.create", admin.id(), id, "%\"disabled\":false%", secret));
        assertEquals(1, count("xapi-client.disable", admin.id(), id, "%\"disabled\":true%", secret),
                "disabling twice is one change");
    }

    private long count(String action, long actor, long client, String after, String secret) {
        return ((Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT COUNT(*) FROM audit_event WHERE action = ?1 AND actor_id = ?2 AND object_type = 'xapi-client' "
                        + "AND object_id = ?3 AND after_state LIKE ?4 AND after_state NOT LIKE ?5")
                .setParameter(1, action).setParameter(2, actor).setParameter(3, Long.toString(client))
                .setParameter(4, after).setParameter(5, "%" + secret + "%").getSingleResult())).longValue();
    }
}
