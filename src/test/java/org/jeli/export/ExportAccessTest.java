package org.jeli.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jeli.testsupport.Api.as;
import static org.jeli.testsupport.Api.asAdmin;
import static org.jeli.testsupport.Api.freshCollection;
import static org.jeli.testsupport.Api.member;
import static org.jeli.testsupport.Api.upload;
import static org.jeli.testsupport.Api.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jeli.testsupport.ExifJpegWriter;
import org.jeli.verify.PackageReport;
import org.jeli.verify.PackageVerifier;
import org.jeli.verify.VerifyOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports follow the access rules: need-to-know, clearance, identifying fields, and the log records them. */
@QuarkusTest
class ExportAccessTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private record Setup(String collection, String restricted, String confidential, String low, String viewer) {}

    private Setup setup() {
        String collection = freshCollection();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String low = "inv-low-" + suffix;
        String viewer = "viewer-" + suffix;
        user(low, "investigator");
        user(viewer, "viewer");
        member(collection, low, "investigator", "restricted");
        member(collection, viewer, "viewer", "sealed");
        byte[] jpeg =
                ExifJpegWriter.jpegWithExif(LocalDateTime.of(2023, 3, 12, 10, 30), 14.35, -3.61, "Tecno", "Spark 10");
        String restricted = upload(
                        collection, "r.jpg", jpeg, Map.of("sensitivity", "restricted", "claimedLocation", "Boni"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String confidential = upload(
                        collection,
                        "c.txt",
                        "secret".getBytes(StandardCharsets.UTF_8),
                        Map.of("sensitivity", "confidential"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return new Setup(collection, restricted, confidential, low, viewer);
    }

    private static io.restassured.response.Response export(RequestSpecification as, Map<String, Object> body) {
        return as.contentType("application/json").body(body).post("/api/exports");
    }

    @Test
    void anItemAboveTheExportersClearanceIsNotFoundAndNothingIsExported() {
        Setup s = setup();
        export(as(s.low()), Map.of("items", List.of(s.restricted(), s.confidential())))
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aCollectionExportHoldsOnlyWhatTheExporterMaySeeAndHidesIdentifyingFieldsBelowTheirClearance()
            throws Exception {
        Setup s = setup();
        byte[] zip = export(as(s.low()), Map.of("collection", s.collection()))
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        Path file = Files.write(tmp.resolve("low.zip"), zip);
        PackageReport report = new PackageVerifier(VerifyOptions.defaults()).verify(file);
        assertThat(report.verified()).isTrue();
        assertThat(report.items()).extracting(i -> i.id()).containsExactly(s.restricted());
        Path root = Bags.unzip(file, tmp.resolve("low"));
        JsonNode metadata =
                JSON.readTree(Files.readAllBytes(root.resolve("jeli/items/" + s.restricted() + "/metadata.json")));
        assertThat(metadata.get("identifyingFields").asText()).isEqualTo("hidden");
        assertThat(metadata.get("places")).isEmpty();
        String all = new String(
                Files.readAllBytes(root.resolve("jeli/items/" + s.restricted() + "/metadata.json")),
                StandardCharsets.UTF_8);
        assertThat(all).doesNotContain("14.35").doesNotContain("Boni");
    }

    /** The fully cleared test investigator exports one item; returns the unzipped bag. */
    private Path exportedByTheInvestigator(String item, String name) throws IOException {
        byte[] zip = org.jeli.testsupport.Api.asInvestigator()
                .contentType("application/json")
                .body(Map.of("items", List.of(item)))
                .post("/api/exports")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        return Bags.unzip(Files.write(tmp.resolve(name + ".zip"), zip), tmp.resolve(name));
    }

    @Test
    void aFullyClearedInvestigatorSeesIdentifyingFields() throws Exception {
        Setup s = setup();
        Path root = exportedByTheInvestigator(s.restricted(), "full");
        JsonNode metadata =
                JSON.readTree(Files.readAllBytes(root.resolve("jeli/items/" + s.restricted() + "/metadata.json")));
        assertThat(metadata.get("identifyingFields").asText()).isEqualTo("shown");
    }

    @Test
    void viewersAndArchivistsMayNotExportAndAnOutsiderOrAdministratorLearnsNothing() {
        Setup s = setup();
        export(as(s.viewer()), Map.of("items", List.of(s.restricted()))).then().statusCode(403);
        export(org.jeli.testsupport.Api.asArchivist(), Map.of("items", List.of(s.restricted())))
                .then()
                .statusCode(403);
        String outsider = "outsider-" + UUID.randomUUID().toString().substring(0, 8);
        user(outsider, "investigator");
        export(as(outsider), Map.of("items", List.of(s.restricted()))).then().statusCode(404);
        export(as(outsider), Map.of("collection", s.collection())).then().statusCode(404);
        export(asAdmin(), Map.of("items", List.of(s.restricted()))).then().statusCode(404);
    }

    @Test
    void badRequestsGetProblemsNamingTheField() {
        Setup s = setup();
        export(as(s.low()), Map.of()).then().statusCode(400).contentType("application/problem+json");
        export(as(s.low()), Map.of("items", "not-a-list")).then().statusCode(400);
        export(as(s.low()), Map.of("items", List.of(s.restricted()), "derivatives", "yes"))
                .then()
                .statusCode(400);
    }

    @Test
    void theExportIsInTheItemsCustodyAndItsCompletionRecordsTheTagManifestHash() throws Exception {
        Setup s = setup();
        Path root = exportedByTheInvestigator(s.restricted(), "c");
        String tagManifestSha256 = Bags.hash(root.resolve("tagmanifest-sha256.txt"), "sha256");
        List<String> kinds = org.jeli.testsupport.Api.asInvestigator()
                .get("/api/items/" + s.restricted() + "/custody")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("entries.kind");
        assertThat(kinds).contains("item.submitted", "item.exported");
        String exportId = JSON.readTree(Files.readAllBytes(root.resolve("jeli/package.json")))
                .get("export")
                .asText();
        long size = JSON.readTree(Files.readAllBytes(root.resolve("jeli/package.json")))
                .get("checkpoint")
                .asLong();
        // The completion is recorded once the last byte is written; the client may be a little ahead.
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> asAdmin()
                        .get("/api/log/entries?start=" + size)
                        .asString()
                        .contains("export:" + exportId));
        String entries = asAdmin().get("/api/log/entries?start=" + size).asString();
        boolean found = false;
        for (JsonNode e : JSON.readTree(entries).get("entries")) {
            if (e.path("subject").asText().equals("export:" + exportId)) {
                String decoded = new String(
                        java.util.Base64.getDecoder().decode(e.get("bytes").asText()), StandardCharsets.UTF_8);
                assertThat(decoded).contains(tagManifestSha256).contains("export.completed");
                found = true;
            }
        }
        assertThat(found).isTrue();
    }
}
