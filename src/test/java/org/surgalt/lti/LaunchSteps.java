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
        Started started = start(tool, person, code, itemId);
        ToolBrowser.AutoPost post = ToolBrowser.AutoPost.of(authorize(person, started.authorize(), 200));
        return started.browser().follow(started.browser().post(post.action(), post.fields()));
    }
}
