package org.jeli.access.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jeli.access.Base32;
import org.jeli.access.MutableClock;
import org.jeli.access.Totp;
import org.jeli.access.quarkus.TestClock;
import org.jeli.testsupport.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Web login with Quarkus form authentication: session cookie flags, CSRF double submit for
 * cookie sessions only, logout, lockout and second factor on the form, the absolute session
 * lifetime on a clock the test moves, and the public static pages with their CSP.
 */
@QuarkusTest
@TestProfile(WebLoginTest.SmallLimits.class)
class WebLoginTest {
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob:;"
            + " media-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
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

    @BeforeEach
    void forgetEarlierFailures() {
        clock.advance(Duration.ofMinutes(16));
    }

    private static String newUser() {
        String name = "web-" + UUID.randomUUID();
        Api.user(name, "viewer");
        return name;
    }

    private static Response form(String user, String password, String otp) {
        RequestSpecification spec = given().redirects()
                .follow(false)
                .contentType(ContentType.URLENC)
                .formParam("j_username", user)
                .formParam("j_password", password);
        if (otp != null) {
            spec = spec.formParam("j_otp", otp);
        }
        return spec.post("/j_security_check");
    }

    private static Map<String, String> login(String user) {
        Response r = form(user, Api.PASSWORD, null);
        r.then().statusCode(302).header("Location", endsWith("/items"));
        return new HashMap<>(r.getCookies());
    }

    private static RequestSpecification session(Map<String, String> cookies) {
        return given().redirects().follow(false).cookies(cookies);
    }

    private static String setCookie(Response r, String name) {
        return r.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theLoginPagesArePublicAndCarryAStrictCsp() {
        for (String page : List.of("/login", "/login-error")) {
            given().redirects()
                    .follow(false)
                    .get(page)
                    .then()
                    .statusCode(200)
                    .contentType(ContentType.HTML)
                    .header("Content-Security-Policy", CSP)
                    .header("X-Content-Type-Options", "nosniff");
        }
        // The former static pages redirect to the Qute pages.
        given().redirects()
                .follow(false)
                .get("/login.html")
                .then()
                .statusCode(302)
                .header("Location", endsWith("/login"));
        given().redirects()
                .follow(false)
                .get("/login-error.html")
                .then()
                .statusCode(302)
                .header("Location", endsWith("/login-error"));
        String html = given().get("/login").asString();
        assertThat(html)
                .contains("name=\"j_username\"", "name=\"j_password\"", "name=\"j_otp\"", "action=\"j_security_check\"")
                .doesNotContain("<script", "style=", "<style");
        given().get("/api/collections").then().statusCode(401).body("code", equalTo("unauthenticated"));
    }

    @Test
    void aFormLoginOpensASessionWhoseChangesNeedTheCsrfHeaderUntilLogout() {
        String user = newUser();
        Response r = form(user, Api.PASSWORD, null);
        r.then().statusCode(302).header("Location", endsWith("/items"));
        assertThat(setCookie(r, "jeli-session"))
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict");
        assertThat(setCookie(r, "jeli-session-start"))
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict");
        assertThat(setCookie(r, "jeli-csrf"))
                .doesNotContainIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict");
        Map<String, String> cookies = new HashMap<>(r.getCookies());
        String csrf = cookies.get("jeli-csrf");
        assertThat(csrf).matches("[A-Za-z0-9_-]{43}");

        session(cookies).get("/api/collections").then().statusCode(200);
        session(cookies)
                .contentType(ContentType.JSON)
                .body("{\"name\":\"web\"}")
                .post("/api/tokens")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("csrf-rejected"));
        session(cookies)
                .header("X-Jeli-CSRF", csrf + "x")
                .contentType(ContentType.JSON)
                .body("{\"name\":\"web\"}")
                .post("/api/tokens")
                .then()
                .statusCode(403)
                .body("code", equalTo("csrf-rejected"));
        session(cookies)
                .header("X-Jeli-CSRF", csrf)
                .contentType(ContentType.JSON)
                .body("{\"name\":\"web\"}")
                .post("/api/tokens")
                .then()
                .statusCode(201);
        Api.as(user)
                .contentType(ContentType.JSON)
                .body("{\"name\":\"script\"}")
                .post("/api/tokens")
                .then()
                .statusCode(201);

        session(cookies).post("/api/session/logout").then().statusCode(403).body("code", equalTo("csrf-rejected"));
        Response out = session(cookies).header("X-Jeli-CSRF", csrf).post("/api/session/logout");
        out.then().statusCode(204);
        assertThat(setCookie(out, "jeli-session")).containsIgnoringCase("Max-Age=0");
        session(cookies).get("/api/collections").then().statusCode(401).body("code", equalTo("unauthenticated"));
    }

    @Test
    void aSessionCookieAloneOrWithAForgedStartIsRefused() {
        Map<String, String> cookies = login(newUser());
        session(Map.of("jeli-session", cookies.get("jeli-session")))
                .get("/api/collections")
                .then()
                .statusCode(401);
        Map<String, String> forged = new HashMap<>(cookies);
        String[] start = cookies.get("jeli-session-start").split("\\.");
        forged.put("jeli-session-start", start[0] + "." + (Long.parseLong(start[1]) + 3600) + "." + start[2]);
        session(forged).get("/api/collections").then().statusCode(401);
        session(cookies).get("/api/collections").then().statusCode(200);
    }

    @Test
    void aSessionEndsTwelveHoursAfterLoginHoweverActive() {
        Map<String, String> cookies = login(newUser());
        clock.advance(Duration.ofHours(11).plusMinutes(59));
        session(cookies).get("/api/collections").then().statusCode(200);
        clock.advance(Duration.ofMinutes(2));
        session(cookies).get("/api/collections").then().statusCode(401).body("code", equalTo("unauthenticated"));
    }

    @Test
    void wrongPasswordsOnTheFormGoToTheErrorPageAndLockTheAccount() {
        String user = newUser();
        for (int i = 0; i < 3; i++) {
            Response r = form(user, "wrong password " + i, null);
            r.then().statusCode(302).header("Location", endsWith("/login-error"));
            assertThat(r.getCookies()).doesNotContainKeys("jeli-session", "jeli-csrf");
        }
        form(user, Api.PASSWORD, null).then().statusCode(302).header("Location", endsWith("/login-error"));
        Api.as(user).get("/api/collections").then().statusCode(401);
        clock.advance(Duration.ofMinutes(16));
        login(user);
    }

    @Test
    void anAccountWithASecondFactorNeedsTheCodeOnTheForm() {
        String user = newUser();
        String secret = Api.as(user)
                .post("/api/me/second-factor")
                .then()
                .statusCode(201)
                .extract()
                .path("secret");
        Api.as(user)
                .contentType(ContentType.JSON)
                .body(Map.of("code", code(secret)))
                .post("/api/me/second-factor/confirm")
                .then()
                .statusCode(200);
        clock.advance(Duration.ofSeconds(30));

        form(user, Api.PASSWORD, null).then().statusCode(302).header("Location", endsWith("/login-error"));
        Response r = form(user, Api.PASSWORD, code(secret));
        r.then().statusCode(302).header("Location", endsWith("/items"));
        session(r.getCookies()).get("/api/collections").then().statusCode(200);
    }

    private String code(String secret) {
        return Totp.STANDARD.code(Base32.decode(secret), Totp.STANDARD.stepAt(clock.instant()));
    }
}
