package org.jeli.storage.s3;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.jeli.testsupport.Api.asAdmin;
import static org.jeli.testsupport.Api.asInvestigator;
import static org.jeli.testsupport.Api.freshCollection;
import static org.jeli.testsupport.Api.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jeli.storage.BlobStore;
import org.jeli.testsupport.S3ProxyResource;
import org.jeli.testsupport.S3ProxyServer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The whole application on {@code jeli.storage.backend=s3}: upload, download, ranges, health, fixity. */
@QuarkusTest
@TestProfile(S3BackendTest.OnS3.class)
class S3BackendTest {
    public static class OnS3 implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(S3ProxyResource.class));
        }
    }

    @Inject
    BlobStore blobs;

    @ConfigProperty(name = "jeli.test.s3.endpoint")
    URI endpoint;

    private S3Client bucket() {
        return S3Clients.create(
                Optional.of(endpoint),
                "us-east-1",
                true,
                Optional.of(S3ProxyServer.ACCESS_KEY),
                Optional.of(S3ProxyServer.SECRET_KEY));
    }

    @Test
    void anUploadLargerThanOnePartLandsEncryptedInTheBucketAndDownloadsWhole() throws Exception {
        assertThat(blobs).isInstanceOf(S3BlobStore.class);
        byte[] bytes = new byte[6 * 1024 * 1024 + 4321];
        new Random(10).nextBytes(bytes);
        String sha256 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));

        String id = upload(freshCollection(), "long-video.bin", bytes)
                .then()
                .statusCode(201)
                .body("sha256", equalTo(sha256))
                .extract()
                .path("id");

        byte[] back = asInvestigator()
                .get("/api/items/" + id + "/content")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(back).isEqualTo(bytes);
        byte[] middle = asInvestigator()
                .header("Range", "bytes=5242000-5243999")
                .get("/api/items/" + id + "/content")
                .then()
                .statusCode(206)
                .header("Content-Range", "bytes 5242000-5243999/" + bytes.length)
                .extract()
                .asByteArray();
        assertThat(middle).isEqualTo(Arrays.copyOfRange(bytes, 5_242_000, 5_244_000));

        try (S3Client s3 = bucket()) {
            List<String> keys = s3.listObjectsV2Paginator(b -> b.bucket(S3ProxyResource.BUCKET)).contents().stream()
                    .map(S3Object::key)
                    .toList();
            assertThat(keys).allMatch(k -> k.startsWith("objects/") && !k.contains(sha256.substring(0, 16)));
            assertThat(keys).noneMatch(k -> k.startsWith("tmp/"));
        }
    }

    @Test
    void textIsExtractedFromAnS3BlobThroughAScratchCopy() {
        String id = upload(
                        freshCollection(),
                        "statement.txt",
                        "Témoignage recueilli à Boni le 14 mai.".getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertThat(org.jeli.testsupport.Api.extracted(id, Duration.ofSeconds(60))
                        .getString("metadata.outcome"))
                .isEqualTo("OK");
    }

    @Test
    void theStoreIsReadyAndTheFixityAuditReadsTheBucket() {
        upload(freshCollection(), "audited.bin", new byte[70_000]).then().statusCode(201);

        given().get("/q/health/ready").then().statusCode(200);
        var audit = asAdmin()
                .post("/api/admin/fixity/run")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(audit.getLong("outcomes.OK")).isGreaterThanOrEqualTo(1);
        assertThat(audit.getLong("damagedBlobs")).isZero();
    }
}
