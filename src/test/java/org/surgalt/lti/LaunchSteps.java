package org.surgalt.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.surgalt.testsupport.Sessions;

/** A launch as a browser makes it, step by step, so that tests can stop or tamper between steps. */
final class LaunchSteps {

    private LaunchSteps() {
    }

    /** Up to the platform's answer: the launch, the tool's login, the authentication request it makes. */
    record Started(ToolBrowser browser, String authorize) {
    }

    static Started start(LtijsTool tool, Sessions.Session person, String code, long itemId) throws Exception {
        String login = person.given().redirects().follow(false).accept("text/html")
                .get("/courses/{code}/items/{id}/lti/launch", code, itemId).then().statusCode(303)
                .extract().header("Location");
        assertTrue(login.startsWith(tool.url() + "/login?"), login);
        ToolBrowser browser = new ToolBrowser();
        HttpResponse<String> toAuthorize = browser.get(login);
        assertEquals(302, toAuthorize.statusCode(), toAuthorize.body() + tool.output());
        return new Started(browser, toAuthorize.headers().firstValue("Location").orElseThrow());
    }

    static String authorize(Sessions.Session person, String url, int status) {
        return person.given().redirects().follow(false).accept("text/html").urlEncodingEnabled(false).get(url)
                .then().statusCode(status).extract().asString();
    }

    /** The whole launch: what the tool answered once it had the id_token. */
    static HttpResponse<String> launch(LtijsTool tool, Sessions.Session person, String code, long itemId)
            throws Exception {
        return session(tool, person, code, itemId).answer();
    }

    /** A launch the tool accepted: the browser at the tool (its session cookie) and the tool's answer. */
    record Launched(ToolBrowser browser, HttpResponse<String> answer) {

        /** What the tool put after "TOOL ACCEPTED LAUNCH ". */
        io.restassured.path.json.JsonPath launch() {
            String body = answer.body();
            return io.restassured.path.json.JsonPath.from(body.substring(body.indexOf("LAUNCH ") + "LAUNCH ".length()));
        }

        /** One of the tool's service routes (tool.js), with the launch's ltik: what ltijs got from the platform. */
        io.restassured.path.json.JsonPath call(LtijsTool tool, String method, String route, String json)
                throws Exception {
            String url = tool.url() + route + (route.contains("?") ? "&" : "?") + "ltik="
                    + java.net.URLEncoder.encode(launch().getString("ltik"), java.nio.charset.StandardCharsets.UTF_8);
            HttpResponse<String> response = browser.send(method, url, json);
            assertEquals(200, response.statusCode(), response.body() + tool.output());
            return io.restassured.path.json.JsonPath.from(response.body());
        }
    }

    static Launched session(LtijsTool tool, Sessions.Session person, String code, long itemId) throws Exception {
        Started started = start(tool, person, code, itemId);
        ToolBrowser.AutoPost post = ToolBrowser.AutoPost.of(authorize(person, started.authorize(), 200));
        return new Launched(started.browser(),
                started.browser().follow(started.browser().post(post.action(), post.fields())));
    }
}
