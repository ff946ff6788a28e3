package org.jeli.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * Small helpers for talking to the API as the archive's users would. Each test database gets an
 * archivist and an investigator (created on first use); {@link #freshCollection()} makes a
 * collection no other test uses, with both as members cleared for everything.
 */
public final class Api {
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String ARCHIVIST = "it-archivist";
    public static final String INVESTIGATOR = "it-investigator";
    public static final String PASSWORD = "correct-horse-battery-staple-7";

    private Api() {}

    public static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD);
    }

    public static RequestSpecification asArchivist() {
        ensureTestUsers();
        return given().auth().preemptive().basic(ARCHIVIST, PASSWORD);
    }

    public static RequestSpecification asInvestigator() {
        ensureTestUsers();
        return given().auth().preemptive().basic(INVESTIGATOR, PASSWORD);
    }

    /** Ports (one per Quarkus start, hence per test database) whose test users exist. */
    private static final java.util.Set<Integer> READY = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static void ensureTestUsers() {
        if (READY.add(io.restassured.RestAssured.port)) {
            user(ARCHIVIST, "archivist");
            user(INVESTIGATOR, "investigator");
        }
    }

    public static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, PASSWORD);
    }

    /** Creates an account (ignored if it exists) with the test password. */
    public static void user(String username, String role) {
        int status = asAdmin()
                .contentType("application/json")
                .body(Map.of("username", username, "displayName", username, "password", PASSWORD, "role", role))
                .post("/api/users")
                .statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("creating user " + username + " answered " + status);
        }
    }

    /** Grants a membership in a collection. */
    public static void member(String collection, String username, String role, String clearance) {
        asAdmin()
                .contentType("application/json")
                .body(Map.of("role", role, "clearance", clearance))
                .put("/api/collections/" + id(collection) + "/members/" + username)
                .then()
                .statusCode(200);
    }

    /** A new collection with the test archivist and investigator as members cleared for everything. */
    public static String freshCollection() {
        ensureTestUsers();
        String name = "test-" + UUID.randomUUID();
        asAdmin()
                .contentType("application/json")
                .body(Map.of("name", name, "description", "made by a test"))
                .post("/api/collections")
                .then()
                .statusCode(201);
        member(name, ARCHIVIST, "archivist", "sealed");
        member(name, INVESTIGATOR, "investigator", "sealed");
        return name;
    }

    public static String id(String collection) {
        return asAdmin()
                .get("/api/collections")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("collections.find { it.name == '" + collection + "' }.id");
    }

    public static Response upload(String collection, String fileName, byte[] bytes, Map<String, String> fields) {
        RequestSpecification spec = asArchivist().multiPart("collection", collection);
        for (Map.Entry<String, String> f : fields.entrySet()) {
            spec = spec.multiPart(new MultiPartSpecBuilder(f.getValue())
                    .controlName(f.getKey())
                    .charset(StandardCharsets.UTF_8)
                    .build());
        }
        return spec.multiPart("file", fileName, bytes, "application/octet-stream")
                .when()
                .post("/api/items");
    }

    public static Response upload(String collection, String fileName, byte[] bytes) {
        return upload(collection, fileName, bytes, Map.of());
    }

    /** The item as an investigator sees it once its background metadata extraction is done. */
    public static io.restassured.path.json.JsonPath extracted(String id, java.time.Duration atMost) {
        org.awaitility.Awaitility.await()
                .atMost(atMost)
                .pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> "DONE"
                        .equals(asInvestigator()
                                .get("/api/items/" + id)
                                .then()
                                .extract()
                                .path("metadata.state")));
        return asInvestigator()
                .get("/api/items/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
