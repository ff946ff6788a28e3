package org.jeli.ingest.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jeli.access.Sensitivity;
import org.jeli.common.Digest;
import org.jeli.ingest.chat.BatchCommit;
import org.jeli.ingest.chat.ChatImportStore;
import org.jeli.ingest.chat.ImportCounts;
import org.jeli.ingest.chat.ImportState;
import org.jeli.ingest.chat.ImportStatus;
import org.jeli.ingest.chat.NewImport;
import org.jeli.ingest.chat.SourceKind;
import org.jeli.provenance.EntryDraft;
import org.jeli.provenance.jdbc.JdbcLogStore;
import org.jeli.provenance.jdbc.Transactions;

/** Imports in PostgreSQL; batches are written by {@link JdbcChatBatchWriter}. */
@ApplicationScoped
public class JdbcChatImportStore implements ChatImportStore {
    private static final String COLUMNS = "id, collection_id, export_item_id, export_sha256, source_kind, time_zone,"
            + " source_detail, sensitivity, started_by, state, format, chat_name, events_done, messages,"
            + " system_messages, attachments, gaps, duplicates, warnings, percent, error_code, error_message,"
            + " created_at, updated_at, finished_at";

    private final DataSource dataSource;
    private final JdbcLogStore log;
    private final JdbcChatBatchWriter writer;

    public JdbcChatImportStore(DataSource dataSource, JdbcLogStore log, JdbcChatBatchWriter writer) {
        this.dataSource = dataSource;
        this.log = log;
        this.writer = writer;
    }

    @Override
    public void create(NewImport n) {
        Transactions.inTransaction(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into chat_imports (id, collection_id,"
                    + " export_item_id, export_submission_id, export_sha256, source_kind, time_zone, source_detail,"
                    + " sensitivity, started_by, state, created_at, updated_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?)")) {
                ps.setObject(1, n.id());
                ps.setObject(2, n.collectionId());
                ps.setObject(3, n.exportItemId());
                ps.setObject(4, n.exportSubmissionId());
                ps.setString(5, n.exportSha256());
                ps.setString(6, n.sourceKind().label());
                ps.setString(7, n.timeZone());
                ps.setString(8, n.sourceDetail());
                ps.setString(9, n.sensitivity().label());
                ps.setLong(10, n.startedBy());
                ps.setTimestamp(11, Timestamp.from(n.at()));
                ps.setTimestamp(12, Timestamp.from(n.at()));
                ps.executeUpdate();
            }
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("import", n.id().toString());
            payload.put("export", n.exportSha256());
            payload.put("sourceKind", n.sourceKind().label());
            payload.put("timeZone", n.timeZone() == null ? "unknown" : n.timeZone());
            log.append(
                    c,
                    List.of(new EntryDraft(
                            "import.queued",
                            EntryDraft.user(n.startedBy()),
                            EntryDraft.item(n.exportItemId()),
                            payload)));
            return null;
        });
    }

    @Override
    public Optional<ImportStatus> find(UUID id) {
        List<ImportStatus> found = query("select " + COLUMNS + " from chat_imports where id = ?", id);
        return found.stream().findFirst();
    }

    @Override
    public List<ImportStatus> list(UUID collectionId) {
        return query(
                "select " + COLUMNS + " from chat_imports where collection_id = ? order by created_at desc, id",
                collectionId);
    }

    @Override
    public List<UUID> unfinished() {
        return query("select " + COLUMNS
                        + " from chat_imports where state in ('QUEUED', 'RUNNING') order by created_at")
                .stream()
                .map(ImportStatus::id)
                .toList();
    }

    @Override
    public void start(UUID id, String format, String chatName, Instant at) {
        Transactions.inTransaction(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("update chat_imports set state = 'RUNNING', format = ?,"
                    + " chat_name = ?, updated_at = ? where id = ? and state in ('QUEUED', 'RUNNING')")) {
                ps.setString(1, format);
                ps.setString(2, chatName);
                ps.setTimestamp(3, Timestamp.from(at));
                ps.setObject(4, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<Digest> commit(BatchCommit batch, Instant at) {
        return Transactions.inTransaction(dataSource, c -> writer.write(c, batch, at));
    }

    @Override
    public void finish(UUID id, Instant at) {
        Transactions.inTransaction(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("update items set visible = true where not visible and id"
                    + " in (select item_id from chat_import_submissions where import_id = ?)")) {
                ps.setObject(1, id);
                ps.executeUpdate();
            }
            end(c, id, ImportState.DONE, null, null, at);
            return null;
        });
    }

    @Override
    public void stop(UUID id, ImportState state, String code, String message, Instant at) {
        Transactions.inTransaction(dataSource, c -> {
            end(c, id, state, code, message, at);
            return null;
        });
    }

    private void end(Connection c, UUID id, ImportState state, String code, String message, Instant at)
            throws SQLException {
        ImportStatus s;
        try (PreparedStatement ps = c.prepareStatement("update chat_imports set state = ?, error_code = ?,"
                + " error_message = ?, percent = case when ? then 100 else percent end, updated_at = ?,"
                + " finished_at = ? where id = ? returning " + COLUMNS)) {
            ps.setString(1, state.name());
            ps.setString(2, code);
            ps.setString(3, message);
            ps.setBoolean(4, state == ImportState.DONE);
            ps.setTimestamp(5, Timestamp.from(at));
            ps.setTimestamp(6, Timestamp.from(at));
            ps.setObject(7, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                s = status(rs);
            }
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("import", id.toString());
        payload.put("export", s.exportSha256());
        if (s.format() != null) {
            payload.put("format", s.format());
        }
        ImportCounts n = s.counts();
        payload.put(
                "counts",
                Map.of(
                        "messages", n.messages(),
                        "systemMessages", n.systemMessages(),
                        "attachments", n.attachments(),
                        "gaps", n.gaps(),
                        "duplicates", n.duplicates(),
                        "warnings", n.warnings()));
        if (code != null) {
            payload.put("code", code);
        }
        String kind = switch (state) {
            case DONE -> "import.completed";
            case REFUSED -> "import.refused";
            default -> "import.failed";
        };
        log.append(c, List.of(new EntryDraft(kind, "system", EntryDraft.item(s.exportItemId()), payload)));
    }

    private List<ImportStatus> query(String sql, Object... args) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<ImportStatus> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(status(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("reading imports failed", e);
        }
    }

    private static ImportStatus status(ResultSet rs) throws SQLException {
        Timestamp finished = rs.getTimestamp(25);
        return new ImportStatus(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class),
                rs.getString(4),
                SourceKind.fromLabel(rs.getString(5)),
                rs.getString(6),
                rs.getString(7),
                Sensitivity.fromLabel(rs.getString(8)),
                rs.getLong(9),
                ImportState.valueOf(rs.getString(10)),
                rs.getString(11),
                rs.getString(12),
                rs.getLong(13),
                new ImportCounts(
                        rs.getLong(14), rs.getLong(15), rs.getLong(16), rs.getLong(17), rs.getLong(18), rs.getLong(19)),
                rs.getInt(20),
                rs.getString(21),
                rs.getString(22),
                rs.getTimestamp(23).toInstant(),
                rs.getTimestamp(24).toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
