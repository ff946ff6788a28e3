package org.jeli.ingest.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jeli.testsupport.Api.asArchivist;
import static org.jeli.testsupport.Api.freshCollection;
import static org.jeli.testsupport.Api.upload;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jeli.access.Sensitivity;
import org.junit.jupiter.api.Test;

/**
 * A restart in the middle of an import: the worker stops after some committed batches as a dying
 * process would, leaving the import RUNNING; running it again continues from the last committed
 * batch without duplicating a message, an attachment or a submission.
 */
@QuarkusTest
class ChatImportResumeTest {
    @Inject
    ImportRunner runner;

    @Inject
    ChatImportStore store;

    @Inject
    DataSource dataSource;

    @Test
    void anImportInterruptedAfterTwoBatchesResumesWithoutDuplicates() throws Exception {
        String collection = freshCollection();
        StringBuilder chat = new StringBuilder();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 1_300; i++) {
            chat.append("12/03/2023, 09:")
                    .append(String.format("%02d", i % 60))
                    .append(" - Awa: message ")
                    .append(i);
            if (i % 100 == 0) {
                String photo = "IMG-20230312-WA" + String.format("%04d", i) + ".jpg";
                chat.append('\n').append(photo).append(" (file attached)");
                entries.put(photo, ChatExports.media(photo));
            }
            chat.append('\n');
        }
        entries.put("WhatsApp Chat with Boni.txt", chat.toString().getBytes(StandardCharsets.UTF_8));
        byte[] zip = ChatExports.zip(entries);
        var receipt = upload(collection, "export.zip", zip)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        UUID importId = UUID.randomUUID();
        store.create(new NewImport(
                importId,
                UUID.fromString(receipt.getString("collection")),
                UUID.fromString(receipt.getString("id")),
                UUID.fromString(receipt.getString("submissionId")),
                receipt.getString("sha256"),
                SourceKind.ZIP,
                null,
                "",
                Sensitivity.CONFIDENTIAL,
                userId(),
                Instant.parse("2023-06-01T00:00:00Z")));

        runner.run(importId, 2);

        ImportStatus interrupted = store.find(importId).orElseThrow();
        assertThat(interrupted.state()).isEqualTo(ImportState.RUNNING);
        assertThat(interrupted.counts().messages()).isEqualTo(1_000);
        assertThat(rows(
                        "select count(*) from chat_messages m join chat_import_submissions s on s.item_id = m.item_id"
                                + " where s.import_id = ?",
                        importId))
                .isEqualTo(1_000);

        runner.run(importId);

        ImportStatus done = store.find(importId).orElseThrow();
        assertThat(done.state()).isEqualTo(ImportState.DONE);
        assertThat(done.counts().messages()).isEqualTo(1_300);
        assertThat(done.counts().attachments()).isEqualTo(13);
        assertThat(done.counts().duplicates()).isZero();
        assertThat(rows("select count(*) from chat_import_submissions where import_id = ?", importId))
                .isEqualTo(1_313);
        assertThat(rows("select count(distinct item_id) from chat_import_submissions where import_id = ?", importId))
                .isEqualTo(1_313);
        assertThat(rows(
                        "select count(*) from chat_messages where export_item_id = ?",
                        UUID.fromString(receipt.getString("id"))))
                .isEqualTo(1_300);
        assertThat(asArchivist()
                        .queryParam("collection", collection)
                        .get("/api/items")
                        .jsonPath()
                        .getLong("total"))
                .isEqualTo(1 + 1_313);
    }

    private long userId() throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select id from users where username = 'it-archivist'");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long rows(String sql, UUID id) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
