package org.jeli.limits.quarkus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.jeli.access.MutableClock;
import org.jeli.access.quarkus.TestClock;
import org.jeli.testsupport.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Requests carrying passwords or tokens past the per-address rate get 429 until the bucket refills. */
@QuarkusTest
@TestProfile(CredentialRateLimitTest.SmallRates.class)
class CredentialRateLimitTest {
    public static class SmallRates implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "jeli.limits.login.burst", "3",
                    "jeli.limits.login.per-minute", "6",
                    "jeli.limits.tokens.burst", "3",
                    "jeli.limits.tokens.per-minute", "6");
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(TestClock.class);
        }
    }

    @Inject
    MutableClock clock;

    /** Every test starts with full buckets. */
    @BeforeEach
    void refill() {
        clock.advance(Duration.ofHours(1));
    }

    @Test
    void passwordLoginsPastTheRateAre429WithRetryAfterUntilATokenComesBack() {
        Api.asAdmin().get("/api/collections").then().statusCode(200);
        given().auth().preemptive().basic("admin", "a wrong password").get("/api/collections");
        Api.asAdmin().get("/api/collections").then().statusCode(200);
        Api.asAdmin()
                .get("/api/collections")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", "10")
                .body("code", equalTo("too-many-requests"))
                .body("retryAfter", equalTo(10));
        clock.advance(Duration.ofSeconds(10));
        Api.asAdmin().get("/api/collections").then().statusCode(200);
        Api.asAdmin().get("/api/collections").then().statusCode(429);
    }

    @Test
    void webLoginsCountAgainstTheSameRate() {
        for (int i = 0; i < 3; i++) {
            given().redirects()
                    .follow(false)
                    .contentType(ContentType.URLENC)
                    .formParam("j_username", "admin")
                    .formParam("j_password", "a wrong password")
                    .post("/j_security_check")
                    .then()
                    .statusCode(302);
        }
        given().redirects()
                .follow(false)
                .contentType(ContentType.URLENC)
                .formParam("j_username", "admin")
                .formParam("j_password", Api.ADMIN_PASSWORD)
                .post("/j_security_check")
                .then()
                .statusCode(429)
                .header("Retry-After", "10");
    }

    @Test
    void apiTokenUsePastTheRateIs429UntilATokenComesBack() {
        String token = Api.asAdmin()
                .contentType(ContentType.JSON)
                .body("{\"name\":\"rate\"}")
                .post("/api/tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", "Bearer " + token)
                    .get("/api/tokens")
                    .then()
                    .statusCode(200);
        }
        given().header("Authorization", "Bearer " + token)
                .get("/api/tokens")
                .then()
                .statusCode(429)
                .header("Retry-After", "10")
                .body("code", equalTo("too-many-requests"));
        // the password rate is a separate bucket
        Api.asAdmin().get("/api/tokens").then().statusCode(200);
        clock.advance(Duration.ofSeconds(10));
        given().header("Authorization", "Bearer " + token)
                .get("/api/tokens")
                .then()
                .statusCode(200);
    }
}
