package org.jeli.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.jeli.testsupport.Api.asInvestigator;
import static org.jeli.testsupport.Api.freshCollection;
import static org.jeli.testsupport.Api.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.jeli.storage.quarkus.StorageConfig;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(UploadLimitsTest.SmallLimit.class)
class UploadLimitsTest {
    public static class SmallLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jeli.ingest.max-upload-size", "65536");
        }
    }

    @Inject
    StorageConfig storage;

    @Test
    void anUploadOverTheLimitIsRefusedAndLeavesNothingBehind() throws IOException {
        String collection = freshCollection();
        upload(collection, "big.bin", new byte[70_000])
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("code", equalTo("too-large"));
        asInvestigator()
                .queryParam("collection", collection)
                .get("/api/items")
                .then()
                .body("total", equalTo(0));
        try (Stream<Path> tmp = Files.list(storage.root().resolve("tmp"))) {
            assertThat(tmp).isEmpty();
        }
    }

    @Test
    void aDeclaredLengthFarOverTheLimitIsRefusedBeforeReading() {
        upload(freshCollection(), "huge.bin", new byte[2 * 1024 * 1024]).then().statusCode(413);
    }

    @Test
    void anUploadAtTheLimitIsAccepted() {
        upload(freshCollection(), "ok.bin", new byte[65536])
                .then()
                .statusCode(201)
                .body("size", equalTo(65536));
    }
}
