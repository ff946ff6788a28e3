package org.jeli.ingest.tus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.jeli.testsupport.Api.asArchivist;
import static org.jeli.testsupport.Api.asInvestigator;
import static org.jeli.testsupport.Api.freshCollection;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jeli.testsupport.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TusUploadTest {
    @Inject
    PartFiles parts;

    @Test
    void optionsAnnounceTheProtocolAndItsExtensions() {
        RestAssured.given()
                .options("/api/uploads")
                .then()
                .statusCode(204)
                .header("Tus-Resumable", "1.0.0")
                .header("Tus-Version", "1.0.0")
                .header("Tus-Extension", "creation,creation-with-upload,termination,checksum,expiration")
                .header("Tus-Max-Size", notNullValue())
                .header("Tus-Checksum-Algorithm", "sha256");
    }

    @Test
    void aFileSentInChunksBecomesTheSameItemAsAMultipartUpload() {
        String collection = freshCollection();
        byte[] file = Tus.random(3 * 1024 * 1024 + 5, 11);
        Map<String, String> fields = Tus.fields(collection, "VID-20230514-WA0003.mp4");
        fields.put("title", "Marché de Boni");
        fields.put("sourcePlatform", "whatsapp");
        Response created = Tus.create(asArchivist(), file.length, fields);
        created.then()
                .statusCode(201)
                .header("Tus-Resumable", "1.0.0")
                .header("Upload-Offset", "0")
                .header("Upload-Expires", notNullValue());
        String path = Tus.path(created);
        long half = file.length / 2;
        Tus.patchWithChecksum(asArchivist(), path, 0, Tus.slice(file, 0, half), Tus.slice(file, 0, half))
                .then()
                .statusCode(204)
                .header("Upload-Offset", String.valueOf(half));
        Tus.head(asArchivist(), path)
                .then()
                .statusCode(200)
                .header("Upload-Offset", String.valueOf(half))
                .header("Upload-Length", String.valueOf(file.length))
                .header("Cache-Control", "no-store");
        Response last = Tus.patch(asArchivist(), path, half, Tus.slice(file, half, file.length));
        last.then().statusCode(204).header("Upload-Offset", String.valueOf(file.length));
        String item = last.header("Jeli-Item");
        assertThat(last.header("Link")).isEqualTo("</api/items/" + item + ">; rel=\"item\"");
        Tus.head(asArchivist(), path).then().statusCode(200).header("Jeli-Item", item);

        asInvestigator()
                .get("/api/items/" + item)
                .then()
                .statusCode(200)
                .body("sha256", equalTo(Tus.sha256(file)))
                .body("size", equalTo(file.length))
                .body("claims.title", equalTo("Marché de Boni"))
                .body("submissions[0].method", equalTo("tus"))
                .body("submissions[0].originalFilename", equalTo("VID-20230514-WA0003.mp4"));
        byte[] back = asInvestigator()
                .get("/api/items/" + item + "/content")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(back).isEqualTo(file);
        assertThat(parts.exists(id(path)))
                .as("part files are removed once the item is stored")
                .isFalse();
    }

    @Test
    void anUploadCutOffHalfWayResumesFromTheAcknowledgedOffset() throws Exception {
        String collection = freshCollection();
        byte[] file = Tus.random(2 * 1024 * 1024 + 3, 12);
        String path = Tus.path(Tus.create(asArchivist(), file.length, Tus.fields(collection, "cut.bin")));
        int sent = 1024 * 1024 + 77;
        // The phone loses the network: the PATCH announces the whole file, sends half, and the connection drops.
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            String auth = Base64.getEncoder()
                    .encodeToString((Api.ARCHIVIST + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
            String head = "PATCH " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth
                    + "\r\nTus-Resumable: 1.0.0\r\nUpload-Offset: 0\r\nContent-Type: " + Tus.CHUNK
                    + "\r\nContent-Length: " + file.length + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(file, 0, sent);
            out.flush();
            // The server has started writing the chunk to disk when the network goes.
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> parts.segments(id(path)).stream().anyMatch(s -> s.length() > 0));
        }
        // Once the broken PATCH is over (an empty PATCH at the offset HEAD reports is accepted), HEAD
        // tells what was kept: the bytes that reached the disk, acknowledged and durable.
        long acknowledged = Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            long at =
                                    Long.parseLong(Tus.head(asArchivist(), path).header("Upload-Offset"));
                            return Tus.patch(asArchivist(), path, at, new byte[0])
                                                    .statusCode()
                                            == 204
                                    ? at
                                    : -1L;
                        },
                        at -> at > 0);
        assertThat(acknowledged).isLessThanOrEqualTo(sent);
        Response last = Tus.patch(asArchivist(), path, acknowledged, Tus.slice(file, acknowledged, file.length));
        last.then().statusCode(204).header("Upload-Offset", String.valueOf(file.length));
        asInvestigator()
                .get("/api/items/" + last.header("Jeli-Item"))
                .then()
                .statusCode(200)
                .body("sha256", equalTo(Tus.sha256(file)));
    }

    @Test
    void aChunkThatFailsItsChecksumIsDiscardedWith460() {
        String collection = freshCollection();
        byte[] file = Tus.random(300_000, 13);
        String path = Tus.path(Tus.create(asArchivist(), file.length, Tus.fields(collection, "c.bin")));
        byte[] damaged = Tus.slice(file, 0, 100_000);
        damaged[500] ^= 1;
        Tus.patchWithChecksum(asArchivist(), path, 0, damaged, Tus.slice(file, 0, 100_000))
                .then()
                .statusCode(460)
                .body("code", equalTo("checksum-mismatch"));
        Tus.head(asArchivist(), path).then().statusCode(200).header("Upload-Offset", "0");
        Tus.patchWithChecksum(asArchivist(), path, 0, file, file).then().statusCode(204);
        asArchivist()
                .header("Tus-Resumable", "1.0.0")
                .header("Upload-Offset", "0")
                .header("Upload-Checksum", "md5 AAAA")
                .contentType(Tus.CHUNK)
                .body(new byte[1])
                .patch(path)
                .then()
                .statusCode(400)
                .body("code", equalTo("checksum-algorithm-unsupported"));
    }

    @Test
    void creationWithUploadStoresTheFileInOneRequest() {
        String collection = freshCollection();
        byte[] file = Tus.random(70_000, 14);
        Response created = asArchivist()
                .header("Tus-Resumable", "1.0.0")
                .header("Upload-Length", String.valueOf(file.length))
                .header("Upload-Metadata", Tus.metadata(Tus.fields(collection, "one.bin")))
                .contentType(Tus.CHUNK)
                .body(file)
                .post("/api/uploads");
        created.then().statusCode(201).header("Upload-Offset", String.valueOf(file.length));
        asInvestigator()
                .get("/api/items/" + created.header("Jeli-Item"))
                .then()
                .statusCode(200)
                .body("sha256", equalTo(Tus.sha256(file)));
    }

    @Test
    void terminationRemovesTheBytes() {
        String path = startedUpload();
        assertThat(parts.exists(id(path))).isTrue();
        asArchivist().header("Tus-Resumable", "1.0.0").delete(path).then().statusCode(204);
        assertThat(parts.exists(id(path))).isFalse();
        Tus.head(asArchivist(), path).then().statusCode(404);
    }

    @Test
    void protocolMistakesAreAnsweredAsTusPrescribes() {
        String path = startedUpload();
        Tus.patch(asArchivist(), path, 0, new byte[10])
                .then()
                .statusCode(409)
                .body("code", equalTo("upload-offset-mismatch"));
        asArchivist()
                .header("Upload-Offset", "1000")
                .contentType(Tus.CHUNK)
                .body(new byte[1])
                .patch(path)
                .then()
                .statusCode(412)
                .header("Tus-Version", "1.0.0");
        asArchivist()
                .header("Tus-Resumable", "1.0.0")
                .header("Upload-Offset", "1000")
                .contentType("application/octet-stream")
                .body(new byte[1])
                .patch(path)
                .then()
                .statusCode(415);
        Tus.patch(asArchivist(), path, 1000, new byte[200_000])
                .then()
                .statusCode(413)
                .body("code", equalTo("upload-exceeds-length"));
        Tus.head(asArchivist(), path).then().header("Upload-Offset", "1000");
    }

    @Test
    void metadataIsValidatedLikeAMultipartUpload() {
        String collection = freshCollection();
        Map<String, String> fields = Tus.fields(collection, "x.bin");
        fields.put("sensitivity", "top-secret");
        Tus.create(asArchivist(), 10, fields)
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid-field"))
                .body("field", equalTo("sensitivity"));
        Map<String, String> unknown = Tus.fields(collection, "x.bin");
        unknown.put("witnessName", "someone");
        Tus.create(asArchivist(), 10, unknown).then().statusCode(400).body("code", equalTo("invalid-field"));
        Tus.create(asArchivist(), 10, Map.of("filename", "x.bin"))
                .then()
                .statusCode(400)
                .body("field", equalTo("collection"));
    }

    @Test
    void someoneElsesUploadDoesNotExistForThem() {
        String collection = freshCollection();
        Api.user("tus-other-archivist", "archivist");
        Api.member(collection, "tus-other-archivist", "archivist", "sealed");
        String path = Tus.path(Tus.create(asArchivist(), 1000, Tus.fields(collection, "mine.bin")));
        Tus.head(Api.as("tus-other-archivist"), path).then().statusCode(404);
        Tus.patch(Api.as("tus-other-archivist"), path, 0, new byte[10])
                .then()
                .statusCode(404)
                .body("code", equalTo("upload-not-found"));
        Api.as("tus-other-archivist")
                .header("Tus-Resumable", "1.0.0")
                .delete(path)
                .then()
                .statusCode(404);
        Tus.head(asArchivist(), path).then().statusCode(200).header("Upload-Offset", "0");
    }

    @Test
    void onlyArchivistsOfTheCollectionMayStartAnUpload() {
        String collection = freshCollection();
        Api.user("tus-outsider", "archivist");
        Tus.create(Api.as("tus-outsider"), 10, Tus.fields(collection, "x.bin"))
                .then()
                .statusCode(404)
                .body("code", equalTo("collection-not-found"));
        Tus.create(asInvestigator(), 10, Tus.fields(collection, "x.bin")).then().statusCode(403);
        RestAssured.given()
                .header("Tus-Resumable", "1.0.0")
                .header("Upload-Length", "10")
                .post("/api/uploads")
                .then()
                .statusCode(401);
    }

    @Test
    void perUserLimitsOnOpenUploadsAndBytesInFlight() {
        String collection = freshCollection();
        String user = "tus-limits-" + UUID.randomUUID().toString().substring(0, 8);
        Api.user(user, "archivist");
        Api.member(collection, user, "archivist", "sealed");
        long eightGiB = 8L << 30;
        Tus.create(Api.as(user), eightGiB, Tus.fields(collection, "a.bin"))
                .then()
                .statusCode(201);
        Tus.create(Api.as(user), eightGiB, Tus.fields(collection, "b.bin"))
                .then()
                .statusCode(201);
        Tus.create(Api.as(user), eightGiB, Tus.fields(collection, "c.bin"))
                .then()
                .statusCode(413)
                .body("code", equalTo("uploads-too-large"));
        for (int i = 2; i < 20; i++) {
            Tus.create(Api.as(user), 1, Tus.fields(collection, i + ".bin"))
                    .then()
                    .statusCode(201);
        }
        Tus.create(Api.as(user), 1, Tus.fields(collection, "21.bin"))
                .then()
                .statusCode(429)
                .body("code", equalTo("too-many-uploads"));
    }

    private String startedUpload() {
        String path = Tus.path(Tus.create(asArchivist(), 101_000, Tus.fields(freshCollection(), "s.bin")));
        Tus.patch(asArchivist(), path, 0, new byte[1000]).then().statusCode(204).header("Upload-Offset", "1000");
        return path;
    }

    static UUID id(String path) {
        return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
    }
}
