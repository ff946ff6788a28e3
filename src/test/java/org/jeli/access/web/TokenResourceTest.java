package org.jeli.access.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.jeli.testsupport.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import javax.sql.DataSource;
import org.jeli.access.PasswordHasher;
import org.jeli.access.Role;
import org.jeli.access.UserStore;
import org.junit.jupiter.api.Test;

/** Personal API tokens: created once with a password login, used as Bearer, listed without secret, revoked. */
@QuarkusTest
class TokenResourceTest {
    private static final String PASSWORD = "a long enough test password";

    @Inject
    UserStore users;

    @Inject
    PasswordHasher hasher;

    @Inject
    DataSource dataSource;

    private String newUser() {
        String name = "token-user-" + UUID.randomUUID();
        users.create(name, "Token User", hasher.hash(PASSWORD.toCharArray()), Role.VIEWER);
        return name;
    }

    private static RequestSpecification basic(String user) {
        return given().auth().preemptive().basic(user, PASSWORD);
    }

    private static RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static Response create(String user, String body) {
        return basic(user).contentType(ContentType.JSON).body(body).post("/api/tokens");
    }

    private static void assertUnauthenticated(Response r) {
        r.then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Basic "))
                .body("code", equalTo("unauthenticated"));
    }

    @Test
    void aTokenIsShownOnceWorksAsBearerIsListedWithoutItsSecretAndStopsWorkingWhenRevoked() {
        String user = newUser();
        Response created = create(user, "{\"name\":\"laptop\",\"expiresAt\":\"2099-01-01T00:00:00Z\"}");
        created.then()
                .statusCode(201)
                .body("name", equalTo("laptop"))
                .body("expiresAt", equalTo("2099-01-01T00:00:00Z"));
        String token = created.jsonPath().getString("token");
        String id = created.jsonPath().getString("id");
        assertThat(token).matches("jeli_[A-Za-z0-9_-]{43}");
        assertThat(created.header("Location")).endsWith("/api/tokens/" + id);

        String listing = bearer(token)
                .get("/api/tokens")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(listing).contains(id, "laptop").doesNotContain(token, token.substring(5), "hash");
        bearer(token).get("/api/tokens").then().body("tokens[0].lastUsedAt", org.hamcrest.Matchers.notNullValue());

        bearer(token)
                .contentType(ContentType.JSON)
                .body("{\"name\":\"minted by a token\"}")
                .post("/api/tokens")
                .then()
                .statusCode(403);

        basic(user).delete("/api/tokens/" + id).then().statusCode(204);
        assertUnauthenticated(bearer(token).get("/api/tokens"));
        basic(user)
                .get("/api/tokens")
                .then()
                .statusCode(200)
                .body("tokens[0].revokedAt", org.hamcrest.Matchers.notNullValue());
        basic(user).delete("/api/tokens/" + id).then().statusCode(404);
    }

    @Test
    void aTokenCanRevokeItself() {
        String user = newUser();
        String token = create(user, "{\"name\":\"phone\"}")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        String id = basic(user).get("/api/tokens").then().extract().path("tokens[0].id");
        bearer(token).delete("/api/tokens/" + id).then().statusCode(204);
        assertUnauthenticated(bearer(token).get("/api/tokens"));
    }

    @Test
    void nobodyCanListOrRevokeSomeoneElsesToken() {
        String owner = newUser();
        String other = newUser();
        String id = create(owner, "{\"name\":\"mine\"}")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        basic(other).get("/api/tokens").then().statusCode(200).body("tokens.size()", equalTo(0));
        basic(other)
                .delete("/api/tokens/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("token-not-found"));
        basic(owner).delete("/api/tokens/" + UUID.randomUUID()).then().statusCode(404);
        basic(owner).delete("/api/tokens/not-a-uuid").then().statusCode(404);
        basic(owner).get("/api/tokens").then().body("tokens[0].revokedAt", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void anExpiryInThePastOrMalformedOrAMissingNameIsRefused() {
        String user = newUser();
        create(user, "{\"name\":\"old\",\"expiresAt\":\"2020-01-01T00:00:00Z\"}")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("invalid-field"))
                .body("field", equalTo("expiresAt"));
        create(user, "{\"name\":\"x\",\"expiresAt\":\"next tuesday\"}")
                .then()
                .statusCode(400)
                .body("field", equalTo("expiresAt"));
        create(user, "{\"expiresAt\":\"2099-01-01T00:00:00+01:00\"}")
                .then()
                .statusCode(400)
                .body("field", equalTo("name"));
    }

    @Test
    void unknownMalformedExpiredAndDeactivatedTokensGet401WithABasicChallenge() throws Exception {
        assertUnauthenticated(bearer("jeli_" + "A".repeat(43)).get("/api/tokens"));
        assertUnauthenticated(bearer("garbage").get("/api/tokens"));
        assertUnauthenticated(given().get("/api/tokens"));

        String user = newUser();
        Response expiring = create(user, "{\"name\":\"soon\",\"expiresAt\":\"2099-01-01T00:00:00Z\"}");
        String token = expiring.jsonPath().getString("token");
        bearer(token).get("/api/tokens").then().statusCode(200);
        sql(
                "update api_tokens set created_at = now() - interval '2 hours', expires_at = now() - interval '1 hour' where id = ?",
                UUID.fromString(expiring.jsonPath().getString("id")));
        assertUnauthenticated(bearer(token).get("/api/tokens"));

        String other = newUser();
        String live = create(other, "{\"name\":\"live\"}").then().extract().path("token");
        bearer(live).get("/api/tokens").then().statusCode(200);
        sql("update users set active = false where username = ?", other);
        assertUnauthenticated(bearer(live).get("/api/tokens"));
    }

    @Test
    void basicLoginStillWorksAndWrongPasswordsStillGetTheBasicChallenge() {
        asAdmin().get("/api/tokens").then().statusCode(200);
        assertUnauthenticated(
                given().auth().preemptive().basic("admin", "wrong password").get("/api/tokens"));
    }

    private void sql(String statement, Object parameter) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(statement)) {
            ps.setObject(1, parameter);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }
}
