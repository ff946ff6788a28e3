package org.jeli.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jeli.common.Digest;
import org.jeli.storage.StagedBlob;
import org.jeli.storage.crypto.KekRing;
import org.jeli.storage.filesystem.DataKeys;
import org.jeli.storage.filesystem.Encryption;
import org.jeli.storage.filesystem.KekFiles;
import org.jeli.testsupport.S3ProxyServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectLockConfigurationResponse;
import software.amazon.awssdk.services.s3.model.ObjectLockEnabled;

/**
 * What the store asks of a bucket with Object Lock. S3Proxy implements no Object Lock, so the one
 * answer it cannot give — "Object Lock is enabled" to GetObjectLockConfiguration — is supplied by
 * an SDK interceptor; every other request goes to S3Proxy over HTTP, and the test reads the
 * requests as sent. Whether a real server then enforces the retention is for MinIO or AWS to show
 * (README, "S3 object storage").
 */
class ObjectLockRequestsTest {
    private static final byte[] NAME_KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String BUCKET = "locked";
    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    @TempDir
    Path dir;

    private S3ProxyServer server;
    private S3Client s3;
    private final List<SdkHttpRequest> sent = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = S3ProxyServer.start(true);
        s3 = S3Client.builder()
                .endpointOverride(server.endpoint())
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY)))
                .overrideConfiguration(c -> c.addExecutionInterceptor(new LockedBucket()))
                .build();
        s3.createBucket(b -> b.bucket(BUCKET));
    }

    @AfterEach
    void stop() throws Exception {
        s3.close();
        server.close();
    }

    private S3BlobStore open(S3Settings settings) throws IOException {
        KekRing ring = KekRing.of(KekFiles.loadOrCreate(dir.resolve("keys/kek"), RANDOM));
        DataKeys keys = new DataKeys(dir.resolve("keys/data-keys"), ring, RANDOM);
        return new S3BlobStore(
                s3,
                settings,
                NAME_KEY,
                new Encryption(keys, 4096, RANDOM),
                dir.resolve("keys/data-keys/commit-locks"),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aCommittedObjectIsCreatedWithItsRetentionAndStagingObjectsWithout() throws IOException {
        S3BlobStore store = open(
                S3Settings.of(BUCKET, S3Settings.MIN_PART_SIZE, S3Settings.Retention.COMPLIANCE, Duration.ofDays(30)));
        assertThat(store.objectLockEnabled()).isTrue();

        commit(store, 10_000);

        SdkHttpRequest copy = only(
                "PUT",
                "objects/",
                r -> r.firstMatchingHeader("x-amz-copy-source").isPresent());
        assertThat(copy.firstMatchingHeader("x-amz-object-lock-mode")).contains("COMPLIANCE");
        assertThat(copy.firstMatchingHeader("x-amz-object-lock-retain-until-date"))
                .contains("2025-03-31T10:00:00Z");
        assertThat(sent)
                .filteredOn(r -> r.encodedPath().contains("/tmp/"))
                .isNotEmpty()
                .allMatch(r -> r.firstMatchingHeader("x-amz-object-lock-mode").isEmpty());
    }

    @Test
    void aMultipartCopyIsCreatedWithItsRetention() throws IOException {
        int part = S3Settings.MIN_PART_SIZE;
        S3BlobStore store =
                open(new S3Settings(BUCKET, part, S3Settings.Retention.GOVERNANCE, Duration.ofDays(3650), part, part));

        commit(store, part + 1000);

        SdkHttpRequest create =
                only("POST", "objects/", r -> r.rawQueryParameters().containsKey("uploads"));
        assertThat(create.firstMatchingHeader("x-amz-object-lock-mode")).contains("GOVERNANCE");
        assertThat(create.firstMatchingHeader("x-amz-object-lock-retain-until-date"))
                .contains("2035-02-27T10:00:00Z");
    }

    @Test
    void retentionModeNoneSetsNoRetentionEvenOnALockedBucket() throws IOException {
        S3BlobStore store =
                open(S3Settings.of(BUCKET, S3Settings.MIN_PART_SIZE, S3Settings.Retention.NONE, Duration.ofDays(1)));

        commit(store, 1000);

        assertThat(sent)
                .allMatch(r -> r.firstMatchingHeader("x-amz-object-lock-mode").isEmpty());
    }

    @Test
    void aLegalHoldIsRequestedOnTheBlobsObject() throws IOException {
        S3BlobStore store = open(
                S3Settings.of(BUCKET, S3Settings.MIN_PART_SIZE, S3Settings.Retention.GOVERNANCE, Duration.ofDays(1)));
        Digest sha256 = commit(store, 1000);
        sent.clear();

        store.legalHold(sha256, true);

        SdkHttpRequest hold =
                only("PUT", "objects/", r -> r.rawQueryParameters().containsKey("legal-hold"));
        assertThat(hold.encodedPath()).endsWith(".enc");
        assertThat(hold.firstMatchingHeader("Content-MD5").or(() -> hold.firstMatchingHeader("x-amz-checksum-crc32")))
                .isPresent();
        // S3Proxy does not know ?legal-hold and stores the request's XML as the object instead (seen
        // here: the object became 128 bytes). That is why the store sends Object Lock requests only
        // to a bucket that itself reports Object Lock as enabled, which S3Proxy never does.
    }

    private Digest commit(S3BlobStore store, int size) throws IOException {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        try (StagedBlob staged = store.stage(new ByteArrayInputStream(content), Long.MAX_VALUE)) {
            assertThat(staged.commit()).isTrue();
            return staged.sha256();
        }
    }

    private SdkHttpRequest only(String method, String keyPrefix, java.util.function.Predicate<SdkHttpRequest> what) {
        List<SdkHttpRequest> matching = sent.stream()
                .filter(r -> r.method().name().equals(method))
                .filter(r -> r.encodedPath().startsWith("/" + BUCKET + "/" + keyPrefix))
                .filter(what)
                .toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    /** Records every request as sent; answers "Object Lock enabled" for the bucket, as MinIO would. */
    private final class LockedBucket implements ExecutionInterceptor {
        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            sent.add(context.httpRequest());
        }

        @Override
        public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
            if (context.response() instanceof GetObjectLockConfigurationResponse) {
                return GetObjectLockConfigurationResponse.builder()
                        .objectLockConfiguration(c -> c.objectLockEnabled(ObjectLockEnabled.ENABLED))
                        .build();
            }
            return context.response();
        }
    }
}
