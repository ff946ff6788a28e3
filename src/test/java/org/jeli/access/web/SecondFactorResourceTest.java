package org.jeli.access.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.jeli.testsupport.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jeli.access.Base32;
import org.jeli.access.MutableClock;
import org.jeli.access.PasswordHasher;
import org.jeli.access.Role;
import org.jeli.access.Totp;
import org.jeli.access.UserStore;
import org.jeli.access.quarkus.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * TOTP second factors end to end: enrolment, confirmation, codes in X-Jeli-OTP (once per step),
 * recovery codes (once each), lockout on wrong codes, admin reset, and the enrolment that the
 * investigator role requires in this profile.
 */
@QuarkusTest
@TestProfile(SecondFactorResourceTest.InvestigatorsNeedASecondFactor.class)
public class SecondFactorResourceTest {
    private static final String PASSWORD = "a long enough test password";
    private static final String OTP = "X-Jeli-OTP";

    public static class InvestigatorsNeedASecondFactor implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "%test.jeli.auth.second-factor-required-roles", "investigator",
                    "jeli.auth.second-factor-required-roles", "investigator",
                    "jeli.auth.account-max-failures", "3",
                    "jeli.auth.delay-free-failures", "1",
                    "jeli.auth.delay-base", "1ms",
                    "jeli.auth.delay-max", "5ms");
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

    /** Every test starts in a fresh time step, after earlier failures and locks have expired. */
    @BeforeEach
    void nextStep() {
        clock.advance(Duration.ofMinutes(16));
    }

    private String newUser(Role role) {
        String name = "tfa-" + UUID.randomUUID();
        users.create(name, "Second Factor Test", hasher.hash(PASSWORD.toCharArray()), role);
        return name;
    }

    private static RequestSpecification basic(String user) {
        return given().auth().preemptive().basic(user, PASSWORD);
    }

    private static RequestSpecification basic(String user, String otp) {
        return basic(user).header(OTP, otp);
    }

    private String currentCode(String secret) {
        return Totp.STANDARD.code(Base32.decode(secret), Totp.STANDARD.stepAt(clock.instant()));
    }

    private String startEnrolment(String user) {
        return basic(user)
                .post("/api/me/second-factor")
                .then()
                .statusCode(201)
                .extract()
                .path("secret");
    }

    /** Enrols and confirms; returns the secret and the recovery codes, and moves to the next step. */
    private Enrolled enrol(String user) {
        String secret = startEnrolment(user);
        List<String> codes = basic(user)
                .contentType(ContentType.JSON)
                .body(Map.of("code", currentCode(secret)))
                .post("/api/me/second-factor/confirm")
                .then()
                .statusCode(200)
                .extract()
                .path("recoveryCodes");
        clock.advance(Duration.ofSeconds(30));
        return new Enrolled(secret, codes);
    }

    private record Enrolled(String secret, List<String> recoveryCodes) {}

    private static void assertSecondFactorRequired(Response r) {
        r.then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Basic "))
                .header(OTP, equalTo("required"))
                .body("code", equalTo("second-factor-required"));
    }

    @Test
    void enrolmentStartsWithASecretAndAnOtpauthUriAndReplacesAnUnconfirmedOne() {
        String user = newUser(Role.VIEWER);
        Response first = basic(user).post("/api/me/second-factor");
        first.then().statusCode(201);
        String secret = first.jsonPath().getString("secret");
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(Base32.decode(secret)).hasSize(20);
        assertThat(first.jsonPath().getString("otpauthUri"))
                .isEqualTo("otpauth://totp/Jeli:" + user + "?secret=" + secret + "&issuer=Jeli&digits=6&period=30");

        String second = startEnrolment(user);
        assertThat(second).isNotEqualTo(secret);
        basic(user)
                .contentType(ContentType.JSON)
                .body(Map.of("code", currentCode(secret)))
                .post("/api/me/second-factor/confirm")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid-field"))
                .body("field", equalTo("code"));
        basic(user).get("/api/tokens").then().statusCode(200);
    }

    @Test
    void aConfirmedSecondFactorGuardsBasicLoginsCodesWorkOncePerStepAndRecoveryCodesOnce() {
        String user = newUser(Role.VIEWER);
        Enrolled enrolled = enrol(user);
        assertThat(enrolled.recoveryCodes())
                .hasSize(10)
                .doesNotHaveDuplicates()
                .allSatisfy(c -> assertThat(c).matches("[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}"));

        assertSecondFactorRequired(basic(user).get("/api/tokens"));
        String code = currentCode(enrolled.secret());
        basic(user, code).get("/api/tokens").then().statusCode(200);
        assertSecondFactorRequired(basic(user, code).get("/api/tokens"));

        String recovery = enrolled.recoveryCodes().get(3);
        basic(user, recovery.toUpperCase()).get("/api/tokens").then().statusCode(200);
        assertSecondFactorRequired(basic(user, recovery).get("/api/tokens"));

        clock.advance(Duration.ofSeconds(30));
        basic(user, currentCode(enrolled.secret()))
                .post("/api/me/second-factor")
                .then()
                .statusCode(409)
                .body("code", equalTo("conflict"));

        asAdmin().delete("/api/users/" + user + "/second-factor").then().statusCode(204);
        basic(user).get("/api/tokens").then().statusCode(200);
        basic(user, recovery).get("/api/tokens").then().statusCode(200);
        asAdmin()
                .delete("/api/users/no-such-user-" + UUID.randomUUID() + "/second-factor")
                .then()
                .statusCode(404);
        basic(user).delete("/api/users/" + user + "/second-factor").then().statusCode(403);
    }

    @Test
    void creatingATokenByPasswordNeedsTheCodeAndTheTokenThenNeedsNone() {
        String user = newUser(Role.VIEWER);
        Enrolled enrolled = enrol(user);
        assertSecondFactorRequired(basic(user)
                .contentType(ContentType.JSON)
                .body("{\"name\":\"script\"}")
                .post("/api/tokens"));
        String token = basic(user, currentCode(enrolled.secret()))
                .contentType(ContentType.JSON)
                .body("{\"name\":\"script\"}")
                .post("/api/tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        given().header("Authorization", "Bearer " + token)
                .get("/api/tokens")
                .then()
                .statusCode(200);
        given().header("Authorization", "Bearer " + token)
                .post("/api/me/second-factor")
                .then()
                .statusCode(403);
    }

    @Test
    void wrongCodesCountAsFailedLoginsAndLockTheAccount() {
        String user = newUser(Role.VIEWER);
        Enrolled enrolled = enrol(user);
        String right = currentCode(enrolled.secret());
        String wrong = String.format("%06d", (Integer.parseInt(right) + 500_000) % 1_000_000);
        for (int i = 0; i < 3; i++) {
            assertSecondFactorRequired(basic(user, wrong).get("/api/tokens"));
        }
        basic(user, right).get("/api/tokens").then().statusCode(401).body("code", equalTo("unauthenticated"));
        clock.advance(Duration.ofMinutes(16));
        basic(user, currentCode(enrolled.secret())).get("/api/tokens").then().statusCode(200);
    }

    @Test
    void anInvestigatorWithoutASecondFactorMayOnlyEnrol() {
        String user = newUser(Role.INVESTIGATOR);
        basic(user)
                .get("/api/items")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("second-factor-enrolment-required"));
        basic(user)
                .contentType(ContentType.JSON)
                .body("{\"name\":\"script\"}")
                .post("/api/tokens")
                .then()
                .statusCode(403)
                .body("code", equalTo("second-factor-enrolment-required"));
        Enrolled enrolled = enrol(user);
        basic(user, currentCode(enrolled.secret())).get("/api/items").then().statusCode(200);

        String viewer = newUser(Role.VIEWER);
        basic(viewer).get("/api/items").then().statusCode(200);
    }
}
