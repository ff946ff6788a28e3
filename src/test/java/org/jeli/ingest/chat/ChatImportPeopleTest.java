package org.jeli.ingest.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jeli.ingest.chat.ChatExports.conversation;
import static org.jeli.ingest.chat.ChatExports.importAndWait;
import static org.jeli.testsupport.Api.as;
import static org.jeli.testsupport.Api.asArchivist;
import static org.jeli.testsupport.Api.asInvestigator;
import static org.jeli.testsupport.Api.freshCollection;
import static org.jeli.testsupport.Api.member;
import static org.jeli.testsupport.Api.user;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who sees which names, who sees the import at all, and where the same media came from. */
@QuarkusTest
class ChatImportPeopleTest {
    private static final Map<String, String> RESTRICTED = Map.of("sensitivity", "restricted");

    @Test
    void belowClearanceSendersArePseudonymsStableAcrossImportsOfOneCollection() {
        String collection = freshCollection();
        String viewer = "chat-viewer-" + UUID.randomUUID();
        user(viewer, "viewer");
        member(collection, viewer, "viewer", "restricted");
        JsonPath en = importAndWait(
                collection,
                "en.zip",
                ChatExports.whatsAppZip(
                        "android-en-24h-day-first-with-media.txt", "WhatsApp Chat with Boni Entraide.txt", Map.of()),
                RESTRICTED);
        JsonPath fr = importAndWait(
                collection,
                "fr.zip",
                ChatExports.whatsAppZip(
                        "android-fr-24h-day-first-with-media.txt",
                        "Discussion WhatsApp avec Boni Entraide.txt",
                        Map.of()),
                RESTRICTED);

        Map<String, String> pseudonymOf = new HashMap<>();
        for (JsonPath export : List.of(en, fr)) {
            String item = export.getString("exportItem");
            List<Map<String, Object>> named = conversation(asInvestigator(), item, 0);
            List<Map<String, Object>> hidden = conversation(as(viewer), item, 0);
            assertThat(hidden).hasSameSizeAs(named);
            for (int i = 0; i < named.size(); i++) {
                Object name = named.get(i).get("sender");
                Object shown = hidden.get(i).get("sender");
                if (name == null || named.get(i).get("kind").equals("SYSTEM")) {
                    continue;
                }
                assertThat((String) shown).matches("Participant \\d+");
                String before = pseudonymOf.putIfAbsent((String) name, (String) shown);
                assertThat(before == null ? shown : before).isEqualTo(shown);
            }
            String body = as(viewer)
                    .queryParam("after", 200)
                    .get("/api/items/" + item + "/conversation")
                    .asString();
            assertThat(body).doesNotContain("Awa", "Moussa", "+223", "70 12 34 56");
        }
        assertThat(pseudonymOf).containsKeys("Awa Traoré", "Moussa Diallo", "+223 70 12 34 56");
        assertThat(pseudonymOf.values()).doesNotHaveDuplicates();
    }

    @Test
    void theSameMediaInTwoExportsIsOneBlobWithTwoArrivals() {
        String collection = freshCollection();
        Map<String, byte[]> media = new HashMap<>();
        for (String name : List.of(
                "IMG-20230312-WA0001.jpg",
                "PTT-20230313-WA0002.opus",
                "VID-20230312-WA0002.mp4",
                "PTT-20230313-WA0003.opus")) {
            media.put(name, (collection + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        JsonPath first = importAndWait(
                collection,
                "en.zip",
                ChatExports.whatsAppZip(
                        "android-en-24h-day-first-with-media.txt", "WhatsApp Chat with Boni Entraide.txt", media),
                Map.of("sourceDetail", "Boni Entraide"));
        JsonPath second = importAndWait(
                collection,
                "fr.zip",
                ChatExports.whatsAppZip(
                        "android-fr-24h-day-first-with-media.txt", "Discussion WhatsApp avec Boni Entraide.txt", media),
                Map.of("sourceDetail", "Douentza diaspora"));

        assertThat(first.getInt("counts.duplicates")).isZero();
        assertThat(second.getInt("counts.duplicates")).isEqualTo(1);
        String photoSha = ChatImportFixturesTest.sha256(media.get("IMG-20230312-WA0001.jpg"));
        List<String> photos = asArchivist()
                .queryParam("collection", collection)
                .queryParam("size", 200)
                .get("/api/items")
                .jsonPath()
                .getList("items.findAll { it.sha256 == '" + photoSha + "' }.id");
        assertThat(photos).hasSize(1);
        JsonPath photo = asArchivist()
                .get("/api/items/" + photos.get(0))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(photo.getList("arrivals.via")).containsExactly("import", "import");
        assertThat(photo.getList("arrivals.export"))
                .containsExactly(first.getString("exportItem"), second.getString("exportItem"));
        assertThat(photo.getList("arrivals.group")).containsExactly("Boni Entraide", "Douentza diaspora");
        assertThat(photo.getList("attachedTo")).hasSize(2);
    }

    @Test
    void aNonMemberLearnsNothingOfTheImportOrItsMessages() {
        String collection = freshCollection();
        String outsider = "chat-outsider-" + UUID.randomUUID();
        user(outsider, "archivist");
        JsonPath status = importAndWait(
                collection,
                "en.zip",
                ChatExports.whatsAppZip("android-en-bom-crlf.txt", "WhatsApp Chat with Boni.txt", Map.of()),
                Map.of());
        String message =
                (String) conversation(status.getString("exportItem")).get(0).get("item");

        as(outsider).get("/api/imports/" + status.getString("id")).then().statusCode(404);
        as(outsider).get("/api/items/" + message).then().statusCode(404);
        as(outsider).get("/api/items/" + message + "/conversation").then().statusCode(404);
        as(outsider)
                .queryParam("collection", collection)
                .get("/api/imports")
                .then()
                .statusCode(404);
        as(outsider)
                .multiPart("collection", collection)
                .multiPart("file", "x.zip", new byte[] {1}, "application/zip")
                .post("/api/imports")
                .then()
                .statusCode(404);
        assertThat(asArchivist()
                        .queryParam("collection", collection)
                        .get("/api/imports")
                        .jsonPath()
                        .getList("imports.id"))
                .containsExactly(status.getString("id"));
    }
}
