package org.surgalt.admin;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the database as it is, to see what the admin pages wrote. */
final class AdminDb {

    private AdminDb() {
    }

    static List<String> column(String sql, Object... parameters) {
        AgroalDataSource data = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection connection = data.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    values.add(result.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String sql, Object... parameters) {
        List<String> values = column(sql, parameters);
        return values.isEmpty() ? null : values.get(0);
    }

    static long count(String sql, Object... parameters) {
        return Long.parseLong(text(sql, parameters));
    }
}
