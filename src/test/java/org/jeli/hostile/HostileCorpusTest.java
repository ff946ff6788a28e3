package org.jeli.hostile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jeli.testsupport.Api.asArchivist;
import static org.jeli.testsupport.Api.asInvestigator;
import static org.jeli.testsupport.Api.freshCollection;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus through {@code POST /api/items}: a malformed request gets a clear problem; a
 * malformed file is preserved byte for byte with its extraction outcome recorded; active content
 * is never served inline; the service stays healthy. Prints the results table of SECURITY.md.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileCorpusTest {

    private static final Map<String, String> RESULTS = new ConcurrentHashMap<>();

    static Stream<HostileCase> cases() {
        return HostileCorpus.cases().stream();
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachHostileCaseEndsAsItsNameSays(HostileCase c) {
        byte[] bytes = c.bytes().get();
        Response response = upload(freshCollection(), c, bytes);
        if (c.status() != 201) {
            response.then().statusCode(c.status()).contentType("application/problem+json");
            assertThat(response.jsonPath().getString("code")).isEqualTo(c.problemCode());
            RESULTS.put(
                    c.name(),
                    c.expected() + " | " + response.statusCode() + " "
                            + response.jsonPath().getString("code"));
            assertServiceUp();
            return;
        }
        response.then().statusCode(201);
        String id = response.jsonPath().getString("id");
        JsonPath item = extracted(id);
        String outcome = item.getString("metadata.outcome");
        String detail = item.getString("metadata.outcomeDetail");
        RESULTS.put(
                c.name(),
                c.expected() + " | preserved, " + outcome + " (" + item.getString("mediaType")
                        + (detail == null ? "" : "; " + detail) + ")");
        assertThat(outcome).as(c.name()).isIn(c.outcomes());
        Response content = asInvestigator().get("/api/items/" + id + "/content");
        assertThat(content.statusCode()).isEqualTo(200); // no .then(): RestAssured would parse hostile XML
        assertThat(content.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(content.asByteArray()).as("preserved byte for byte").isEqualTo(bytes);
        assertThat(content.header("Content-Security-Policy"))
                .contains("sandbox")
                .contains("default-src 'none'");
        if (c.activeContent()) {
            assertThat(content.header("Content-Disposition")).startsWith("attachment");
        }
        String text =
                new String(asInvestigator().get("/api/items/" + id + "/text").asByteArray(), StandardCharsets.UTF_8);
        assertThat(text).as("no external entity resolved").doesNotContain("root:");
        c.fields()
                .forEach((field, value) ->
                        assertThat(item.getString("claims." + field)).isEqualTo(value));
        assertServiceUp();
    }

    @Test
    @Order(2)
    void invalidUtf8InATextFieldIsRefusedOrReplacedNeverStoredRaw() {
        byte[] invalid = {'a', (byte) 0xc3, 0x28, (byte) 0xff, 'b'};
        Response response = asArchivist()
                .multiPart("collection", freshCollection())
                .multiPart(
                        new MultiPartSpecBuilder(invalid).controlName("title").build())
                .multiPart("file", "x.txt", "text".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/items");
        RESULTS.put(
                "400-invalid-utf8-in-a-text-field",
                "400 invalid-field or stored with U+FFFD | " + response.statusCode());
        if (response.statusCode() == 201) {
            assertThat(response.jsonPath().getString("claims.title")).isEqualTo("a\uFFFD(\uFFFDb");
        } else {
            response.then().statusCode(400).contentType("application/problem+json");
        }
        assertServiceUp();
    }

    @AfterAll
    static void printResults() {
        StringBuilder table = new StringBuilder("| case | expected | actual |\n| --- | --- | --- |\n");
        new TreeMap<>(RESULTS)
                .forEach((k, v) ->
                        table.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        System.out.println("HOSTILE CORPUS RESULTS\n" + table);
    }

    private static Response upload(String collection, HostileCase c, byte[] bytes) {
        RequestSpecification spec = asArchivist().multiPart("collection", collection);
        for (Map.Entry<String, String> f : c.fields().entrySet()) {
            spec = spec.multiPart(new MultiPartSpecBuilder(f.getValue())
                    .controlName(f.getKey())
                    .charset(StandardCharsets.UTF_8)
                    .build());
        }
        return spec.multiPart(new MultiPartSpecBuilder(bytes)
                        .controlName("file")
                        .fileName(c.fileName())
                        .charset(StandardCharsets.UTF_8)
                        .mimeType("application/octet-stream")
                        .build())
                .post("/api/items");
    }

    private static JsonPath extracted(String id) {
        return org.jeli.testsupport.Api.extracted(id, Duration.ofMinutes(3));
    }

    private static void assertServiceUp() {
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    @Order(3)
    void theServiceIsHealthyAfterTheWholeCorpus() {
        given().get("/q/health").then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("UP"));
    }
}
