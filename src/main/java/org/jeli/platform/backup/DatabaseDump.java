package org.jeli.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The database as one consistent snapshot: every table of the public schema written with {@code
 * COPY … TO STDOUT (FORMAT binary)} inside one repeatable-read transaction, and read back with
 * {@code COPY … FROM STDIN} into a schema that Flyway created. No pg_dump is needed (the embedded
 * PostgreSQL ships none).
 */
final class DatabaseDump {
    private static final String SCHEMA_HISTORY = "flyway_schema_history";

    private DatabaseDump() {}

    /** Writes {@code <table>.copy} per table into {@code dir}; returns row counts by table. */
    static Map<String, Long> dump(Connection c, Path dir) throws SQLException, IOException {
        Files.createDirectories(dir);
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
        Map<String, Long> rows = new LinkedHashMap<>();
        try {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables(c)) {
                try (OutputStream out = Files.newOutputStream(dir.resolve(table + ".copy"))) {
                    rows.put(table, copy.copyOut("COPY public." + quote(table) + " TO STDOUT (FORMAT binary)", out));
                }
            }
            c.rollback();
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        }
        return rows;
    }

    /**
     * Loads every {@code <table>.copy} of {@code dir} into the (freshly migrated, empty) schema, with
     * triggers and foreign keys deferred for the load, then moves identity sequences past the data.
     */
    static Map<String, Long> load(Connection c, Path dir) throws SQLException, IOException {
        c.setAutoCommit(false);
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica");
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables(c)) {
                if (table.equals(SCHEMA_HISTORY)) {
                    continue;
                }
                Path file = dir.resolve(table + ".copy");
                if (!Files.isRegularFile(file)) {
                    throw new IOException("the backup lacks table " + table);
                }
                try (InputStream in = Files.newInputStream(file)) {
                    rows.put(table, copy.copyIn("COPY public." + quote(table) + " FROM STDIN (FORMAT binary)", in));
                }
            }
            resetIdentities(c);
            s.execute("set session_replication_role = origin");
            c.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        }
        return rows;
    }

    private static void resetIdentities(Connection c) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select table_name, column_name from information_schema.columns"
                        + " where table_schema = 'public' and is_identity = 'YES'");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                columns.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] col : columns) {
            try (Statement s = c.createStatement()) {
                s.execute("select setval(pg_get_serial_sequence('public." + quote(col[0]) + "', '" + col[1]
                        + "'), coalesce((select max(" + quote(col[1]) + ") from public." + quote(col[0]) + "), 0) + 1,"
                        + " false)");
            }
        }
    }

    static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                        "select tablename from pg_tables where schemaname = 'public' order by tablename");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static String quote(String identifier) {
        if (!identifier.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("unexpected identifier");
        }
        return "\"" + identifier + "\"";
    }
}
