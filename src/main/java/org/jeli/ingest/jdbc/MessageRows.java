package org.jeli.ingest.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;
import org.jeli.ingest.chat.BatchCommit;
import org.jeli.ingest.chat.MessageDocument;
import org.jeli.ingest.chat.MessageKind;
import org.jeli.ingest.chat.PreparedMessage;

/** The queryable {@code chat_messages} row of a conversation position (batched by the caller). */
final class MessageRows {
    /** Inserts one row; a position already recorded (re-import) inserts nothing. */
    static final String INSERT = "insert into chat_messages (item_id, export_item_id, collection_id, conversation,"
            + " conversation_name, position, kind, local_time, utc_offset, instant, sender, participant, text, flags,"
            + " system_kind, gap_kind, source_id, reply_to_id, forwarded_from, forwarded_participant)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing";

    private MessageRows() {}

    static void bind(
            PreparedStatement ps, UUID itemId, BatchCommit batch, PreparedMessage m, Integer sender, Integer forwarded)
            throws SQLException {
        MessageDocument d = m.document();
        ps.setObject(1, itemId);
        ps.setObject(2, batch.exportItemId());
        ps.setObject(3, batch.collectionId());
        ps.setInt(4, d.conversation());
        ps.setString(5, d.conversationName());
        ps.setLong(6, d.position());
        ps.setString(7, d.kind().name());
        ps.setObject(8, d.localTime(), java.sql.Types.TIMESTAMP);
        ps.setString(9, m.utcOffset());
        ps.setTimestamp(10, d.instant() == null ? null : Timestamp.from(d.instant()));
        ps.setString(11, d.sender());
        ps.setObject(12, sender, java.sql.Types.INTEGER);
        ps.setString(13, d.text());
        ps.setString(14, String.join(",", d.flags()));
        ps.setString(15, d.kind() == MessageKind.SYSTEM ? d.detail() : null);
        ps.setString(16, d.kind() == MessageKind.GAP ? d.detail() : null);
        ps.setString(17, d.sourceId());
        ps.setString(18, d.replyToId());
        ps.setString(19, d.forwardedFrom());
        ps.setObject(20, forwarded, java.sql.Types.INTEGER);
    }
}
