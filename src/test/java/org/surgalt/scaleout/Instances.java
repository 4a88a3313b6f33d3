package org.surgalt.scaleout;

import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.util.GreenMail;
import java.nio.file.Path;
import java.sql.Connection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** What the scale-out tests share: how instances meet one database, one asset directory and one mail server. */
final class Instances {

    private Instances() {
    }

    /**
     * The environment of an instance on the shared MariaDB ({@code jdbcUrl}), assets and SMTP server,
     * with the session key from configuration (no data/session.key file is shared); {@code from}
     * tells which instance sent a mail.
     */
    static Map<String, String> env(String jdbcUrl, String sessionKey, Path assets, GreenMail smtp, String from) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", "root");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "");
        env.put("SURGALT_SESSION_KEY", sessionKey);
        env.put("SURGALT_ASSETS_ROOT", assets.toString());
        env.put("QUARKUS_MAILER_MOCK", "false");
        env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
        env.put("QUARKUS_MAILER_PORT", Integer.toString(smtp.getSmtp().getPort()));
        // GreenMail drops a connection idle for 30 s: the mailer must not keep one longer for reuse.
        env.put("QUARKUS_MAILER_KEEP_ALIVE_TIMEOUT", "10s");
        env.put("QUARKUS_MAILER_FROM", from);
        return env;
    }

    static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            if (!r.next()) {
                fail("no row for " + sql);
            }
            return r.getLong(1);
        }
    }

    static long generatedKey(Statement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** How many of these jobs are in each state. */
    static Map<String, Integer> states(Connection c, String ids) throws SQLException {
        Map<String, Integer> states = new TreeMap<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT state, COUNT(*) FROM job WHERE id IN (" + ids + ") GROUP BY state")) {
            while (r.next()) {
                states.put(r.getString(1), r.getInt(2));
            }
        }
        return states;
    }
}
