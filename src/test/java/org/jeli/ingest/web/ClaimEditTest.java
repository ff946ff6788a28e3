package org.jeli.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.jeli.testsupport.Api.as;
import static org.jeli.testsupport.Api.asArchivist;
import static org.jeli.testsupport.Api.asInvestigator;
import static org.jeli.testsupport.Api.freshCollection;
import static org.jeli.testsupport.Api.member;
import static org.jeli.testsupport.Api.upload;
import static org.jeli.testsupport.Api.user;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An archivist corrects a claim; the correction is logged and the old value is kept. */
@QuarkusTest
class ClaimEditTest {

    @Test
    void anArchivistCorrectsATitleAndTheEditIsOnTheCustodyTimeline() {
        String collection = freshCollection();
        String id = upload(
                        collection,
                        "v.bin",
                        UUID.randomUUID().toString().getBytes(),
                        Map.of("title", "Marche", "claimedLocation", "Boni"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asArchivist()
                .contentType("application/json")
                .body(Map.of("title", "Marché de Boni", "language", "fr"))
                .patch("/api/items/" + id + "/claims")
                .then()
                .statusCode(200)
                .body("claims.title", equalTo("Marché de Boni"));
        asInvestigator()
                .get("/api/items/" + id)
                .then()
                .statusCode(200)
                .body("claims.title", equalTo("Marché de Boni"))
                .body("claims.language", equalTo("fr"))
                .body("claims.claimedLocation", equalTo("Boni"));
        List<String> kinds = asInvestigator()
                .get("/api/items/" + id + "/custody")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("entries.kind");
        assertThat(kinds).contains("claims.edited");
        String payload = asInvestigator()
                .get("/api/items/" + id + "/custody")
                .then()
                .extract()
                .jsonPath()
                .getString("entries.find { it.kind == 'claims.edited' }.entry.payload.before");
        assertThat(payload).startsWith("c1:").doesNotContain("Marche");
    }

    @Test
    void onlyArchivistsEditClaimsAndOnlyDescriptiveOnes() {
        String collection = freshCollection();
        String id = upload(collection, "w.bin", UUID.randomUUID().toString().getBytes())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asInvestigator()
                .contentType("application/json")
                .body(Map.of("title", "x"))
                .patch("/api/items/" + id + "/claims")
                .then()
                .statusCode(403);
        asArchivist()
                .contentType("application/json")
                .body(Map.of("sensitivity", "public"))
                .patch("/api/items/" + id + "/claims")
                .then()
                .statusCode(400)
                .body("field", equalTo("sensitivity"));
        asArchivist()
                .contentType("application/json")
                .body(Map.of("claimedCapturedAt", "yesterday"))
                .patch("/api/items/" + id + "/claims")
                .then()
                .statusCode(400)
                .body("field", equalTo("claimedCapturedAt"));
        String outsider = "outsider-" + UUID.randomUUID().toString().substring(0, 8);
        user(outsider, "archivist");
        as(outsider)
                .contentType("application/json")
                .body(Map.of("title", "x"))
                .patch("/api/items/" + id + "/claims")
                .then()
                .statusCode(404);
        String viewer = "viewer-" + UUID.randomUUID().toString().substring(0, 8);
        user(viewer, "viewer");
        member(collection, viewer, "viewer", "sealed");
        as(viewer)
                .contentType("application/json")
                .body(Map.of("title", "x"))
                .patch("/api/items/" + id + "/claims")
                .then()
                .statusCode(403);
    }
}
