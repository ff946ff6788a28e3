package org.jeli.viewer.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import javax.sql.DataSource;

/** Per-user viewing settings; without a row, graphic content is blurred (the safe default). */
@ApplicationScoped
public class JdbcViewerSettings {
    private final DataSource dataSource;
    private final Clock clock;

    public JdbcViewerSettings(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public boolean blurMedia(long userId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select blur_media from viewer_settings where user_id = ?")) {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return !rs.next() || rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading viewing settings failed", e);
        }
    }

    public void setBlurMedia(long userId, boolean blur) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("insert into viewer_settings (user_id, blur_media, updated_at)"
                                + " values (?, ?, ?) on conflict (user_id) do update set blur_media = excluded.blur_media,"
                                + " updated_at = excluded.updated_at")) {
            ps.setLong(1, userId);
            ps.setBoolean(2, blur);
            ps.setTimestamp(3, Timestamp.from(clock.instant()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("saving viewing settings failed", e);
        }
    }
}
