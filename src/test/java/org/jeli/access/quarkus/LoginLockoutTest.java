package org.jeli.access.quarkus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jeli.access.MutableClock;
import org.jeli.access.PasswordHasher;
import org.jeli.access.Role;
import org.jeli.access.UserStore;
import org.jeli.testsupport.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Failed HTTP Basic logins lock the account and then the client address, on a clock the test moves. */
@QuarkusTest
@TestProfile(LoginLockoutTest.SmallLimits.class)
class LoginLockoutTest {
    private static final String PASSWORD = "a long enough test password";

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "jeli.auth.account-max-failures", "3",
                    "jeli.auth.address-max-failures", "6",
                    "jeli.auth.failure-window", "15m",
                    "jeli.auth.lockout-duration", "15m",
                    "jeli.auth.delay-free-failures", "1",
                    "jeli.auth.delay-base", "20ms",
                    "jeli.auth.delay-max", "100ms");
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(TestClock.class);
        }
    }

    @Inject
    MutableClock clock;

    @Inject
    UserStore users;

    @Inject
    PasswordHasher hasher;

    /** Every test starts after the previous test's failures and locks have expired. */
    @BeforeEach
    void forgetEarlierFailures() {
        clock.advance(Duration.ofMinutes(16));
    }

    private String newUser() {
        String name = "lockout-" + UUID.randomUUID();
        users.create(name, "Lockout Test", hasher.hash(PASSWORD.toCharArray()), Role.VIEWER);
        return name;
    }

    private static Response login(String user, String password) {
        return given().auth().preemptive().basic(user, password).get("/api/tokens");
    }

    private static void assertRefused(Response r) {
        r.then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Basic "))
                .body("code", equalTo("unauthenticated"));
    }

    @Test
    void afterThreeFailuresEvenTheRightPasswordIsRefusedUntilTheLockExpires() {
        String user = newUser();
        String token = given().auth()
                .preemptive()
                .basic(user, PASSWORD)
                .contentType(ContentType.JSON)
                .body("{\"name\":\"script\"}")
                .post("/api/tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        for (int i = 0; i < 3; i++) {
            assertRefused(login(user, "wrong password " + i));
        }
        assertRefused(login(user, PASSWORD));
        given().header("Authorization", "Bearer " + token)
                .get("/api/tokens")
                .then()
                .statusCode(200);
        login(Api.ADMIN, Api.ADMIN_PASSWORD).then().statusCode(200);

        clock.advance(Duration.ofMinutes(14));
        assertRefused(login(user, PASSWORD));
        clock.advance(Duration.ofMinutes(1));
        login(user, PASSWORD).then().statusCode(200);
    }

    @Test
    void aSuccessfulLoginResetsTheAccountsFailures() {
        String user = newUser();
        assertRefused(login(user, "wrong password 1"));
        assertRefused(login(user, "wrong password 2"));
        login(user, PASSWORD).then().statusCode(200);
        assertRefused(login(user, "wrong password 3"));
        assertRefused(login(user, "wrong password 4"));
        login(user, PASSWORD).then().statusCode(200);
    }

    @Test
    void sixFailuresFromOneAddressRefuseItForEveryAccount() {
        for (int i = 0; i < 6; i++) {
            assertRefused(login("guess-" + UUID.randomUUID(), "wrong password"));
        }
        assertRefused(login(Api.ADMIN, Api.ADMIN_PASSWORD));
        clock.advance(Duration.ofMinutes(15));
        login(Api.ADMIN, Api.ADMIN_PASSWORD).then().statusCode(200);
    }
}
