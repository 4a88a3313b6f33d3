package org.surgalt.testsupport;

import io.quarkus.test.common.QuarkusTestResource;

/** Puts {@link EmbeddedMariaDbTestResource} in front of every @QuarkusTest of this module. */
@QuarkusTestResource(EmbeddedMariaDbTestResource.class)
public final class TestDatabase {

    private TestDatabase() {
    }
}
