package org.surgalt.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The named lock that lets one instance at a time do its start-up writes (see StartupLock). */
@QuarkusTest
class StartupLockTest {

    @Inject
    DataSource dataSource;

    @Test
    void theLockIsFreeOnceThisInstanceHasStarted() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertEquals(1, single(c, "SELECT IS_FREE_LOCK('" + StartupLock.NAME + "')"));
        }
    }

    @Test
    void anInstanceStartingWhileAnotherDoesWaitsForIt() throws Exception {
        StartupLock starting = new StartupLock(dataSource);
        try (Connection other = dataSource.getConnection()) {
            assertEquals(1, single(other, "SELECT GET_LOCK('" + StartupLock.NAME + "', 0)"), "the other instance starts");
            CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
                try {
                    starting.acquire(null);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(1000);
            assertFalse(waiting.isDone(), "it waits while the other one holds the lock");

            single(other, "SELECT RELEASE_LOCK('" + StartupLock.NAME + "')");
            waiting.get(30, TimeUnit.SECONDS);
            assertEquals(0, single(other, "SELECT GET_LOCK('" + StartupLock.NAME + "', 0)"), "now it holds the lock");
        } finally {
            starting.release(null);
        }
        try (Connection c = dataSource.getConnection()) {
            assertTrue(single(c, "SELECT IS_FREE_LOCK('" + StartupLock.NAME + "')") == 1, "released");
        }
    }

    private static int single(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }
}
