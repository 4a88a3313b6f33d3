package org.surgalt.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LocalPathTest {

    @Test
    void returnsOnlyToPagesOfThisSite() {
        assertEquals("/courses/a?x=1", LocalPath.orHome("/courses/a?x=1"));
        for (String outside : new String[] {null, "", "https://evil.example/", "//evil.example/x", "/\\evil.example",
                "javascript:alert(1)", "courses/a"}) {
            assertEquals("/", LocalPath.orHome(outside), String.valueOf(outside));
        }
    }

    @Test
    void neverReturnsToTheSignInPageItself() {
        assertEquals("/courses/a?x=1", LocalPath.afterSignIn("/courses/a?x=1"));
        assertEquals("/", LocalPath.afterSignIn("/login"));
        assertEquals("/", LocalPath.afterSignIn("/login?error=1"));
        assertEquals("/courses/a?x=1", LocalPath.afterSignIn("/login?return=%2Fcourses%2Fa%3Fx%3D1"));
        assertEquals("/courses/a", LocalPath.afterSignIn(
                "/login?return=%2Flogin%3Freturn%3D%252Flogin%253Freturn%253D%25252Fcourses%25252Fa"));
        assertEquals("/", LocalPath.afterSignIn("/login?return=https%3A%2F%2Fevil.example%2F"));
        assertEquals("/account/password", LocalPath.afterSignIn("/login/sso/school-1?return=%2Faccount%2Fpassword"));
    }

    @Test
    void theSignInLinkReturnsToThePageItWasOn() {
        assertEquals("/login?return=%2Fcourses%2Fa%3Fx%3D1", LocalPath.signInLink("/courses/a?x=1"));
        assertEquals("/login", LocalPath.signInLink("/login"));
        assertEquals("/login?return=%2Fcourses", LocalPath.signInLink("/login?return=%2Fcourses&lang=mn"));
    }
}
