package org.jeli.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** Small helpers for talking to the API as a user would. */
public final class Api {
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";

    private Api() {}

    public static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD);
    }

    /** A collection name no other test uses, so tests stay independent. */
    public static String freshCollection() {
        return "test-" + UUID.randomUUID();
    }

    public static Response upload(String collection, String fileName, byte[] bytes, Map<String, String> fields) {
        RequestSpecification spec = asAdmin().multiPart("collection", collection);
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
}
