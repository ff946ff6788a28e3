package org.jeli.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.jeli.testsupport.Api.asInvestigator;
import static org.jeli.testsupport.Api.freshCollection;
import static org.jeli.testsupport.Api.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UploadAndReadBackTest {

    static byte[] randomBytes(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    @Test
    void uploadedBytesComeBackIdenticalWithTheirHash() throws Exception {
        byte[] bytes = randomBytes(3 * 1024 * 1024 + 17, 42);
        Response created = upload(
                freshCollection(),
                "VID-20230514-WA0003.mp4",
                bytes,
                Map.of("title", "Marché de Boni", "sourcePlatform", "whatsapp", "sensitivity", "restricted"));
        created.then().statusCode(201).header("Location", containsString("/api/items/"));
        String id = created.jsonPath().getString("id");
        assertThat(created.jsonPath().getString("sha256")).isEqualTo(sha256(bytes));
        assertThat(created.jsonPath().getLong("size")).isEqualTo(bytes.length);
        assertThat(created.jsonPath().getString("createdAt")).isNotBlank();

        byte[] back = asInvestigator()
                .get("/api/items/" + id + "/content")
                .then()
                .statusCode(200)
                .header("ETag", "\"" + sha256(bytes) + "\"")
                .header("Content-Length", String.valueOf(bytes.length))
                .extract()
                .asByteArray();
        assertThat(back).isEqualTo(bytes);

        asInvestigator()
                .get("/api/items/" + id)
                .then()
                .statusCode(200)
                .body("sha256", equalTo(sha256(bytes)))
                .body("claims.title", equalTo("Marché de Boni"))
                .body("claims.sourcePlatform", equalTo("whatsapp"))
                .body("submissions.size()", equalTo(1))
                .body("submissions[0].originalFilename", equalTo("VID-20230514-WA0003.mp4"));
    }

    @Test
    void sameBytesTwiceAreOneItemWithTwoSubmissions() {
        String collection = freshCollection();
        byte[] bytes = randomBytes(100_000, 7);
        Response first = upload(collection, "a.bin", bytes);
        Response second = upload(collection, "forwarded.bin", bytes);
        first.then().statusCode(201).body("newItem", equalTo(true));
        second.then().statusCode(201).body("newItem", equalTo(false)).body("newBlob", equalTo(false));
        assertThat(second.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        List<String> names = asInvestigator()
                .get("/api/items/" + first.jsonPath().getString("id"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("submissions.originalFilename");
        assertThat(names).containsExactly("a.bin", "forwarded.bin");
    }

    @Test
    void sameBytesInAnotherCollectionAreAnotherItemOverTheSameBlob() {
        byte[] bytes = randomBytes(50_000, 8);
        Response a = upload(freshCollection(), "a.bin", bytes);
        Response b = upload(freshCollection(), "a.bin", bytes);
        b.then().statusCode(201).body("newItem", equalTo(true)).body("newBlob", equalTo(false));
        assertThat(b.jsonPath().getString("id")).isNotEqualTo(a.jsonPath().getString("id"));
        assertThat(b.jsonPath().getString("sha256")).isEqualTo(a.jsonPath().getString("sha256"));
    }

    @Test
    void rangeRequestsServeTheFirstMiddleAndLastBytes() {
        byte[] bytes = randomBytes(1_000_000, 9);
        String id = upload(freshCollection(), "v.bin", bytes)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String url = "/api/items/" + id + "/content";

        byte[] first = asInvestigator()
                .header("Range", "bytes=0-0")
                .get(url)
                .then()
                .statusCode(206)
                .header("Content-Range", "bytes 0-0/1000000")
                .extract()
                .asByteArray();
        assertThat(first).containsExactly(bytes[0]);

        byte[] middle = asInvestigator()
                .header("Range", "bytes=500000-500999")
                .get(url)
                .then()
                .statusCode(206)
                .header("Content-Length", "1000")
                .extract()
                .asByteArray();
        assertThat(middle).isEqualTo(java.util.Arrays.copyOfRange(bytes, 500_000, 501_000));

        byte[] last = asInvestigator()
                .header("Range", "bytes=-10")
                .get(url)
                .then()
                .statusCode(206)
                .header("Content-Range", "bytes 999990-999999/1000000")
                .extract()
                .asByteArray();
        assertThat(last).isEqualTo(java.util.Arrays.copyOfRange(bytes, 999_990, 1_000_000));

        byte[] openEnded = asInvestigator()
                .header("Range", "bytes=999998-")
                .get(url)
                .then()
                .statusCode(206)
                .extract()
                .asByteArray();
        assertThat(openEnded).isEqualTo(java.util.Arrays.copyOfRange(bytes, 999_998, 1_000_000));

        asInvestigator()
                .header("Range", "bytes=1000000-")
                .get(url)
                .then()
                .statusCode(416)
                .header("Content-Range", "bytes */1000000")
                .contentType("application/problem+json")
                .body("code", equalTo("range-not-satisfiable"));
    }

    @Test
    void listsAreNewestFirstAndFilterByCollectionAndType() {
        String collection = freshCollection();
        String older = upload(collection, "one.bin", randomBytes(1000, 10))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String newer = upload(collection, "two.bin", randomBytes(1000, 11))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asInvestigator()
                .queryParam("collection", collection)
                .get("/api/items")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", equalTo(List.of(newer, older)));
        asInvestigator()
                .queryParam("collection", collection)
                .queryParam("mediaType", "video/*")
                .get("/api/items")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        asInvestigator()
                .queryParam("collection", collection)
                .queryParam("from", "2999-01-01")
                .get("/api/items")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        asInvestigator()
                .queryParam("collection", collection)
                .queryParam("size", 1)
                .queryParam("page", 1)
                .get("/api/items")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(older)));
    }
}
