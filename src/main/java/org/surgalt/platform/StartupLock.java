package org.surgalt.platform;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Start-up work that writes shared rows (the sample import, the demo sessions, the progress
 * backfill: each "create unless it exists") runs on one instance at a time. Instances started
 * together on an empty database would otherwise all find nothing and all create it: duplicate
 * rows, or a unique key that stops an instance from starting. A MariaDB named lock, taken before
 * the first of those observers and released after the last, on a connection of its own (the lock
 * belongs to the connection, so an instance that dies holding it frees it). A Galera cluster has
 * no named locks; there the instances start unserialised, with a warning.
 */
@ApplicationScoped
public class StartupLock {

    static final String NAME = "surgalt.startup";
    /** Before SampleImporter and ProgressBackfill (APPLICATION + 500) and DemoSessions (+ 600). */
    static final int ACQUIRE = Interceptor.Priority.APPLICATION;
    static final int RELEASE = Interceptor.Priority.APPLICATION + 1000;
    private static final Duration WAIT = Duration.ofMinutes(5);
    /** ER_NOT_SUPPORTED_YET: MariaDB refuses GET_LOCK when wsrep (Galera) is on. */
    private static final int NOT_SUPPORTED = 1235;
    private static final Logger LOG = Logger.getLogger(StartupLock.class);

    private final DataSource dataSource;
    private Connection held;

    StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void acquire(@Observes @Priority(ACQUIRE) StartupEvent event) throws SQLException {
        long started = System.nanoTime();
        Connection connection = dataSource.getConnection();
        try (PreparedStatement s = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            s.setString(1, NAME);
            s.setLong(2, WAIT.toSeconds());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next() || r.getInt(1) != 1) {
                    throw new IllegalStateException("Another instance has been starting up on this database for "
                            + WAIT.toMinutes() + " minutes (it holds the lock " + NAME + "); not starting.");
                }
            }
        } catch (SQLException e) {
            connection.close();
            if (e.getErrorCode() == NOT_SUPPORTED) {
                LOG.warn("This database has no named locks (a Galera cluster): start one instance on an empty"
                        + " database before the others, or they may each try to create the sample content.");
                return;
            }
            throw e;
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
        held = connection;
        long waited = (System.nanoTime() - started) / 1_000_000;
        if (waited > 1000) {
            LOG.infof("Waited %d ms for another instance to finish starting up", waited);
        }
    }

    void release(@Observes @Priority(RELEASE) StartupEvent event) throws SQLException {
        if (held == null) {
            return;
        }
        try (Connection connection = held; PreparedStatement s = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            s.setString(1, NAME);
            s.executeQuery().close();
        } finally {
            held = null;
        }
    }
}
