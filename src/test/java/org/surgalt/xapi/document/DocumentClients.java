package org.surgalt.xapi.document;

import io.quarkus.arc.Arc;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.specification.RequestSpecification;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.InstitutionKind;
import org.surgalt.xapi.Lrs;

/**
 * LRS callers for the document tests: clients made as an admin makes them ({@link Lrs}), of an
 * institution or site-wide, and requests with their credentials and a version header that send
 * the Content-Type they are given, without a charset added.
 */
final class DocumentClients {

    static final String V1 = "1.0.3";
    static final String V2 = "2.0.0";

    record Client(String authorization) {

        RequestSpecification given(String version) {
            return plain().header("Authorization", authorization).header("X-Experience-API-Version", version);
        }
    }

    private DocumentClients() {
    }

    /** A client of the institution with this code (made when absent), or site-wide when null. */
    static Client client(String institutionCode, boolean read, boolean write) {
        if (institutionCode != null) {
            Arc.container().instance(IdentityService.class).get().createInstitutionIfAbsent(institutionCode,
                    "Сургууль " + institutionCode, InstitutionKind.SCHOOL, "Ховд", "Буянт");
        }
        return new Client(Lrs.client(institutionCode, read, write).authorization());
    }

    /** A request with launch credentials: the value after "Basic " that content is given. */
    static RequestSpecification launched(String credentials, String version) {
        return new Client("Basic " + credentials).given(version);
    }

    static RequestSpecification plain() {
        return RestAssured.given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                .appendDefaultContentCharsetToContentTypeIfUndefined(false)));
    }
}
