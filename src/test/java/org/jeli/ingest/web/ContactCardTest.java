package org.jeli.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jeli.testsupport.Api.asInvestigator;
import static org.jeli.testsupport.Api.freshCollection;
import static org.jeli.testsupport.Api.upload;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.jeli.testsupport.Api;
import org.junit.jupiter.api.Test;

/** A shared contact card names a person and their numbers: below the identifying clearance none of it shows. */
@QuarkusTest
class ContactCardTest {
    private static final String CARD =
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Moussa Diallo\r\nN:Diallo;Moussa;;;\r\nTEL;TYPE=CELL:+223 76 12 34 56\r\nEND:VCARD\r\n";

    @Test
    void aViewerBelowTheClearanceSeesNoNameOrNumberOfAContactCardWhileAnInvestigatorDoes() {
        String collection = freshCollection();
        String id = upload(
                        collection,
                        "Moussa.vcf",
                        CARD.getBytes(StandardCharsets.UTF_8),
                        Map.of("sensitivity", "restricted"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        MetadataExtractionTest.extracted(id);
        String viewer = "card-viewer-" + UUID.randomUUID();
        Api.user(viewer, "viewer");
        Api.member(collection, viewer, "viewer", "restricted");

        String hidden = Api.as(viewer)
                .get("/api/items/" + id + "/text")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(hidden).isEqualTo(Redaction.CONTACT_CARD_HIDDEN).doesNotContain("Moussa", "Diallo", "76 12");
        assertThat(Api.as(viewer).get("/items/" + id).asString()).doesNotContain("Moussa", "Diallo", "76 12 34");

        String cleared = asInvestigator()
                .get("/api/items/" + id + "/text")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(cleared).contains("Moussa Diallo");
    }
}
