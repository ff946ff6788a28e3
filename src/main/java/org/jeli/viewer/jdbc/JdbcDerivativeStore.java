package org.jeli.viewer.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import javax.sql.DataSource;
import org.jeli.viewer.Derivative;
import org.jeli.viewer.DerivativeKind;

/** The derivatives table: which derivative of which original is stored, or why none is. */
@ApplicationScoped
public class JdbcDerivativeStore {
    private final DataSource dataSource;

    public JdbcDerivativeStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Derivative> find(String original, DerivativeKind kind) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select state, media_type, sha256, size, reason, created_at"
                        + " from derivatives where blob_sha256 = ? and kind = ?")) {
            ps.setString(1, original);
            ps.setString(2, kind.label());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Derivative(
                        original,
                        kind,
                        "READY".equals(rs.getString(1)),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading a derivative failed", e);
        }
    }

    /** Records a derivative; the first record of an original and kind wins (several instances may race). */
    public void record(Derivative d) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("insert into derivatives (blob_sha256, kind, state, media_type,"
                                + " sha256, size, reason, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)"
                                + " on conflict (blob_sha256, kind) do nothing")) {
            ps.setString(1, d.original());
            ps.setString(2, d.kind().label());
            ps.setString(3, d.ready() ? "READY" : "UNAVAILABLE");
            ps.setString(4, d.mediaType());
            ps.setString(5, d.sha256());
            ps.setObject(6, d.ready() ? d.size() : null);
            ps.setString(7, d.reason());
            ps.setTimestamp(8, Timestamp.from(d.createdAt()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("recording a derivative failed", e);
        }
    }
}
