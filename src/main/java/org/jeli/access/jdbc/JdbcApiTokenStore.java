package org.jeli.access.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jeli.access.ApiToken;
import org.jeli.access.ApiTokenStore;
import org.jeli.access.Role;
import org.jeli.access.TokenOwner;
import org.jeli.access.User;

/** API tokens in PostgreSQL, plain JDBC. */
@ApplicationScoped
public class JdbcApiTokenStore implements ApiTokenStore {
    private static final String COLUMNS =
            "t.id, t.user_id, t.name, t.created_at, t.expires_at, t.revoked_at, t.last_used_at";

    private final DataSource dataSource;

    public JdbcApiTokenStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void insert(ApiToken token, byte[] tokenHash) {
        String sql = "insert into api_tokens (id, user_id, name, token_hash, created_at, expires_at)"
                + " values (?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, token.id());
            ps.setLong(2, token.userId());
            ps.setString(3, token.name());
            ps.setBytes(4, tokenHash);
            ps.setTimestamp(5, Timestamp.from(token.createdAt()));
            ps.setTimestamp(6, timestamp(token.expiresAt()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("token creation failed", e);
        }
    }

    @Override
    public List<ApiToken> ownedBy(long userId) {
        String sql = "select " + COLUMNS + " from api_tokens t where t.user_id = ? order by t.created_at desc, t.id";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, userId);
            List<ApiToken> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(token(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("token lookup failed", e);
        }
    }

    @Override
    public boolean revoke(long userId, UUID id, Instant at) {
        String sql = "update api_tokens set revoked_at = ? where id = ? and user_id = ? and revoked_at is null";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setObject(2, id);
            ps.setLong(3, userId);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("token revocation failed", e);
        }
    }

    @Override
    public Optional<TokenOwner> findByHash(byte[] tokenHash) {
        String sql = "select " + COLUMNS + ", t.token_hash, u.username, u.display_name, u.role, u.active"
                + " from api_tokens t join users u on u.id = t.user_id where t.token_hash = ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setBytes(1, tokenHash);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                ApiToken token = token(rs);
                User user = new User(
                        token.userId(),
                        rs.getString(9),
                        rs.getString(10),
                        Role.fromLabel(rs.getString(11)),
                        rs.getBoolean(12));
                return Optional.of(new TokenOwner(token, rs.getBytes(8), user));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("token lookup failed", e);
        }
    }

    @Override
    public void markUsed(UUID id, Instant at) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("update api_tokens set last_used_at = ? where id = ?")) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setObject(2, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("token update failed", e);
        }
    }

    private static ApiToken token(ResultSet rs) throws SQLException {
        return new ApiToken(
                rs.getObject(1, UUID.class),
                rs.getLong(2),
                rs.getString(3),
                rs.getTimestamp(4).toInstant(),
                instant(rs.getTimestamp(5)),
                instant(rs.getTimestamp(6)),
                instant(rs.getTimestamp(7)));
    }

    private static Timestamp timestamp(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
