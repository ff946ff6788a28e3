package org.jeli.ingest.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jeli.ingest.chat.Arrival;
import org.jeli.ingest.chat.AttachmentLink;
import org.jeli.ingest.chat.Conversations;
import org.jeli.ingest.chat.MessageKind;
import org.jeli.ingest.chat.Pseudonyms;
import org.jeli.ingest.chat.StoredMessage;

/** Imported conversations read from PostgreSQL; only visible items (finished imports) are read. */
@ApplicationScoped
public class JdbcConversations implements Conversations {
    private static final String MESSAGE = "select m.item_id, m.export_item_id, m.collection_id, m.conversation,"
            + " m.conversation_name, m.position, m.kind, m.local_time, m.utc_offset, m.instant, m.sender,"
            + " m.participant, m.text, m.flags, m.system_kind, m.gap_kind, m.source_id, m.reply_to_id,"
            + " m.forwarded_from, m.forwarded_participant, i.sensitivity"
            + " from chat_messages m join items i on i.id = m.item_id where i.visible";

    private final DataSource dataSource;
    private final JdbcParticipants participants;

    public JdbcConversations(DataSource dataSource, JdbcParticipants participants) {
        this.dataSource = dataSource;
        this.participants = participants;
    }

    @Override
    public Optional<StoredMessage> message(UUID itemId) {
        return messages(MESSAGE + " and m.item_id = ?", itemId).stream().findFirst();
    }

    @Override
    public List<StoredMessage> window(UUID exportItemId, int conversation, long from, long to) {
        return messages(
                MESSAGE + " and m.export_item_id = ? and m.conversation = ? and m.position between ? and ?"
                        + " order by m.position",
                exportItemId,
                conversation,
                from,
                to);
    }

    @Override
    public List<AttachmentLink> attachments(UUID messageItemId) {
        return links("where a.message_item_id = ? order by a.ordinal", messageItemId);
    }

    @Override
    public List<AttachmentLink> attachedTo(UUID attachmentItemId) {
        return links(
                "join items mi on mi.id = a.message_item_id and mi.visible where a.attachment_item_id = ?"
                        + " order by a.message_item_id",
                attachmentItemId);
    }

    private List<AttachmentLink> links(String where, UUID id) {
        String sql = "select a.message_item_id, a.ordinal, a.attachment_item_id, a.name, a.kind from chat_attachments a"
                + " join items ai on ai.id = a.attachment_item_id and ai.visible " + where;
        return query(
                sql,
                rs -> new AttachmentLink(
                        rs.getObject(1, UUID.class),
                        rs.getInt(2),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getString(5)),
                id);
    }

    @Override
    public Optional<UUID> bySourceId(UUID exportItemId, int conversation, String sourceId) {
        return query(
                        "select m.item_id from chat_messages m join items i on i.id = m.item_id and i.visible"
                                + " where m.export_item_id = ? and m.conversation = ? and m.source_id = ? limit 1",
                        rs -> rs.getObject(1, UUID.class),
                        exportItemId,
                        conversation,
                        sourceId)
                .stream()
                .findFirst();
    }

    @Override
    public List<Arrival> arrivals(String sha256Hex, long userId) {
        String sql = "select s.id, i.id, c.id, c.name, u.username, s.submitted_at, s.method, imp.id,"
                + " imp.export_item_id, coalesce(nullif(imp.source_detail, ''), imp.chat_name)"
                + " from submissions s join items i on i.id = s.item_id join collections c on c.id = i.collection_id"
                + " join users u on u.id = s.submitted_by"
                + " join memberships ms on ms.collection_id = i.collection_id and ms.user_id = ?"
                + " left join chat_import_submissions cis on cis.submission_id = s.id"
                + " left join chat_imports imp on imp.id = cis.import_id"
                + " where i.blob_sha256 = ? and i.visible"
                + " and sensitivity_rank(i.sensitivity) <= sensitivity_rank(ms.clearance)"
                + " order by s.submitted_at, s.id";
        return query(
                sql,
                rs -> new Arrival(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getString(7),
                        rs.getObject(8, UUID.class),
                        rs.getObject(9, UUID.class),
                        rs.getString(10)),
                userId,
                sha256Hex);
    }

    @Override
    public java.util.Map<String, Integer> names(UUID exportItemId) {
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        for (Object[] row : query(
                "select sender, participant from chat_messages where export_item_id = ? and sender is not null"
                        + " and participant is not null union select forwarded_from, forwarded_participant from"
                        + " chat_messages where export_item_id = ? and forwarded_from is not null"
                        + " and forwarded_participant is not null",
                rs -> new Object[] {rs.getString(1), rs.getInt(2)},
                exportItemId,
                exportItemId)) {
            String name = (String) row[0];
            if (Pseudonyms.identity(name).startsWith("name:")) {
                out.put(name, (Integer) row[1]);
            }
        }
        return out;
    }

    @Override
    public String phoneLabel(UUID collectionId, String phone) {
        try (Connection c = dataSource.getConnection()) {
            Optional<byte[]> key = participants.key(c, collectionId, false);
            Integer n = key.isEmpty()
                    ? null
                    : participants.number(c, collectionId, Pseudonyms.hmac(key.get(), Pseudonyms.identity(phone)));
            return n == null ? "[redacted]" : Pseudonyms.label(n);
        } catch (SQLException e) {
            throw new IllegalStateException("reading a participant failed", e);
        }
    }

    private List<StoredMessage> messages(String sql, Object... args) {
        return query(
                sql,
                rs -> {
                    Timestamp instant = rs.getTimestamp(10);
                    return new StoredMessage(
                            rs.getObject(1, UUID.class),
                            rs.getObject(2, UUID.class),
                            rs.getObject(3, UUID.class),
                            rs.getInt(4),
                            rs.getString(5),
                            rs.getLong(6),
                            MessageKind.valueOf(rs.getString(7)),
                            rs.getObject(8, LocalDateTime.class),
                            rs.getString(9),
                            instant == null ? null : instant.toInstant(),
                            rs.getString(11),
                            (Integer) rs.getObject(12),
                            rs.getString(13),
                            rs.getString(14),
                            rs.getString(15),
                            rs.getString(16),
                            rs.getString(17),
                            rs.getString(18),
                            rs.getString(19),
                            (Integer) rs.getObject(20),
                            rs.getString(21));
                },
                args);
    }

    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row, Object... args) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("reading conversations failed", e);
        }
    }
}
