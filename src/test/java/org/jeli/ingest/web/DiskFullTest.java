package org.jeli.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
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
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jeli.storage.quarkus.StorageConfig;
import org.jeli.testsupport.SmallDiskResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(DiskFullTest.SmallDisk.class)
class DiskFullTest {
    public static class SmallDisk implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SmallDiskResource.class));
        }
    }

    @ConfigProperty(name = SmallDiskResource.AVAILABLE)
    boolean smallDisk;

    @Inject
    StorageConfig storage;

    @Test
    void aFullDiskAnswers507LeavesNothingHalfWrittenAndRecoversWhenSpaceReturns() throws IOException {
        assumeThat(smallDisk).as("mounting a 4 MiB tmpfs needs root").isTrue();
        String collection = freshCollection();
        upload(collection, "too-big-for-the-disk.bin", new byte[6 * 1024 * 1024])
                .then()
                .statusCode(507)
                .contentType("application/problem+json")
                .body("code", equalTo("storage-full"));
        try (Stream<Path> tmp = Files.list(storage.root().resolve("tmp"))) {
            assertThat(tmp).isEmpty();
        }
        asInvestigator()
                .queryParam("collection", collection)
                .get("/api/items")
                .then()
                .body("total", equalTo(0));
        upload(collection, "small.bin", new byte[100_000]).then().statusCode(201);
    }
}
