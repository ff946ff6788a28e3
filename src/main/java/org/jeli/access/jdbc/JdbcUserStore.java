package org.jeli.access.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jeli.access.Role;
import org.jeli.access.User;
import org.jeli.access.UserStore;

/** Accounts in PostgreSQL, plain JDBC. */
@ApplicationScoped
public class JdbcUserStore implements UserStore {
    /** What password_hash holds for accounts without a password: no password verifies it. */
    static final String NO_PASSWORD = "!no-password";

    private final DataSource dataSource;
    private final Clock clock;

    public JdbcUserStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public Optional<User> findByUsername(String username) {
        return select("username = ?", username).stream().findFirst();
    }

    @Override
    public Optional<String> passwordHashOf(String username) {
        String sql = "select password_hash from users where username = ? and active and oidc_subject is null";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("user lookup failed", e);
        }
    }

    @Override
    public boolean anyAdmin() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select 1 from users where role = 'admin' limit 1");
                ResultSet rs = ps.executeQuery()) {
            return rs.next();
        } catch (SQLException e) {
            throw new IllegalStateException("user lookup failed", e);
        }
    }

    @Override
    public User create(String username, String displayName, String passwordHash, Role role) {
        return insert(username, displayName, passwordHash, role, null, null);
    }

    @Override
    public User createLinked(String username, String displayName, Role role, String issuer, String subject) {
        return insert(username, displayName, NO_PASSWORD, role, issuer, subject);
    }

    private User insert(String username, String displayName, String hash, Role role, String issuer, String subject) {
        String sql = "insert into users (username, display_name, password_hash, role, created_at, oidc_issuer,"
                + " oidc_subject) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning id";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, username);
            ps.setString(2, displayName);
            ps.setString(3, hash);
            ps.setString(4, role.label());
            ps.setTimestamp(5, Timestamp.from(clock.instant()));
            ps.setString(6, issuer);
            ps.setString(7, subject);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new org.jeli.access.ConflictException("a user with that name exists");
                }
                return new User(rs.getLong(1), username, displayName, role, true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("user creation failed", e);
        }
    }

    @Override
    public List<User> all() {
        return select("true order by username");
    }

    @Override
    public Optional<User> findByOidcSubject(String issuer, String subject) {
        return select("oidc_issuer = ? and oidc_subject = ?", issuer, subject).stream()
                .findFirst();
    }

    private List<User> select(String where, String... params) {
        String sql = "select id, username, display_name, role, active from users where " + where;
        List<User> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new User(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            Role.fromLabel(rs.getString(4)),
                            rs.getBoolean(5)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("user lookup failed", e);
        }
    }

    @Override
    public void changeRole(long userId, Role role) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("update users set role = ? where id = ?")) {
            ps.setString(1, role.label());
            ps.setLong(2, userId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("changing the role failed", e);
        }
    }

    @Override
    public boolean deactivate(String username) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("update users set active = false where username = ?")) {
            ps.setString(1, username);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("deactivating the user failed", e);
        }
    }

    @Override
    public java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids) {
        java.util.Map<Long, String> out = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        String sql = "select id, coalesce(nullif(display_name, ''), username) from users where id = any(?)";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("user lookup failed", e);
        }
    }
}
