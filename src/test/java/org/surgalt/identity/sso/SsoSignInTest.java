package org.surgalt.identity.sso;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.htmlunit.CookieManager;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.Cookie;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.InstitutionKind;
import org.surgalt.identity.Role;
import org.surgalt.identity.UserRepository;
import org.surgalt.testsupport.KeycloakServer;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/**
 * Institutions' Keycloak realms (deploy/keycloak) connected at runtime and used the way people
 * use them: Keycloak's own login page in a browser, bearer tokens on the API, signing out.
 */
@QuarkusTest
@TestMethodOrder(OrderAnnotation.class)
class SsoSignInTest {

    private static final String PASSWORD = "Passw0rd!";
    private static final String NMU = "nmu";
    private static final String SCHOOLS = "schools";
    private static final String NMU_NAME = "Mongolian National University of Education (demo)";
    private static final String SCHOOLS_NAME = "Khovd aimag schools (demo)";
    private static final String ROLE_MAPPING = """
            teachers=learner
            master-teachers=author,grader
            coordinator=coordinator
            it-teachers=learner
            school-admins=institution-admin""";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static KeycloakServer keycloak;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startKeycloak() {
        keycloak = KeycloakServer.get();
    }

    /** Later test classes expect a running Keycloak, whatever happened here. */
    @AfterAll
    static void keycloakBackUp() {
        keycloak.start();
    }

    @Test
    @Order(1)
    void anAdminConnectsBothRealmsAndTheSignInPageOffersThemAtOnce() {
        IdentityService identity = Arc.container().instance(IdentityService.class).get();
        identity.createInstitutionIfAbsent("nmu-demo", NMU_NAME, InstitutionKind.UNIVERSITY, "Улаанбаатар",
                "Сүхбаатар");
        identity.createInstitutionIfAbsent("khovd-schools", SCHOOLS_NAME, InstitutionKind.SCHOOL, "Ховд", "Жаргалант");
        String before = given().accept("text/html").get("/login").then().statusCode(200).extract().asString();
        assertFalse(before.contains("Sign in with " + NMU_NAME), before);

        Sessions.Session admin = Sessions.as(aPerson().withRole(Role.ADMIN).create());
        connect(admin, NMU, "nmu-demo", NMU_NAME);
        connect(admin, SCHOOLS, "khovd-schools", SCHOOLS_NAME);

        given().accept("text/html").get("/login").then().statusCode(200)
                .body(containsString("Sign in with " + NMU_NAME))
                .body(containsString("Sign in with " + SCHOOLS_NAME));
    }

    @Test
    @Order(2)
    void peopleOfBothRealmsSignInOnKeycloaksPageAndGetTheirMappedRoles() throws IOException {
        try (SignedIn bat = signIn(NMU, "bat.master")) {
            assertEquals(url("/"), bat.home().getUrl().toString());
            assertTrue(bat.home().asNormalizedText().contains("Батбаяр Очирбат"), bat.home().asNormalizedText());
            JsonNode me = bat.me();
            assertEquals("bat@nmu.demo", me.path("email").asText());
            assertEquals(institutionId("nmu-demo"), me.path("institutionId").asLong());
            assertEquals(List.of("author@institution:" + institutionId("nmu-demo"),
                    "grader@institution:" + institutionId("nmu-demo")), sorted(me.path("roles")));
        }
        try (SignedIn naraa = signIn(SCHOOLS, "naraa.admin")) {
            assertTrue(naraa.home().asNormalizedText().contains("Нараа Мөнхбат"), naraa.home().asNormalizedText());
            JsonNode me = naraa.me();
            assertEquals("naraa@khovd-school.demo", me.path("email").asText());
            assertEquals(List.of("institution-admin@institution:" + institutionId("khovd-schools")),
                    sorted(me.path("roles")));
        }
    }

    @Test
    @Order(3)
    void theFirstSignInCreatesOnePersonLinkedByIssuerAndSubject() throws IOException {
        long first;
        long second;
        try (SignedIn bat = signIn(NMU, "bat.master")) {
            first = bat.me().path("id").asLong();
        }
        try (SignedIn bat = signIn(NMU, "bat.master")) {
            second = bat.me().path("id").asLong();
        }

        assertEquals(first, second);
        String subject = claims(keycloak.passwordGrantToken(NMU, "bat.master", PASSWORD)).path("sub").asText();
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(1, Arc.container().instance(UserRepository.class).get().count("email", "bat@nmu.demo"));
            ExternalIdentityRepository links = Arc.container().instance(ExternalIdentityRepository.class).get();
            assertEquals(1, links.count("issuer = ?1 and subject = ?2", keycloak.issuer(NMU), subject));
            assertEquals(first, links.find(keycloak.issuer(NMU), subject).orElseThrow().userId());
        });
    }

    @Test
    @Order(4)
    void aLocalAccountWithTheSameEmailIsNotTakenOver() throws IOException {
        TestPerson local = aPerson().withEmail("tuya@nmu.demo").create();

        long ssoId;
        try (SignedIn tuya = signIn(NMU, "tuya.teacher")) {
            JsonNode me = tuya.me();
            ssoId = me.path("id").asLong();
            assertNotEquals("tuya@nmu.demo", me.path("email").asText());
            assertEquals("Туяа Ганбаатар", me.path("displayName").asText());
        }

        assertNotEquals(local.id(), ssoId);
        Sessions.as(local).given().get("/api/me").then().statusCode(200)
                .body("id", equalTo((int) local.id()))
                .body("email", equalTo("tuya@nmu.demo"));
    }

    @Test
    @Order(5)
    void aRoleGivenAtTheProviderCountsFromTheNextSignIn() throws IOException {
        String coordinator = "coordinator@institution:" + institutionId("khovd-schools");
        try (SignedIn dorj = signIn(SCHOOLS, "dorj.it")) {
            assertFalse(strings(dorj.me().path("roles")).contains(coordinator));
        }

        KeycloakAdmin admin = KeycloakAdmin.connect(keycloak);
        admin.grantRealmRole(SCHOOLS, "dorj.it", "coordinator");
        try (SignedIn dorj = signIn(SCHOOLS, "dorj.it")) {
            assertTrue(strings(dorj.me().path("roles")).contains(coordinator), dorj.me().toString());
        } finally {
            admin.revokeRealmRole(SCHOOLS, "dorj.it", "coordinator");
        }
    }

    @Test
    @Order(6)
    void aBearerTokenFromTheRealmIsAcceptedOnTheApi() {
        String token = keycloak.passwordGrantToken(NMU, "bat.master", PASSWORD);

        given().auth().oauth2(token).get("/api/me").then().statusCode(200)
                .body("email", equalTo("bat@nmu.demo"))
                .body("roles", hasItem("author@institution:" + institutionId("nmu-demo")))
                .body("roles", hasItem("grader@institution:" + institutionId("nmu-demo")));
    }

    @Test
    @Order(6)
    void aTokenWithATamperedSignatureOrPayloadIsRefused() {
        String[] parts = keycloak.passwordGrantToken(NMU, "tuya.teacher", PASSWORD).split("\\.");
        String signature = parts[2];
        int middle = signature.length() / 2;
        String badSignature = signature.substring(0, middle) + (signature.charAt(middle) == 'A' ? 'B' : 'A')
                + signature.substring(middle + 1);
        JsonNode payload = claims(String.join(".", parts));
        ((ObjectNode) payload.path("realm_access"))
                .putArray("roles").add("institution-admin");
        String promoted = base64(payload.toString());

        assertUnauthorized(parts[0] + "." + parts[1] + "." + badSignature);
        assertUnauthorized(parts[0] + "." + promoted + "." + signature);
    }

    @Test
    @Order(6)
    void aTokenFromAnIssuerNobodyConnectedIsRefused() {
        long now = Instant.now().getEpochSecond();
        String header = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"evil\"}");
        String payload = base64("{\"iss\":\"http://127.0.0.1:1/realms/evil\",\"sub\":\"mallory\",\"aud\":\"surgalt\","
                + "\"iat\":" + now + ",\"exp\":" + (now + 300) + ",\"email\":\"bat@nmu.demo\","
                + "\"realm_access\":{\"roles\":[\"institution-admin\"]}}");

        assertUnauthorized(header + "." + payload + "." + base64("not a signature"));
    }

    @Test
    @Order(6)
    void anExpiredTokenIsRefused() throws InterruptedException {
        KeycloakAdmin admin = KeycloakAdmin.connect(keycloak);
        String token;
        admin.updateRealm(NMU, "{\"accessTokenLifespan\":1}");
        try {
            token = keycloak.passwordGrantToken(NMU, "bat.master", PASSWORD);
        } finally {
            admin.updateRealm(NMU, "{\"accessTokenLifespan\":300}");
        }
        assertEquals(1, claims(token).path("exp").asLong() - claims(token).path("iat").asLong());

        Thread.sleep(3_000);

        assertUnauthorized(token);
    }

    @Test
    @Order(7)
    void signingOutEndsTheSessionHereAndAtTheProvider() throws IOException {
        try (SignedIn bat = signIn(NMU, "bat.master")) {
            HtmlForm signOut = bat.home().getForms().stream()
                    .filter(form -> form.getActionAttribute().startsWith("/logout")).findFirst().orElseThrow();
            HtmlPage after = signOut.getOneHtmlElementByAttribute("button", "type", "submit").click();

            // Keycloak's end-session hands Quarkus' post-logout state back as ?state=...
            assertEquals(url("/"), url(after.getUrl().getPath()), after.getUrl().toString());
            assertFalse(after.asNormalizedText().contains("Батбаяр Очирбат"), after.asNormalizedText());
            assertEquals(401, bat.browser().getPage(url("/api/me")).getWebResponse().getStatusCode());
            HtmlPage again = bat.browser().getPage(url("/login?institution=" + NMU));
            assertTrue(again.getUrl().toString().startsWith(keycloak.issuer(NMU)), again.getUrl().toString());
            assertTrue(again.getElementById("kc-form-login") != null, again.asXml());
        }
    }

    @Test
    @Order(8)
    void aProviderSessionCookieKeptFromBeforeSigningOutIsRefused() throws IOException {
        try (SignedIn bat = signIn(NMU, "bat.master")) {
            Map<String, String> kept = appCookies(bat);
            assertTrue(kept.keySet().stream().anyMatch(name -> name.startsWith("q_session")), kept.toString());
            given().cookies(kept).get("/api/me").then().statusCode(200);
            HtmlForm signOut = bat.home().getForms().stream()
                    .filter(form -> form.getActionAttribute().startsWith("/logout")).findFirst().orElseThrow();
            signOut.getOneHtmlElementByAttribute("button", "type", "submit").click();
            // Quarkus' cookie holds tokens that have not expired yet: only the ended session refuses it.
            given().cookies(kept).get("/api/me").then().statusCode(401);
        }
    }

    @Test
    @Order(9)
    void signingOutEverywhereEndsTheProviderSessionsOfEveryBrowser() throws IOException {
        try (SignedIn lab = signIn(SCHOOLS, "bold.it"); SignedIn phone = signIn(SCHOOLS, "bold.it")) {
            Map<String, String> phoneCookies = appCookies(phone);
            given().cookies(phoneCookies).get("/api/me").then().statusCode(200);
            HtmlPage account = lab.browser().getPage(url("/account/password"));
            HtmlForm everywhere = account.getForms().stream()
                    .filter(form -> form.getActionAttribute().startsWith("/account/sessions/revoke")).findFirst()
                    .orElseThrow(() -> new AssertionError(account.asXml()));
            everywhere.getOneHtmlElementByAttribute("button", "type", "submit").click();
            assertEquals(401, phone.browser().getPage(url("/api/me")).getWebResponse().getStatusCode());
            given().cookies(phoneCookies).get("/api/me").then().statusCode(401);
        }
    }

    @Test
    @Order(10)
    void aDisabledPersonsProviderSessionEndsAtOnce() throws IOException {
        try (SignedIn dorj = signIn(SCHOOLS, "dorj.it")) {
            long id = dorj.me().path("id").asLong();
            Sessions.as(aPerson().withRole(Role.ADMIN).create()).given().contentType(ContentType.JSON).body("{}")
                    .post("/api/admin/users/{id}/disable", id).then().statusCode(204);
            assertEquals(401, dorj.browser().getPage(url("/api/me")).getWebResponse().getStatusCode());
        }
    }

    /** The cookies the browser holds for Surgalt (not Keycloak's), as someone copying them would. */
    private Map<String, String> appCookies(SignedIn browser) {
        Map<String, String> cookies = new java.util.HashMap<>();
        browser.browser().getCookieManager().getCookies().stream()
                .filter(cookie -> base.getHost().equals(cookie.getDomain()) && !cookie.getPath().contains("/realms"))
                .forEach(cookie -> cookies.put(cookie.getName(), cookie.getValue()));
        return cookies;
    }

    @Test
    @Order(100)
    void whenKeycloakIsDownSsoSaysSoAndLocalSignInStillWorks() {
        keycloak.stop();
        try {
            given().accept("text/html").redirects().follow(false).get("/login/sso/" + NMU).then()
                    .statusCode(503)
                    .contentType(containsString("text/html"))
                    .body(containsString("not reachable"))
                    .body(containsString(NMU_NAME));

            TestPerson local = aPerson().create();
            Sessions.as(local).given().get("/api/me").then().statusCode(200).body("email", equalTo(local.email()));
        } finally {
            keycloak.start();
        }
    }

    // --- a browser (HtmlUnit, no JavaScript) going through Keycloak's login page ---

    /** A browser that signed in at the institution's Keycloak and came back to Surgalt's home page. */
    private record SignedIn(WebClient browser, HtmlPage home, String meUrl) implements AutoCloseable {

        JsonNode me() throws IOException {
            Page page = browser.getPage(meUrl);
            assertEquals(200, page.getWebResponse().getStatusCode(), page.getWebResponse().getContentAsString());
            return JSON.readTree(page.getWebResponse().getContentAsString());
        }

        @Override
        public void close() {
            browser.close();
        }
    }

    /**
     * Keycloak marks its login-session cookies Secure even over http. Browsers treat loopback
     * addresses as secure contexts and send them back; HtmlUnit only does so over https.
     */
    private static final class LoopbackCookieManager extends CookieManager {
        @Override
        public synchronized void addCookie(Cookie cookie) {
            super.addCookie(!cookie.isSecure() || !"127.0.0.1".equals(cookie.getDomain()) ? cookie
                    : new Cookie(cookie.getDomain(), cookie.getName(), cookie.getValue(), cookie.getPath(),
                            cookie.getExpires(), false, cookie.isHttpOnly(), cookie.getSameSite()));
        }
    }

    private SignedIn signIn(String provider, String username) throws IOException {
        WebClient browser = new WebClient();
        browser.setCookieManager(new LoopbackCookieManager());
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setCssEnabled(false);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        browser.getOptions().setTimeout(30_000);
        HtmlPage keycloakPage = browser.getPage(url("/login?institution=" + provider));
        assertTrue(keycloakPage.getUrl().toString().startsWith(keycloak.issuer(provider)),
                "expected Keycloak's login page, got " + keycloakPage.getUrl());
        HtmlForm form = (HtmlForm) keycloakPage.getElementById("kc-form-login");
        form.getInputByName("username").setValue(username);
        form.getInputByName("password").setValue(PASSWORD);
        HtmlPage home = keycloakPage.getHtmlElementById("kc-login").click();
        assertEquals(200, home.getWebResponse().getStatusCode(), home.asNormalizedText());
        return new SignedIn(browser, home, url("/api/me"));
    }

    // --- helpers ---

    private static void connect(Sessions.Session admin, String realm, String institution, String displayName) {
        admin.given().contentType(ContentType.JSON)
                .body(Map.of("code", realm, "institution", institution, "displayName", displayName,
                        "issuer", keycloak.issuer(realm), "clientId", "surgalt",
                        "clientSecret", keycloak.clientSecret(realm), "roleMapping", ROLE_MAPPING))
                .post("/api/admin/identity-providers").then().statusCode(201)
                .header("Location", containsString("/api/admin/identity-providers/"))
                .body("code", equalTo(realm))
                .body("hasSecret", equalTo(true))
                .body("$", not(hasKey("clientSecret")))
                .body("loginUrl", equalTo("/login?institution=" + realm));
    }

    private static void assertUnauthorized(String token) {
        given().auth().oauth2(token).get("/api/me").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body(not(containsString("bat@nmu.demo")));
    }

    private static long institutionId(String code) {
        return QuarkusTransaction.requiringNew().call(
                () -> Arc.container().instance(IdentityService.class).get().institution(code).id());
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private static JsonNode claims(String jwt) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<String> sorted(JsonNode array) {
        return strings(array).stream().sorted().toList();
    }
}
