package org.jeli.ingest.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jeli.testsupport.Api.asArchivist;
import static org.jeli.testsupport.Api.asInvestigator;
import static org.jeli.testsupport.Api.freshCollection;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jeli.chat.archive.RawZip;
import org.junit.jupiter.api.Test;

/**
 * Hostile and non-chat uploads are refused with a stable code; the upload itself stays preserved
 * and logged as an item, and nothing of the refused import becomes visible.
 */
@QuarkusTest
class ChatImportRefusalTest {
    private static final byte[] CHAT = "12/03/2023, 09:20 - Awa: The road is closed\n".getBytes(StandardCharsets.UTF_8);

    /** Posts the archive; asserts the 422 code, the preserved original and an empty collection. */
    private static void refusedAtOnce(byte[] archive, String code) {
        String collection = freshCollection();
        Response r = ChatExports.post(asArchivist(), collection, "export.zip", archive, Map.of());

        r.then().statusCode(422).contentType("application/problem+json");
        assertThat(r.jsonPath().getString("code")).isEqualTo(code);
        String exportItem = r.jsonPath().getString("exportItem");
        JsonPath original = asArchivist()
                .get("/api/items/" + exportItem)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(original.getString("sha256")).isEqualTo(ChatImportFixturesTest.sha256(archive));
        assertThat(original.getString("submissions[0].method")).isEqualTo("chat-export");
        JsonPath status = asArchivist()
                .get("/api/imports/" + r.jsonPath().getString("importId"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(status.getString("state")).isEqualTo("REFUSED");
        assertThat(status.getString("error.code")).isEqualTo(code);
        assertThat(asArchivist()
                        .queryParam("collection", collection)
                        .get("/api/items")
                        .jsonPath()
                        .getList("items.id"))
                .containsExactly(exportItem);
        assertThat(asInvestigator()
                        .get("/api/items/" + exportItem + "/custody")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .contains("import.refused");
    }

    @Test
    void aZipSlipEntryIsRefused() {
        RawZip zip = new RawZip();
        zip.add("_chat.txt", CHAT);
        zip.add("../../etc/cron.d/evil", "x");
        refusedAtOnce(zip.bytes(), "chat-path-traversal");
    }

    @Test
    void anAbsolutePathIsRefused() {
        RawZip zip = new RawZip();
        zip.add("_chat.txt", CHAT);
        zip.add("/etc/passwd", "x");
        refusedAtOnce(zip.bytes(), "chat-absolute-path");
    }

    @Test
    void aHighRatioZipBombIsRefused() {
        RawZip zip = new RawZip();
        zip.add("_chat.txt", CHAT);
        zip.add("IMG-20230312-WA0001.jpg", new byte[8 << 20]);
        refusedAtOnce(zip.bytes(), "chat-compression-ratio-too-high");
    }

    @Test
    void entriesSharingTheirBytesAreAnOverlapBomb() {
        RawZip zip = new RawZip();
        zip.add("_chat.txt", CHAT);
        zip.add("kernel.bin", new byte[1 << 16]);
        for (int i = 0; i < 5; i++) {
            zip.add("copy-" + i + ".bin", new byte[1 << 16]).sharesLocalHeaderOf = 1;
        }
        refusedAtOnce(zip.bytes(), "chat-overlapping-entries");
    }

    @Test
    void tooManyEntriesAreRefused() {
        RawZip zip = new RawZip();
        zip.add("_chat.txt", CHAT);
        for (int i = 0; i < 20_000; i++) {
            zip.add("f" + i, new byte[0]).stored();
        }
        refusedAtOnce(zip.bytes(), "chat-too-many-entries");
    }

    @Test
    void anEncryptedZipIsRefused() {
        RawZip zip = new RawZip();
        zip.add("_chat.txt", CHAT).encrypted();
        refusedAtOnce(zip.bytes(), "chat-encrypted-entry");
    }

    @Test
    void aZipWithoutAChatFileIsRefused() {
        RawZip zip = new RawZip();
        zip.add("holiday.jpg", "not a chat");
        refusedAtOnce(zip.bytes(), "chat-no-chat-file");
    }

    @Test
    void aPhotoIsNotAChat() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1};
        refusedAtOnce(jpeg, "chat-not-a-chat");
    }

    @Test
    void aTextFileWithoutMessagesIsRefusedAfterParsingAndShowsNothing() {
        String collection = freshCollection();
        byte[] text = ChatExports.resource("whatsapp/not-a-chat.txt");
        Response r = ChatExports.post(asArchivist(), collection, "notes.txt", text, Map.of());
        r.then().statusCode(202);
        assertThat(r.header("Location")).endsWith("/api/imports/" + r.jsonPath().getString("id"));

        JsonPath status = ChatExports.awaitFinished(r.jsonPath().getString("id"));

        assertThat(status.getString("state")).isEqualTo("REFUSED");
        assertThat(status.getString("error.code")).isEqualTo("chat-not-a-chat");
        assertThat(asArchivist()
                        .queryParam("collection", collection)
                        .get("/api/items")
                        .jsonPath()
                        .getList("items.id"))
                .containsExactly(status.getString("exportItem"));
    }

    @Test
    void aDamagedAttachmentRefusesTheImportAndHidesTheMessagesAlreadyRecorded() {
        String collection = freshCollection();
        StringBuilder chat = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            chat.append("12/03/2023, 09:20 - Awa: message ").append(i).append('\n');
        }
        chat.append("12/03/2023, 09:21 - Awa: IMG-20230312-WA0001.jpg (file attached)\n");
        RawZip zip = new RawZip();
        zip.add("WhatsApp Chat with Boni.txt", chat.toString());
        zip.add("IMG-20230312-WA0001.jpg", "photo").declaredSize = 3L;
        Response r = ChatExports.post(asArchivist(), collection, "export.zip", zip.bytes(), Map.of());
        r.then().statusCode(202);

        JsonPath status = ChatExports.awaitFinished(r.jsonPath().getString("id"));

        assertThat(status.getString("state")).isEqualTo("REFUSED");
        assertThat(status.getString("error.code")).isEqualTo("chat-size-mismatch");
        assertThat(status.getInt("counts.messages")).isEqualTo(500); // the first batch was recorded…
        assertThat(asArchivist()
                        .queryParam("collection", collection)
                        .get("/api/items")
                        .jsonPath()
                        .getList("items.id"))
                .containsExactly(status.getString("exportItem")); // …and stays invisible
        asArchivist()
                .queryParam("after", 5)
                .get("/api/items/" + status.getString("exportItem") + "/conversation")
                .then()
                .statusCode(404);
    }
}
