package org.surgalt.library;

import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.surgalt.platform.jobs.JobRunner;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/** Teachers of the library tests and the plain (multipart) form they post, as a browser without JavaScript does. */
final class LibraryFixture {

    private LibraryFixture() {
    }

    static Sessions.Session teacher() {
        return Sessions.as(aPerson().create());
    }

    static TestPerson person() {
        return aPerson().create();
    }

    /** The publish form's fields, every one valid; tests change the one they are about. */
    static Map<String, Object> fields(String title) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("description", "A lesson for the first hour.");
        fields.put("kind", "lesson_plan");
        fields.put("subject", "mathematics");
        fields.put("grades", List.of("5", "6"));
        fields.put("language", "mn");
        fields.put("aimag", "Ховд");
        fields.put("licence", "cc_by");
        fields.put("body", "# " + title + "\n\nТоо тоолох дасгал.");
        return fields;
    }

    /** Posts the multipart form; {@code file} may be null. Returns the response body; checks the status. */
    static io.restassured.response.Response post(Sessions.Session who, String path, Map<String, Object> fields,
            String filename, byte[] file) {
        String csrf = Sessions.csrfToken();
        RequestSpecification request = who.given().accept("text/html").redirects().follow(false)
                .cookie(Sessions.CSRF_COOKIE, csrf).queryParam("_csrf", csrf);
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            List<?> values = field.getValue() instanceof List<?> list ? list : List.of(field.getValue());
            for (Object value : values) {
                request.multiPart(new MultiPartSpecBuilder(String.valueOf(value)).controlName(field.getKey())
                        .charset(StandardCharsets.UTF_8).build());
            }
        }
        if (file != null) {
            request.multiPart("file", filename, file, "application/octet-stream");
        }
        return request.when().post(path);
    }

    /** Publishes through the page and returns the new resource's id. */
    static long publish(Sessions.Session who, Map<String, Object> fields) {
        io.restassured.response.Response response = post(who, "/library", fields, null, null);
        if (response.statusCode() != 303) {
            throw new AssertionError("publishing answered " + response.statusCode() + ": " + response.asString());
        }
        String location = response.header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    static void inspect() {
        JobRunner jobs = Arc.container().instance(JobRunner.class).get();
        while (jobs.runDue("test", 50) > 0) {
            // the inspection of what was posted
        }
    }
}
