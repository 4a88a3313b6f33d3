package org.surgalt.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One request to a route, as the caller's browser or API client sends it, for the tests that walk
 * every route (the authorization matrix, the object-level test). A body is named by its kind:
 * <ul>
 * <li>{@code null}: none;</li>
 * <li>{@code "form"}: a browser's form with the password fields (a wrong current password);
 * {@code "form:a=1&b=2"}: a form with these fields;</li>
 * <li>{@code "csrf"}: no body, and for an anonymous browser the site's CSRF token;</li>
 * <li>{@code "multipart"}: an upload form with a QTI item; {@code "multipart-csv:<text>"}: an upload form
 * with this CSV file; {@code "qti"}: the QTI item as the API's XML body;</li>
 * <li>{@code "csv"}: an enrolment file naming a new person; {@code "csv:<text>"}: this CSV as the body;</li>
 * <li>{@code "tus"}, {@code "tus-create"}, {@code "tus-patch"}: the tus protocol's requests;</li>
 * <li>anything else: JSON.</li>
 * </ul>
 */
public final class RouteCall {

    public static final String HTML = "text/html";

    private static final byte[] QTI_ITEM = ("<assessmentItem xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\" "
            + "identifier=\"m\" title=\"Matrix\"><responseDeclaration identifier=\"R\" cardinality=\"single\" "
            + "baseType=\"identifier\"><correctResponse><value>A</value></correctResponse>"
            + "</responseDeclaration><itemBody><choiceInteraction responseIdentifier=\"R\" maxChoices=\"1\">"
            + "<prompt>Matrix?</prompt><simpleChoice identifier=\"A\">Yes</simpleChoice>"
            + "<simpleChoice identifier=\"B\">No</simpleChoice></choiceInteraction></itemBody>"
            + "</assessmentItem>").getBytes(StandardCharsets.UTF_8);

    private RouteCall() {
    }

    /**
     * Sends the request on {@code request} (the caller's session, or a plain one for anonymous
     * callers); redirects are not followed, pages ask for HTML.
     */
    public static Response send(RequestSpecification request, boolean anonymous, String method, String path,
            String body) {
        request.redirects().follow(false);
        if (!path.startsWith("/api/")) {
            request.accept(HTML);
        }
        if (body == null) {
            // nothing to send
        } else if (body.equals("form") || body.startsWith("form:")) {
            // Like a browser: the CSRF token from this browser's cookie, in the action URL.
            String csrf = Sessions.csrfToken();
            request.cookie(Sessions.CSRF_COOKIE, csrf).queryParam("_csrf", csrf)
                    .contentType("application/x-www-form-urlencoded");
            if (body.equals("form")) {
                request.formParam("currentPassword", "wrong").formParam("newPassword", "new-password-123")
                        .formParam("newPasswordAgain", "new-password-123");
            } else {
                String fields = body.substring("form:".length());
                if (fields.isEmpty()) {
                    request.formParam("_nothing", "");
                }
                for (String field : fields.isEmpty() ? new String[0] : fields.split("&")) {
                    int equals = field.indexOf('=');
                    request.formParam(field.substring(0, equals), field.substring(equals + 1));
                }
            }
        } else if (body.equals("csrf")) {
            // No body; an anonymous browser's CSRF token, so that the answer is about signing in.
            anonymousCsrf(request, anonymous);
        } else if (body.equals("multipart") || body.startsWith("multipart-csv:")) {
            String csrf = Sessions.csrfToken();
            request.cookie(Sessions.CSRF_COOKIE, csrf).queryParam("_csrf", csrf);
            if (body.equals("multipart")) {
                request.multiPart("file", "matrix.xml", QTI_ITEM, "application/xml");
            } else {
                request.multiPart("file", "people.csv",
                        body.substring("multipart-csv:".length()).getBytes(StandardCharsets.UTF_8), "text/csv");
            }
        } else if (body.equals("qti")) {
            anonymousCsrf(request, anonymous);
            request.contentType("application/xml").body(QTI_ITEM);
        } else if (body.equals("csv") || body.startsWith("csv:")) {
            // An enrolment file, checked (the API's default is a dry run).
            anonymousCsrf(request, anonymous);
            request.contentType("text/csv").body(body.equals("csv")
                    ? "email,name,institution_code\nroute-" + System.nanoTime() + "@test.surgalt,Матрикс,test-school\n"
                    : body.substring("csv:".length()));
        } else if (body.startsWith("tus")) {
            // Like tus-js-client in a browser that has the site's CSRF cookie (anonymous too).
            anonymousCsrf(request, anonymous);
            request.header("Tus-Resumable", "1.0.0");
            if (body.equals("tus-create")) {
                request.header("Upload-Length", "10").header("Upload-Metadata", "filename bWF0cml4LnR4dA==");
            } else if (body.equals("tus-patch")) {
                request.config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)
                        .encodeContentTypeAs("application/offset+octet-stream", ContentType.BINARY)))
                        .contentType("application/offset+octet-stream").header("Upload-Offset", "0")
                        .body(new byte[] {42});
            }
        } else {
            // A JSON body, which a cross-site form cannot send: no CSRF token needed.
            request.contentType("application/json").body(body);
        }
        return request.when().request(method, path).then().extract().response();
    }

    /** An anonymous browser's CSRF token, so that the answer is about signing in, not about CSRF. */
    private static void anonymousCsrf(RequestSpecification request, boolean anonymous) {
        if (anonymous) {
            String csrf = Sessions.csrfToken();
            request.cookie(Sessions.CSRF_COOKIE, csrf).header("X-CSRF-Token", csrf);
        }
    }

    /** Every route the running application lists in its OpenAPI document ("GET /path"), test-only ones left out. */
    public static TreeSet<String> exposedRoutes() {
        Map<String, Map<String, Object>> paths = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        TreeSet<String> routes = new TreeSet<>();
        paths.forEach((path, operations) -> {
            if (!path.startsWith("/test-only/")) {
                operations.keySet().stream()
                        .filter(method -> List.of("get", "post", "put", "patch", "delete").contains(method))
                        .forEach(method -> routes.add(method.toUpperCase() + " " + path));
            }
        });
        return routes;
    }
}
