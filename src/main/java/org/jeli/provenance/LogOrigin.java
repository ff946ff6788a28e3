package org.jeli.provenance;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import javax.sql.DataSource;

/**
 * The origin line of this log's checkpoints. Taken from {@code jeli.log.origin} at first use, or
 * generated ({@code jeli.local/log/<random>}), then kept in the database forever: a log's origin
 * never changes, because checkpoints of different origins belong to different logs.
 */
@ApplicationScoped
public class LogOrigin {
    private final DataSource dataSource;
    private final LogConfig config;
    private final SecureRandom random;
    private volatile String origin;

    public LogOrigin(DataSource dataSource, LogConfig config, SecureRandom random) {
        this.dataSource = dataSource;
        this.config = config;
        this.random = random;
    }

    public String get() {
        String o = origin;
        if (o == null) {
            o = loadOrCreate();
            origin = o;
        }
        return o;
    }

    private synchronized String loadOrCreate() {
        try (Connection c = dataSource.getConnection()) {
            String stored = read(c);
            if (stored != null) {
                return stored;
            }
            byte[] suffix = new byte[6];
            random.nextBytes(suffix);
            String wanted = config.origin()
                    .filter(s -> !s.isBlank())
                    .orElse("jeli.local/log/" + HexFormat.of().formatHex(suffix));
            try (PreparedStatement ps =
                    c.prepareStatement("insert into log_origin (id, origin) values (1, ?) on conflict do nothing")) {
                ps.setString(1, wanted);
                ps.executeUpdate();
            }
            return read(c);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the log origin failed", e);
        }
    }

    private static String read(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select origin from log_origin where id = 1");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
