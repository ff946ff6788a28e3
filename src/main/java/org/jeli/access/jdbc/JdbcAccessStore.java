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
import java.util.UUID;
import javax.sql.DataSource;
import org.jeli.access.Collection;
import org.jeli.access.CollectionStore;
import org.jeli.access.ConflictException;
import org.jeli.access.Membership;
import org.jeli.access.Role;
import org.jeli.access.Sensitivity;
import org.jeli.common.Ids;

/** Collections and memberships in PostgreSQL, plain JDBC. */
@ApplicationScoped
public class JdbcAccessStore implements CollectionStore {
    private final DataSource dataSource;
    private final Clock clock;

    public JdbcAccessStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public Collection createCollection(String name, String description, long by) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into collections (id, name, description, created_at,"
                        + " created_by) values (?, ?, ?, ?, ?) on conflict (name) do nothing")) {
            ps.setObject(1, id);
            ps.setString(2, name);
            ps.setString(3, description == null ? "" : description);
            ps.setTimestamp(4, now);
            ps.setLong(5, by);
            if (ps.executeUpdate() == 0) {
                throw new ConflictException("a collection with that name exists");
            }
            return new Collection(id, name, description == null ? "" : description, now.toInstant());
        } catch (SQLException e) {
            throw new IllegalStateException("creating the collection failed", e);
        }
    }

    /** A collection by id or by name. */
    public Optional<Collection> collection(String idOrName) {
        UUID id = Ids.parseUuid(idOrName).orElse(null);
        String sql = "select id, name, description, created_at from collections where "
                + (id != null ? "id = ?" : "name = ?");
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, id != null ? id : idOrName);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the collection failed", e);
        }
    }

    public List<Collection> collections() {
        return collectionsWhere("true", null);
    }

    public List<Collection> collectionsOf(long userId) {
        return collectionsWhere("id in (select collection_id from memberships where user_id = ?)", userId);
    }

    private List<Collection> collectionsWhere(String where, Long userId) {
        List<Collection> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("select id, name, description, created_at from collections where " + where
                                + " order by name")) {
            if (userId != null) {
                ps.setLong(1, userId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("listing collections failed", e);
        }
    }

    public Optional<Membership> membership(long userId, UUID collectionId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select role, clearance from memberships where user_id = ? and collection_id = ?")) {
            ps.setLong(1, userId);
            ps.setObject(2, collectionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Membership(
                                collectionId,
                                userId,
                                Role.fromLabel(rs.getString(1)),
                                Sensitivity.fromLabel(rs.getString(2))))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the membership failed", e);
        }
    }

    public List<Membership> members(UUID collectionId) {
        List<Membership> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select user_id, role, clearance from memberships where collection_id = ? order by user_id")) {
            ps.setObject(1, collectionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Membership(
                            collectionId,
                            rs.getLong(1),
                            Role.fromLabel(rs.getString(2)),
                            Sensitivity.fromLabel(rs.getString(3))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("listing members failed", e);
        }
    }

    /** Grants or changes a membership. */
    public void putMembership(Membership m, long by) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into memberships (collection_id, user_id, role,"
                        + " clearance, granted_at, granted_by) values (?, ?, ?, ?, ?, ?) on conflict (collection_id,"
                        + " user_id) do update set role = excluded.role, clearance = excluded.clearance,"
                        + " granted_at = excluded.granted_at, granted_by = excluded.granted_by")) {
            ps.setObject(1, m.collectionId());
            ps.setLong(2, m.userId());
            ps.setString(3, m.role().label());
            ps.setString(4, m.clearance().label());
            ps.setTimestamp(5, Timestamp.from(clock.instant()));
            ps.setLong(6, by);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("granting the membership failed", e);
        }
    }

    /** Ends a membership; false when there was none. */
    public boolean removeMembership(UUID collectionId, long userId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("delete from memberships where collection_id = ? and user_id = ?")) {
            ps.setObject(1, collectionId);
            ps.setLong(2, userId);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("ending the membership failed", e);
        }
    }

    private static Collection read(ResultSet rs) throws SQLException {
        return new Collection(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getTimestamp(4).toInstant());
    }
}
