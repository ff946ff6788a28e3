package org.jeli.access.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;
import org.jeli.access.Role;
import org.jeli.access.User;
import org.jeli.access.UserStore;

/** Accounts in PostgreSQL, plain JDBC. */
@ApplicationScoped
public class JdbcUserStore implements UserStore {
    private final DataSource dataSource;
    private final Clock clock;

    public JdbcUserStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public Optional<User> findByUsername(String username) {
        String sql = "select id, username, display_name, role, active from users where username = ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new User(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        Role.fromLabel(rs.getString(4)),
                        rs.getBoolean(5)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("user lookup failed", e);
        }
    }

    @Override
    public Optional<String> passwordHashOf(String username) {
        String sql = "select password_hash from users where username = ? and active";
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
        String sql = "insert into users (username, display_name, password_hash, role, created_at)"
                + " values (?, ?, ?, ?, ?) on conflict (username) do nothing returning id";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, username);
            ps.setString(2, displayName);
            ps.setString(3, passwordHash);
            ps.setString(4, role.label());
            ps.setTimestamp(5, Timestamp.from(clock.instant()));
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
    public boolean deactivate(String username) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("update users set active = false where username = ?")) {
            ps.setString(1, username);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("deactivating the user failed", e);
        }
    }
}
