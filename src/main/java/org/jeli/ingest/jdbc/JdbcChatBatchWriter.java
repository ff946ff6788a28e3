package org.jeli.ingest.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jeli.common.Digest;
import org.jeli.ingest.chat.BatchCommit;
import org.jeli.ingest.chat.MessageDocument;
import org.jeli.ingest.chat.PreparedMessage;
import org.jeli.provenance.EntryDraft;
import org.jeli.provenance.jdbc.JdbcLogStore;
import org.jeli.provenance.jdbc.JdbcPersonalData;

/**
 * Writes one import batch inside the caller's transaction: attachments and messages as invisible
 * items with their submissions, the message rows and links, the participants, then all the
 * batch's {@code item.submitted} entries in one append, and the import's counts and resume point.
 */
@ApplicationScoped
public class JdbcChatBatchWriter {
    static final String EXTRACTOR = "jeli-chat";

    private final JdbcLogStore log;
    private final JdbcPersonalData personal;
    private final JdbcParticipants participants;

    public JdbcChatBatchWriter(JdbcLogStore log, JdbcPersonalData personal, JdbcParticipants participants) {
        this.log = log;
        this.personal = personal;
        this.participants = participants;
    }

    List<Digest> write(Connection c, BatchCommit batch, Instant at) throws SQLException {
        List<EntryDraft> drafts = new ArrayList<>();
        Set<String> attachmentShas = new LinkedHashSet<>();
        long duplicates = 0;
        UUID collection = batch.collectionId();
        participants.lock(c, collection);
        byte[] key = participants.key(c, collection, true).orElseThrow();
        Map<String, Integer> numbers = new HashMap<>();
        List<SubmissionBatch.Row> rows = new ArrayList<>();
        for (PreparedMessage m : batch.messages()) {
            for (PreparedMessage.PreparedAttachment a : m.attachments()) {
                rows.add(new SubmissionBatch.Row(a.submission(), null));
            }
            rows.add(new SubmissionBatch.Row(m.submission(), m.searchText()));
        }
        try (JdbcPersonalData.SaltBatch salts = personal.batch(c);
                PreparedStatement link = c.prepareStatement("insert into chat_import_submissions (submission_id,"
                        + " import_id, item_id) values (?, ?, ?)");
                PreparedStatement attach = c.prepareStatement("insert into chat_attachments (message_item_id, ordinal,"
                        + " attachment_item_id, name, kind) values (?, ?, ?, ?, ?) on conflict do nothing");
                PreparedStatement row = c.prepareStatement(MessageRows.INSERT)) {
            List<SubmissionRows.Written> written = SubmissionBatch.write(c, salts, rows, EXTRACTOR);
            int next = 0;
            for (PreparedMessage m : batch.messages()) {
                List<UUID> attachmentItems = new ArrayList<>();
                for (PreparedMessage.PreparedAttachment a : m.attachments()) {
                    SubmissionRows.Written w = written.get(next++);
                    drafts.add(w.draft());
                    link(link, w, batch.importId());
                    attachmentItems.add(w.itemId());
                    attachmentShas.add(a.submission().sha256().hex());
                    duplicates += a.duplicateBytes() || !w.newItem() ? 1 : 0;
                }
                SubmissionRows.Written w = written.get(next++);
                drafts.add(w.draft());
                link(link, w, batch.importId());
                Integer[] people = new Integer[2];
                int i = 0;
                for (String person : m.people()) {
                    Integer n = numbers.get(person);
                    if (n == null) {
                        n = participants.assign(c, collection, key, person);
                        numbers.put(person, n);
                    }
                    if (i < 2) {
                        people[i++] = n;
                    }
                }
                MessageDocument d = m.document();
                Integer sender = d.sender() == null ? null : people[0];
                Integer forwarded = d.forwardedFrom() == null ? null : (sender == null ? people[0] : people[1]);
                MessageRows.bind(row, w.itemId(), batch, m, sender, forwarded);
                row.addBatch();
                for (int k = 0; k < attachmentItems.size(); k++) {
                    PreparedMessage.PreparedAttachment a = m.attachments().get(k);
                    attach.setObject(1, w.itemId());
                    attach.setInt(2, a.ordinal());
                    attach.setObject(3, attachmentItems.get(k));
                    attach.setString(4, a.name());
                    attach.setString(5, a.kind());
                    attach.addBatch();
                }
            }
            for (int count : row.executeBatch()) {
                if (count < 0) {
                    throw new SQLException("the driver did not report which message rows were new");
                }
                duplicates += count == 1 ? 0 : 1; // this position was already recorded (re-import)
            }
            link.executeBatch();
            attach.executeBatch();
            salts.flush();
        }
        if (!drafts.isEmpty()) {
            log.append(c, drafts);
        }
        progress(c, batch, duplicates, at);
        return pendingMetadata(c, attachmentShas);
    }

    private static void link(PreparedStatement ps, SubmissionRows.Written w, UUID importId) throws SQLException {
        ps.setObject(1, w.submissionId());
        ps.setObject(2, importId);
        ps.setObject(3, w.itemId());
        ps.addBatch();
    }

    private static void progress(Connection c, BatchCommit b, long duplicates, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update chat_imports set events_done = ?,"
                + " messages = messages + ?, system_messages = system_messages + ?, attachments = attachments + ?,"
                + " gaps = gaps + ?, duplicates = duplicates + ?, warnings = warnings + ?, percent = greatest(percent,"
                + " ?), updated_at = ? where id = ?")) {
            ps.setLong(1, b.eventsDone());
            ps.setLong(2, b.counts().messages());
            ps.setLong(3, b.counts().systemMessages());
            ps.setLong(4, b.counts().attachments());
            ps.setLong(5, b.counts().gaps());
            ps.setLong(6, b.counts().duplicates() + duplicates);
            ps.setLong(7, b.counts().warnings());
            ps.setInt(8, b.percent());
            ps.setTimestamp(9, Timestamp.from(at));
            ps.setObject(10, b.importId());
            ps.executeUpdate();
        }
    }

    private static List<Digest> pendingMetadata(Connection c, Set<String> shas) throws SQLException {
        List<Digest> out = new ArrayList<>();
        if (shas.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "select blob_sha256 from metadata where state = 'PENDING' and blob_sha256 = any (?)")) {
            ps.setArray(1, c.createArrayOf("text", shas.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(Digest.parse(rs.getString(1)));
                }
            }
        }
        return out;
    }
}
