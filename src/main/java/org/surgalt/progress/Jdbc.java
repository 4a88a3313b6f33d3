package org.surgalt.progress;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

/**
 * Plain JDBC for the derived-progress tables, on the transaction's own connection: a fact is
 * recorded with a handful of small statements, and a recompute writes thousands of rows in
 * multi-row statements, which an entity per row would make many times slower. Times are UTC.
 */
final class Jdbc {

    private static final int ROWS_PER_STATEMENT = 500;
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    /**
     * An instant as the driver would send it with a UTC calendar, written here because the driver's
     * own encoding (a Calendar per value) was 7 % of the JVM's time recording a fact.
     */
    private static final DateTimeFormatter UTC_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);

    private Jdbc() {
    }

    static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            statement.setString(index, UTC_TEXT.format(instant));
        } else if (value instanceof Boolean flag) {
            statement.setBoolean(index, flag);
        } else {
            statement.setObject(index, value);
        }
    }

    static int update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                bind(statement, i + 1, values[i]);
            }
            return statement.executeUpdate();
        }
    }

    static Instant instant(ResultSet rows, int column) throws SQLException {
        Timestamp value = rows.getTimestamp(column, (Calendar) UTC.clone());
        return value == null ? null : value.toInstant();
    }

    /**
     * {@code head} + "(?, ...)" per row, in statements of up to 500 rows, + {@code tail}
     * (for example an ON DUPLICATE KEY UPDATE clause).
     */
    static void insertRows(Connection connection, String head, int columns, List<Object[]> rows, String tail)
            throws SQLException {
        String tuple = "(" + "?, ".repeat(columns - 1) + "?)";
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            StringBuilder sql = new StringBuilder(head).append(' ');
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(tuple);
            }
            sql.append(' ').append(tail);
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                int index = 1;
                for (Object[] row : chunk) {
                    for (Object value : row) {
                        bind(statement, index++, value);
                    }
                }
                statement.executeUpdate();
            }
        }
    }

    /** One statement run for each row, sent to the server as a batch. */
    static void batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    bind(statement, i + 1, row[i]);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** "?, ?, ?" for an IN list of n values. */
    static String marks(int n) {
        return "?, ".repeat(Math.max(0, n - 1)) + "?";
    }
}
