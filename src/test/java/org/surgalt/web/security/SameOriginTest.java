package org.surgalt.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SameOriginTest {

    @Test
    void anOriginIsSchemeHostAndAnyPortButTheDefault() {
        assertEquals("https://lms.example.mn", SameOrigin.normalize("HTTPS://LMS.Example.mn:443/courses?x=1"));
        assertEquals("http://lms.example.mn", SameOrigin.normalize("http://lms.example.mn:80"));
        assertEquals("http://lms.example.mn:8080", SameOrigin.normalize("http://lms.example.mn:8080/"));
        assertEquals("https://lms.example.mn:80", SameOrigin.normalize("https://lms.example.mn:80"));
    }

    @Test
    void whatIsNoWebOriginMatchesNothing() {
        for (String none : new String[] {"null", "", "file:///etc/passwd", "javascript:alert(1)", "//lms.example.mn",
                "http://", "not a url"}) {
            assertNull(SameOrigin.normalize(none), none);
        }
    }
}
