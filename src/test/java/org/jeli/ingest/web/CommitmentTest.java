package org.jeli.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.jeli.testsupport.Api.asArchivist;
import static org.jeli.testsupport.Api.asInvestigator;
import static org.jeli.testsupport.Api.freshCollection;
import static org.jeli.testsupport.Api.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import org.jeli.testsupport.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommitmentTest {

    @Test
    void aCommitmentIsLoggedAtOnceWithoutItsClaimsInClear() {
        String collection = freshCollection();
        byte[] file = bytes(40_000, 1);
        Response c = commit(collection, file, Map.of("title", "Témoin du marché de Boni", "claimedLocation", "Boni"));
        c.then().statusCode(201).body("state", equalTo("open")).body("sha256", equalTo(sha256(file)));
        long index = c.jsonPath().getLong("logIndex");
        String entry = asArchivist()
                .get("/api/log/entries/" + index)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(entry)
                .contains("\"kind\":\"item.committed\"")
                .contains(sha256(file))
                .contains("\"size\":" + file.length)
                .doesNotContain("Boni")
                .doesNotContain("moin");
        asInvestigator()
                .get("/api/commitments?collection=" + collection)
                .then()
                .statusCode(200)
                .body("commitments.size()", equalTo(1))
                .body("commitments[0].claims.title", equalTo("Témoin du marché de Boni"));
    }

    @Test
    void bytesThatNameTheCommitmentFulfilItAndTheItemTakesItsClaims() {
        String collection = freshCollection();
        byte[] file = bytes(50_000, 2);
        String id = commit(collection, file, Map.of("title", "Committed title"))
                .jsonPath()
                .getString("id");
        Response item = upload(collection, "later.bin", file, Map.of("commitment", id));
        item.then().statusCode(201);
        String itemId = item.jsonPath().getString("id");
        asArchivist()
                .get("/api/commitments/" + id)
                .then()
                .statusCode(200)
                .body("state", equalTo("fulfilled"))
                .body("item", equalTo(itemId));
        asInvestigator()
                .get("/api/items/" + itemId)
                .then()
                .statusCode(200)
                .body("claims.title", equalTo("Committed title"));
        String custody = asInvestigator()
                .get("/api/items/" + itemId + "/custody")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(custody).contains("commitment.fulfilled");
    }

    @Test
    void bytesSentByTusWithTheCommittedHashFulfilTheCommitment() {
        String collection = freshCollection();
        byte[] file = bytes(30_000, 3);
        String id = commit(collection, file, Map.of()).jsonPath().getString("id");
        String metadata = "collection " + b64(collection) + ",filename " + b64("f.bin");
        Response done = asArchivist()
                .header("Tus-Resumable", "1.0.0")
                .header("Upload-Length", String.valueOf(file.length))
                .header("Upload-Metadata", metadata)
                .contentType("application/offset+octet-stream")
                .body(file)
                .post("/api/uploads");
        done.then().statusCode(201);
        asArchivist()
                .get("/api/commitments/" + id)
                .then()
                .statusCode(200)
                .body("state", equalTo("fulfilled"))
                .body("item", equalTo(done.header("Jeli-Item")));
    }

    @Test
    void bytesThatDoNotMatchTheirCommitmentAreRefusedAndTheAttemptLogged() {
        String collection = freshCollection();
        byte[] committed = bytes(20_000, 4);
        byte[] other = bytes(20_000, 5);
        String id = commit(collection, committed, Map.of()).jsonPath().getString("id");
        Response refused = upload(collection, "wrong.bin", other, Map.of("commitment", id));
        refused.then()
                .statusCode(409)
                .body("code", equalTo("commitment-mismatch"))
                .body("expected.sha256", equalTo(sha256(committed)))
                .body("received.sha256", equalTo(sha256(other)));
        String entry = asArchivist()
                .get("/api/log/entries/" + refused.jsonPath().getLong("logIndex"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(entry).contains("\"kind\":\"commitment.mismatched\"").contains(sha256(other));
        asArchivist().get("/api/commitments/" + id).then().statusCode(200).body("state", equalTo("open"));
        asInvestigator()
                .contentType("application/json")
                .get("/api/items?collection=" + collection)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void onlyArchivistsMayCommitAndOnlyMembersSeeCommitments() {
        String collection = freshCollection();
        byte[] file = bytes(1_000, 6);
        Api.user("commit-outsider", "archivist");
        Response outsider = Api.as("commit-outsider")
                .contentType("application/json")
                .body(Map.of("collection", collection, "sha256", sha256(file), "size", file.length))
                .post("/api/commitments");
        outsider.then().statusCode(404).body("code", equalTo("collection-not-found"));
        asInvestigator()
                .contentType("application/json")
                .body(Map.of("collection", collection, "sha256", sha256(file), "size", file.length))
                .post("/api/commitments")
                .then()
                .statusCode(403);
        String id = commit(collection, file, Map.of()).jsonPath().getString("id");
        Api.as("commit-outsider").get("/api/commitments/" + id).then().statusCode(404);
        Api.as("commit-outsider")
                .get("/api/commitments?collection=" + collection)
                .then()
                .statusCode(404);
        asArchivist()
                .contentType("application/json")
                .body(Map.of("collection", collection, "sha256", "xyz", "size", 1))
                .post("/api/commitments")
                .then()
                .statusCode(400)
                .body("field", equalTo("sha256"));
    }

    private static Response commit(String collection, byte[] file, Map<String, String> claims) {
        Map<String, Object> body = new HashMap<>(claims);
        body.put("collection", collection);
        body.put("sha256", sha256(file));
        body.put("size", file.length);
        return asArchivist().contentType("application/json").body(body).post("/api/commitments");
    }

    private static byte[] bytes(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
