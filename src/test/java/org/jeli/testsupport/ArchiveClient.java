package org.jeli.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** Sets up a packaged archive as an administrator would: a collection, an archivist, an investigator. */
public final class ArchiveClient {
    public static final String PASSWORD = "correct-horse-battery-staple-7";
    private static final String[] ROLES = {"archivist", "investigator"};
    private final String base;
    private final String adminPassword;

    public ArchiveClient(String base, String adminPassword) {
        this.base = base;
        this.adminPassword = adminPassword;
    }

    public RequestSpecification admin() {
        return given().baseUri(base).auth().preemptive().basic("admin", adminPassword);
    }

    public RequestSpecification as(String user) {
        return given().baseUri(base).auth().preemptive().basic(user, PASSWORD);
    }

    /** Creates the collection and the two members; returns the collection's id. */
    public String collectionWithArchivistAndInvestigator(String name) {
        for (String role : ROLES) {
            admin().contentType("application/json")
                    .body(Map.of("username", role + "-1", "displayName", role, "password", PASSWORD, "role", role))
                    .post("/api/users")
                    .then()
                    .statusCode(201);
        }
        return collectionForArchivistAndInvestigator(name);
    }

    /** Another collection for the archivist-1 and investigator-1 made by the method above; its id. */
    public String collectionForArchivistAndInvestigator(String name) {
        String id = admin().contentType("application/json")
                .body(Map.of("name", name))
                .post("/api/collections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (String role : ROLES) {
            admin().contentType("application/json")
                    .body(Map.of("role", role, "clearance", "sealed"))
                    .put("/api/collections/" + id + "/members/" + role + "-1")
                    .then()
                    .statusCode(200);
        }
        return id;
    }
}
