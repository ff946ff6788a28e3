package org.jeli.access.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jeli.testsupport.Api;
import org.junit.jupiter.api.Test;

/**
 * With OpenID Connect off (the default), an OIDC provider URL that is configured anyway is never
 * contacted, the archive starts healthy, password logins work as before and the OIDC login path does
 * not exist.
 */
@QuarkusTest
@TestProfile(OidcOffByDefaultTest.ProviderConfiguredButOff.class)
class OidcOffByDefaultTest {
    static final AtomicInteger PROVIDER_REQUESTS = new AtomicInteger();
    private static HttpServer provider;

    /** Leaves jeli.auth.oidc.enabled at its default and points Quarkus at a provider that counts calls. */
    public static class ProviderConfiguredButOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.auth-server-url", startProvider(), "quarkus.oidc.client-id", "jeli");
        }
    }

    private static synchronized String startProvider() {
        if (provider == null) {
            try {
                provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            provider.createContext("/", exchange -> {
                PROVIDER_REQUESTS.incrementAndGet();
                exchange.sendResponseHeaders(500, -1);
                exchange.close();
            });
            provider.start();
        }
        return "http://127.0.0.1:" + provider.getAddress().getPort() + "/realms/jeli";
    }

    @Test
    void theArchiveRunsOnPasswordsAloneAndNeverCallsTheProvider() {
        given().get("/q/health/ready").then().statusCode(200);
        Api.asAdmin().get("/api/collections").then().statusCode(200);
        given().auth()
                .preemptive()
                .basic(Api.ADMIN, "wrong password")
                .get("/api/collections")
                .then()
                .statusCode(401);
        given().redirects().follow(false).get("/login/oidc").then().statusCode(404);
        given().get("/login")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("login-oidc")));
        given().redirects().follow(false).get("/q/oidc").then().statusCode(404);
        given().redirects()
                .follow(false)
                .cookie("q_session", "forged")
                .get("/api/collections")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2("eyJhbGciOiJSUzI1NiJ9.e30.c2ln")
                .get("/api/collections")
                .then()
                .statusCode(401);
        assertThat(PROVIDER_REQUESTS.get()).isZero();
    }
}
