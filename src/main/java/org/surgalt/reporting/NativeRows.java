package org.surgalt.reporting;

import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reading the rows of reporting's native queries: one place for how MariaDB's values come back. */
public final class NativeRows {

    private NativeRows() {
    }

    /** Every row as an array, a one-column result included. */
    @SuppressWarnings("unchecked")
    public static List<Object[]> rows(Query query) {
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            rows.add(row instanceof Object[] array ? array : new Object[] {row});
        }
        return rows;
    }

    public static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    public static Long nullableLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    public static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    /** UNIX_TIMESTAMP of a TIMESTAMP(6): seconds with a fraction, the same instant whatever the session's zone. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        BigDecimal seconds = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
        return Instant.ofEpochSecond(seconds.longValue(),
                seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue());
    }
}
