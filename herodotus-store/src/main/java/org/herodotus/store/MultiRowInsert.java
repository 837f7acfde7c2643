package org.herodotus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Inserts rows a chunk at a time, one {@code INSERT ... VALUES (...), (...)} per chunk: DuckDB spends
 * about a millisecond on each statement it executes, so one statement per row made writing a batch cost
 * as much as a tenth of coding it.
 */
final class MultiRowInsert {

    /** Rows per statement. */
    static final int CHUNK = 64;

    /** Binds one row's values, starting at parameter index {@code first}. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement p, int first, T row) throws SQLException;
    }

    private MultiRowInsert() {
    }

    static <T> void insert(Connection c, String table, List<String> columns, List<T> rows, Binder<T> binder)
            throws SQLException {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            try (PreparedStatement p = c.prepareStatement(sql(table, columns, chunk.size()))) {
                for (int r = 0; r < chunk.size(); r++) {
                    binder.bind(p, 1 + r * columns.size(), chunk.get(r));
                }
                p.executeUpdate();
            }
        }
    }

    static String sql(String table, List<String> columns, int rows) {
        String row = "(" + "?, ".repeat(columns.size() - 1) + "?)";
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (")
                .append(String.join(", ", columns)).append(") VALUES ");
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "" : ", ").append(row);
        }
        return sql.toString();
    }
}
