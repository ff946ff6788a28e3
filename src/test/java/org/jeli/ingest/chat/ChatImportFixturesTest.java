package org.jeli.ingest.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jeli.ingest.chat.ChatExports.conversation;
import static org.jeli.ingest.chat.ChatExports.importAndWait;
import static org.jeli.testsupport.Api.asArchivist;
import static org.jeli.testsupport.Api.freshCollection;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every fixture export imported through the API: what the archivist then sees. */
@QuarkusTest
class ChatImportFixturesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            android-en-24h-day-first-with-media.txt         | WhatsApp Chat with Boni Entraide.txt    | 5 | 6 | 1 | 2 | 3 | Awa Traoré | 2023-03-12T09:20
            android-fr-24h-day-first-with-media.txt         | Discussion WhatsApp avec Boni Entraide.txt | 6 | 6 | 1 | 3 | 2 | Awa Traoré | 2023-03-12T09:20
            android-en-12h-month-first.txt                  | WhatsApp Chat with Boni.txt             | 4 | 1 | 0 | 0 | 2 | Fatoumata  | 2023-03-14T08:05
            android-fr-dotted-two-digit-year.txt            | Discussion WhatsApp avec Boni.txt       | 3 | 0 | 0 | 1 | 2 | Aminata    | 2023-03-14T09:15
            android-ar-12h-arabic-digits.txt                | محادثة واتساب مع بوني.txt               | 2 | 3 | 1 | 1 | 2 | عائشة      | 2023-03-12T09:20
            android-ar-24h-latin-digits.txt                 | محادثة واتساب مع بوني.txt               | 3 | 0 | 0 | 1 | 2 | فاطمة      | 2023-04-25T22:10
            android-en-bom-crlf.txt                         | WhatsApp Chat with Boni.txt             | 2 | 0 | 0 | 0 | 2 | Awa        | 2023-02-01T10:00
            android-en-year-first-dashes.txt                | WhatsApp Chat with Boni.txt             | 3 | 0 | 0 | 1 | 2 | Awa        | 2023-03-12T14:05
            android-es-pt-attachments-12h.txt               | Chat de WhatsApp con Boni.txt           | 2 | 0 | 1 | 2 | 2 | Carlos     | 2023-03-14T14:05
            android-text-before-first-header.txt            | WhatsApp Chat with Boni.txt             | 2 | 0 | 0 | 0 | 2 | Awa        | 2023-03-12T09:20
            android-ambiguous-dates-run-forward-day-first.txt | WhatsApp Chat with Boni.txt           | 3 | 0 | 0 | 0 | 1 | Awa        | 2023-01-05T10:00
            android-ambiguous-dates-run-forward-month-first.txt | WhatsApp Chat with Boni.txt         | 3 | 0 | 0 | 0 | 1 | Awa        | 2023-01-05T10:00
            android-ambiguous-dates-undecidable.txt         | WhatsApp Chat with Boni.txt             | 2 | 0 | 0 | 0 | 2 | Awa        | 2023-04-03T10:00
            ios-en-24h-day-first-with-media.txt             | _chat.txt                               | 4 | 4 | 1 | 2 | 3 | Awa Traoré | 2023-03-12T09:20:11
            ios-fr-24h-day-first-with-media.txt             | _chat.txt                               | 3 | 3 | 0 | 2 | 2 | Awa Traoré | 2023-03-12T09:20:11
            ios-en-12h-month-first.txt                      | _chat.txt                               | 3 | 0 | 0 | 1 | 2 | Fatoumata  | 2023-03-14T08:05:10
            ios-ar-12h-arabic-digits.txt                    | _chat.txt                               | 2 | 1 | 0 | 1 | 2 | عائشة      | 2023-03-12T14:05:33
            ios-en-lrm-nbsp.txt                             | _chat.txt                               | 2 | 0 | 0 | 0 | 2 | Awa        | 2022-12-25T20:00
            """)
    void aWhatsAppExportBecomesItsMessagesNoticesGapsAndAttachments(
            String fixture,
            String chatFile,
            int messages,
            int notices,
            int gaps,
            int attachments,
            int senders,
            String firstSender,
            String firstTime) {
        String collection = freshCollection();
        byte[] zip = ChatExports.whatsAppZip(fixture, chatFile.strip(), Map.of());

        JsonPath status = importAndWait(collection, "export.zip", zip, Map.of("timezone", "Africa/Bamako"));

        assertThat(status.getString("state")).isEqualTo("DONE");
        assertThat(status.getString("format")).isEqualTo("WHATSAPP_TEXT");
        assertThat(status.getInt("percent")).isEqualTo(100);
        assertThat(status.getInt("counts.messages")).isEqualTo(messages);
        assertThat(status.getInt("counts.systemMessages")).isEqualTo(notices);
        assertThat(status.getInt("counts.gaps")).isEqualTo(gaps);
        assertThat(status.getInt("counts.attachments")).isEqualTo(attachments);
        List<Map<String, Object>> conversation = conversation(status.getString("exportItem"));
        assertThat(conversation).hasSize(messages + notices + gaps);
        assertThat(conversation)
                .extracting(m -> ((Number) m.get("position")).longValue())
                .isSorted()
                .startsWith(1L);
        List<Map<String, Object>> sent = conversation.stream()
                .filter(m -> m.get("kind").equals("MESSAGE"))
                .toList();
        assertThat(sent.get(0).get("sender")).isEqualTo(firstSender.strip());
        assertThat(sent.get(0).get("localTime")).isEqualTo(firstTime.strip());
        assertThat(sent.get(0).get("utcOffset")).isEqualTo("+00:00");
        assertThat(sent.stream().map(m -> m.get("sender")).distinct()).hasSize(senders);
        assertThat(conversation.stream().filter(m -> m.get("kind").equals("SYSTEM")))
                .hasSize(notices)
                .allSatisfy(m -> assertThat(m.get("system")).isEqualTo(true));
        assertThat(conversation.stream().filter(m -> m.get("kind").equals("GAP")))
                .allSatisfy(m -> assertThat(m.get("gapKind")).isEqualTo("MEDIA_OMITTED"));
        long linked = sent.stream()
                .mapToLong(m -> asArchivist()
                        .get("/api/items/" + m.get("item"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("message.attachments")
                        .size())
                .sum();
        assertThat(linked).isEqualTo(attachments);
    }

    @Test
    void anAndroidVoiceNoteIsAVoiceAttachmentOfTheMessageThatSentIt() {
        String collection = freshCollection();
        byte[] zip = ChatExports.whatsAppZip(
                "android-en-24h-day-first-with-media.txt", "WhatsApp Chat with Boni Entraide.txt", Map.of());
        JsonPath status = importAndWait(collection, "export.zip", zip, Map.of());

        Map<String, Object> voice = conversation(status.getString("exportItem")).stream()
                .filter(m -> Boolean.TRUE.equals(m.get("voice")))
                .findFirst()
                .orElseThrow();
        assertThat(voice.get("utcOffset")).isEqualTo("unknown");
        JsonPath message = asArchivist()
                .get("/api/items/" + voice.get("item"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(message.getString("mediaType")).isEqualTo("application/vnd.jeli.message+json");
        assertThat(message.getString("message.sender")).isEqualTo("+223 70 12 34 56");
        assertThat(message.getList("message.attachments.kind")).containsExactly("VOICE");
        assertThat(message.getList("message.attachments.voice")).containsExactly(true);
        String attachment = message.getString("message.attachments[0].item");
        JsonPath file = asArchivist()
                .get("/api/items/" + attachment)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(file.getString("sha256")).isEqualTo(sha256(ChatExports.media("PTT-20230313-WA0002.opus")));
        assertThat(file.getString("attachedTo[0].message")).isEqualTo(voice.get("item"));
        assertThat(file.getString("arrivals[0].via")).isEqualTo("import");
        assertThat(file.getString("arrivals[0].export")).isEqualTo(status.getString("exportItem"));
        asArchivist().get("/api/items/" + voice.get("item") + "/text").then().statusCode(200);
    }

    @Test
    void aTelegramGroupShowsRepliesForwardsVoiceAndTheFileLeftOut() {
        String collection = freshCollection();
        JsonPath status = importAndWait(collection, "telegram.zip", ChatExports.telegramZip("single-chat"), Map.of());

        assertThat(status.getString("state")).isEqualTo("DONE");
        assertThat(status.getString("format")).isEqualTo("TELEGRAM_JSON");
        assertThat(status.getInt("counts.messages")).isEqualTo(8);
        assertThat(status.getInt("counts.systemMessages")).isEqualTo(3);
        assertThat(status.getInt("counts.gaps")).isEqualTo(1);
        assertThat(status.getInt("counts.attachments")).isEqualTo(5);
        assertThat(status.getInt("counts.warnings")).isEqualTo(1);
        List<Map<String, Object>> conversation = conversation(status.getString("exportItem"));
        assertThat(conversation).hasSize(12);
        Map<String, Object> first = conversation.stream()
                .filter(m -> m.get("kind").equals("MESSAGE"))
                .findFirst()
                .orElseThrow();
        assertThat(first.get("sender")).isEqualTo("Awa Traoré");
        assertThat(first.get("instant")).isEqualTo("2023-03-12T09:20:11Z");
        assertThat(first.get("utcOffset")).isEqualTo("+00:00");
        Map<String, Object> reply = conversation.stream()
                .filter(m -> m.get("replyTo") != null)
                .findFirst()
                .orElseThrow();
        assertThat(((Map<?, ?>) reply.get("replyTo")).get("item")).isEqualTo(first.get("item"));
        assertThat(conversation).anySatisfy(m -> {
            assertThat(m.get("forwarded")).isEqualTo(true);
            assertThat(m.get("forwardedFrom")).isEqualTo("Mopti News");
        });
        assertThat(conversation)
                .filteredOn(m -> Boolean.TRUE.equals(m.get("voice")))
                .hasSize(1);
        assertThat(conversation)
                .filteredOn(m -> Objects.equals(m.get("gapKind"), "FILE_NOT_INCLUDED"))
                .hasSize(1);
    }

    @Test
    void aWholeTelegramAccountBecomesOneConversationPerChat() {
        String collection = freshCollection();
        JsonPath status = importAndWait(collection, "account.zip", ChatExports.telegramZip("account"), Map.of());

        assertThat(status.getString("state")).isEqualTo("DONE");
        assertThat(status.getInt("counts.messages")).isEqualTo(6);
        assertThat(status.getInt("counts.systemMessages")).isEqualTo(4);
        assertThat(status.getInt("counts.attachments"))
                .isEqualTo(2); // a new group photo is a notice, not an attachment
        String export = status.getString("exportItem");
        assertThat(conversation(asArchivist(), export, 0)).hasSize(3);
        assertThat(conversation(asArchivist(), export, 1)).hasSize(5);
        assertThat(conversation(asArchivist(), export, 3)).hasSize(2);
    }

    static String sha256(byte[] b) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
