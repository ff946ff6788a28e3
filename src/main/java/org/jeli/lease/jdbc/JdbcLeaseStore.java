package org.jeli.lease.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jeli.lease.Lease;
import org.jeli.lease.LeaseStore;

/**
 * Leases in the {@code job_leases} table. Taking and renewing is one {@code INSERT ... ON CONFLICT
 * DO UPDATE ... WHERE} evaluated with PostgreSQL's clock: the row changes only when the caller
 * already holds the lease or it has expired, and the statement returns a row exactly when the
 * caller holds it afterwards. Concurrent callers serialise on the row.
 */
@ApplicationScoped
public class JdbcLeaseStore implements LeaseStore {
    private static final String ACQUIRE = "insert into job_leases as l (job, holder, acquired_at, renewed_at,"
            + " expires_at) values (?, ?, clock_timestamp(), clock_timestamp(),"
            + " clock_timestamp() + make_interval(secs => ?))"
            + " on conflict (job) do update set holder = excluded.holder,"
            + " acquired_at = case when l.holder = excluded.holder and l.expires_at > clock_timestamp()"
            + " then l.acquired_at else excluded.acquired_at end,"
            + " renewed_at = excluded.renewed_at, expires_at = excluded.expires_at"
            + " where l.holder = excluded.holder or l.expires_at <= clock_timestamp()"
            + " returning holder";

    private final DataSource dataSource;

    public JdbcLeaseStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean acquire(String job, String holder, Duration ttl) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(ACQUIRE)) {
            ps.setString(1, job);
            ps.setString(2, holder);
            ps.setDouble(3, ttl.toNanos() / 1e9);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && holder.equals(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the lease store is unavailable", e);
        }
    }

    @Override
    public void release(String job, String holder) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("update job_leases set expires_at = clock_timestamp()"
                        + " where job = ? and holder = ? and expires_at > clock_timestamp()")) {
            ps.setString(1, job);
            ps.setString(2, holder);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the lease store is unavailable", e);
        }
    }

    @Override
    public List<Lease> all() {
        String sql = "select job, holder, acquired_at, renewed_at, expires_at, expires_at > clock_timestamp()"
                + " from job_leases order by job";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            List<Lease> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new Lease(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5).toInstant(),
                        rs.getBoolean(6)));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("the lease store is unavailable", e);
        }
    }
}
