package org.jeli.ingest.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.jeli.testsupport.Api.asArchivist;
import static org.jeli.testsupport.Api.asInvestigator;
import static org.jeli.testsupport.Api.freshCollection;
import static org.jeli.testsupport.Api.upload;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UploadErrorsTest {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void anonymousRequestsAreRefusedWithAProblemAndABasicChallenge() {
        given().get("/api/items")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Basic"))
                .body("code", equalTo("unauthenticated"));
        given().multiPart("collection", "x")
                .multiPart("file", "a.bin", new byte[] {1})
                .post("/api/items")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
    }

    @Test
    void aWrongPasswordIsRefused() {
        given().auth()
                .preemptive()
                .basic("admin", "wrong-password")
                .get("/api/items")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .body("code", equalTo("unauthenticated"));
        given().auth()
                .preemptive()
                .basic("nobody", "whatever-password")
                .get("/api/items")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
    }

    @Test
    void aBadFieldIsNamed() {
        upload(freshCollection(), "a.bin", new byte[] {1, 2}, Map.of("sensitivity", "top-secret"))
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("code", equalTo("invalid-field"))
                .body("field", equalTo("sensitivity"))
                .body("detail", not(containsString("top-secret")));
        upload(freshCollection(), "a.bin", new byte[] {1, 2}, Map.of("claimedCapturedAt", "yesterday"))
                .then()
                .statusCode(400)
                .body("field", equalTo("claimedCapturedAt"));
        upload(freshCollection(), "a.bin", new byte[] {1, 2}, Map.of("sourcePlatform", "myspace"))
                .then()
                .statusCode(400)
                .body("field", equalTo("sourcePlatform"));
        upload(freshCollection(), "a.bin", new byte[] {1, 2}, Map.of("colour", "red"))
                .then()
                .statusCode(400)
                .body("field", equalTo("colour"));
        upload(freshCollection(), "a.bin", new byte[] {1, 2}, Map.of("title", "x".repeat(501)))
                .then()
                .statusCode(400)
                .body("field", equalTo("title"));
    }

    @Test
    void aMissingCollectionIsNamed() {
        asArchivist()
                .multiPart("file", "a.bin", new byte[] {1})
                .post("/api/items")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("field", equalTo("collection"));
    }

    @Test
    void anUploadWithoutAFilePartIsRefused() {
        asArchivist()
                .multiPart("collection", freshCollection())
                .multiPart("title", "no bytes")
                .post("/api/items")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("code", equalTo("missing-file"));
    }

    @Test
    void aBodyThatIsNotMultipartIsRefused() {
        asArchivist()
                .contentType("application/json")
                .body("{}")
                .post("/api/items")
                .then()
                .statusCode(415)
                .contentType(PROBLEM)
                .body("code", equalTo("unsupported-media-type"));
    }

    @Test
    void aTruncatedMultipartBodyIsRefusedAndNothingIsRecorded() {
        String collection = freshCollection();
        String body = "--b1\r\nContent-Disposition: form-data; name=\"collection\"\r\n\r\n" + collection
                + "\r\n--b1\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\n\r\nhalf of it";
        asArchivist()
                .contentType("multipart/form-data; boundary=b1")
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/items")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("code", equalTo("malformed-multipart"));
        asInvestigator()
                .queryParam("collection", collection)
                .get("/api/items")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void unknownAndMalformedItemIdsAreNotFound() {
        asInvestigator()
                .get("/api/items/5f1f7c39-3c9b-4a8e-9d5e-2f0f5d8d9a11")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("code", equalTo("item-not-found"));
        asInvestigator().get("/api/items/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
        asInvestigator()
                .get("/api/items/not-a-uuid/content")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void problemsNeverCarryStackTracesOrClassNames() {
        String body = asArchivist()
                .contentType("multipart/form-data")
                .body("garbage".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/items")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .extract()
                .asString();
        org.assertj.core.api.Assertions.assertThat(body).doesNotContain("org.jeli", "Exception", "\tat ");
    }

    @Test
    void apiResponsesCarrySecurityHeaders() {
        asInvestigator()
                .get("/api/items")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Cache-Control", "no-store");
    }
}
