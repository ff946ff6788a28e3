package org.jeli.fixity.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jeli.fixity.jdbc.JdbcFixityStore;
import org.jeli.provenance.LogUnavailableException;

/**
 * The fixity audit's state as the API and the admin page show it: cycle, progress and every
 * damaged blob (hash, outcome, since when, the items over it — no content).
 */
@ApplicationScoped
public class FixityStatusJson {
    private final JdbcFixityStore store;
    private final DataSource dataSource;

    public FixityStatusJson(JdbcFixityStore store, DataSource dataSource) {
        this.store = store;
        this.dataSource = dataSource;
    }

    public Map<String, Object> current() {
        try (Connection c = dataSource.getConnection()) {
            Map<String, Object> m = new LinkedHashMap<>();
            JdbcFixityStore.Cursor cursor = store.cursor(c);
            m.put("cycle", cursor == null ? 0 : cursor.cycle());
            m.put(
                    "cycleStartedAt",
                    cursor == null ? null : cursor.cycleStartedAt().toString());
            m.put(
                    "lastCompletedAt",
                    cursor == null || cursor.lastCompletedAt() == null
                            ? null
                            : cursor.lastCompletedAt().toString());
            m.put("blobsChecked", store.checkedCount(c));
            m.put("damagedBlobs", store.damagedCount(c));
            List<Map<String, Object>> damaged = new ArrayList<>();
            for (JdbcFixityStore.Damaged d : store.damaged(c, 1000)) {
                Map<String, Object> dm = new LinkedHashMap<>();
                dm.put("sha256", d.sha256());
                dm.put("outcome", d.outcome().name());
                dm.put("detail", d.detail());
                dm.put("checkedAt", d.checkedAt().toString());
                dm.put("damagedSince", d.damagedSince().toString());
                dm.put("items", d.items());
                damaged.add(dm);
            }
            m.put("damaged", damaged);
            return m;
        } catch (SQLException e) {
            throw new LogUnavailableException(e);
        }
    }
}
