package org.surgalt.admin;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Role;
import org.surgalt.platform.DomainException;
import org.surgalt.testsupport.Sessions;

/**
 * The first start without demo data. The tests share one database, where other tests' admins exist,
 * so the first start is stated to the service ({@link SetupService#complete(String, SetupService.NewAdmin,
 * boolean)}); the pages are checked as they answer on a site that has its admins.
 */
@QuarkusTest
class SetupTest {

    private static final Pattern LINK = Pattern.compile("one-time link within 24 hours: http://[^/]+/setup/([A-Za-z0-9_-]{43})$");

    @Inject
    SetupService setup;

    @Inject
    SetupLink startLink;

    private String announcedToken() {
        String line = startLink.announce(false);
        Matcher matcher = LINK.matcher(line);
        assertTrue(matcher.find(), line);
        return matcher.group(1);
    }

    @Test
    void aLinkFromTheLogCreatesTheSiteAdministratorOnceAndNoOtherLinkWorksAfterwards() {
        String token = announcedToken();
        String otherInstances = announcedToken();
        String email = "first-admin-" + System.nanoTime() + "@test.surgalt";

        DomainException mismatch = assertThrows(DomainException.class, () -> setup.complete(token,
                new SetupService.NewAdmin(email, "Анхны Админ", "mn", "correct horse battery", "other"), false));
        assertEquals("newPasswordAgain", mismatch.fieldErrors().get(0).field());
        DomainException noEmail = assertThrows(DomainException.class, () -> setup.complete(token,
                new SetupService.NewAdmin("not-an-address", "Анхны Админ", "mn", "correct horse battery",
                        "correct horse battery"), false));
        assertEquals("email", noEmail.fieldErrors().get(0).field());
        assertEquals(0, AdminDb.count("SELECT COUNT(*) FROM app_user WHERE email = ?", email), "nothing was created");

        long admin = setup.complete(token, new SetupService.NewAdmin(email, "Анхны Админ", "mn",
                "correct horse battery", "correct horse battery"), false).id();
        Sessions.Session session = Sessions.as(email, "correct horse battery");
        session.given().when().get("/admin/institutions").then().statusCode(200);
        assertEquals("site.setup", AdminDb.text("SELECT action FROM audit_event WHERE target_user_id = ?", admin));
        assertEquals(Long.toString(admin), AdminDb.text("SELECT admin_id FROM site_setup"));

        DomainException again = assertThrows(DomainException.class, () -> setup.complete(token,
                new SetupService.NewAdmin("second-" + email, "Хоёр", "mn", "correct horse battery",
                        "correct horse battery"), false));
        assertEquals(DomainException.Kind.NOT_FOUND, again.kind());
        // Another instance's link, used as if no admin existed: the site is set up once.
        DomainException other = assertThrows(DomainException.class, () -> setup.complete(otherInstances,
                new SetupService.NewAdmin("third-" + email, "Гурав", "mn", "correct horse battery",
                        "correct horse battery"), false));
        assertEquals(DomainException.Kind.NOT_FOUND, other.kind());
        assertEquals(0, AdminDb.count("SELECT COUNT(*) FROM app_user WHERE email LIKE ?", "%-" + email));
        assertEquals(1, AdminDb.count("SELECT COUNT(*) FROM setup_link WHERE used_at IS NOT NULL"));
        assertTrue(setup.done());
    }

    @Test
    void onceTheSiteHasAnAdministratorEveryLinkAnswersThatItIsSetUp() {
        aPerson().withRole(Role.ADMIN).create();
        String token = setup.issue();
        io.restassured.RestAssured.given().cookie("lang", "en").when().get("/setup/" + token).then().statusCode(404)
                .body(containsString("Surgalt already has a site administrator"));
        io.restassured.RestAssured.given().cookie("lang", "mn").when().get("/setup/not-a-link").then().statusCode(404)
                .body(containsString("Surgalt-д сайтын админ аль хэдийн байна"));
        assertEquals(null, startLink.announce(true), "a start with an admin prints no link");
        assertEquals(1, AdminDb.count("SELECT COUNT(*) FROM setup_link WHERE token_hash = SHA2(?, 256)", token),
                "only the token's hash is stored");
        assertEquals(0, AdminDb.count("SELECT COUNT(*) FROM setup_link WHERE token_hash = ?", token));
    }
}
