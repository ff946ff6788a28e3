package org.jeli.access.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jeli.access.OidcLogins;
import org.jeli.access.OidcLogins.Claims;
import org.jeli.access.OidcLogins.Outcome;
import org.jeli.access.Role;
import org.jeli.access.User;
import org.jeli.access.UserStore;
import org.jeli.testsupport.Api;
import org.jeli.testsupport.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * OpenID Connect login turned on against an in-process provider (Quarkus's WireMock "Keycloak"):
 * the authorization-code flow in a real browser provisions the person as a Jeli account with the
 * role their groups map to; provisioning refuses what it must.
 */
@QuarkusTest
@TestProfile(OidcLoginTest.OidcOn.class)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = true)
class OidcLoginTest {
    private static final String ISSUER = "https://server.example.com";

    /** The provider gives alice the groups "user" and "admin". */
    public static class OidcOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "jeli.auth.oidc.enabled", "true",
                    "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus",
                    "quarkus.oidc.client-id", "jeli-web",
                    "quarkus.oidc.credentials.secret", "a-test-only-client-secret",
                    "quarkus.oidc.token.issuer", "any",
                    "jeli.auth.oidc.role-mapping.admin", "archivist",
                    "jeli.auth.oidc.role-mapping.user", "viewer");
        }
    }

    @Inject
    OidcLogins logins;

    @Inject
    UserStore users;

    @Test
    void aBrowserLogsInThroughTheProviderAndIsProvisionedWithTheMappedRole() {
        String base = "http://localhost:" + RestAssured.port;
        ChromeDriver browser = Browser.start();
        try {
            browser.get(base + "/login");
            browser.findElement(By.id("login-oidc")).click(); // shown only when OIDC is on
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(d -> !d.findElements(By.id("username")).isEmpty());
            browser.findElement(By.id("username")).sendKeys("alice");
            browser.findElement(By.id("password")).sendKeys("alice");
            browser.findElement(By.id("login")).click();
            // the provider's form posts, then two redirects (provider → /login/oidc → /items) follow
            wait.until(d -> d.getCurrentUrl().startsWith(base));
            assertThat(browser.getCurrentUrl()).isEqualTo(base + "/items");

            User alice = users.findByUsername("alice").orElseThrow();
            assertThat(alice.role()).isEqualTo(Role.ARCHIVIST);
            assertThat(users.findByOidcSubject(ISSUER, "123456")).contains(alice);

            browser.get(base + "/me/tokens");
            browser.findElement(By.name("name")).sendKeys("alice's script");
            Browser.submitAndWait(browser, browser.findElement(By.id("create-token")));
            assertThat(browser.findElements(By.id("new-token")))
                    .as(browser.getPageSource())
                    .hasSize(1);
            String token = browser.findElement(By.id("new-token")).getText();
            assertThat(token).startsWith("jeli_");
            given().auth().oauth2(token).get("/api/collections").then().statusCode(200);

            browser.get(base + "/admin/users");
            assertThat(browser.getPageSource()).doesNotContain("create-user");
        } finally {
            browser.quit();
        }
        Api.asAdmin().get("/api/collections").then().statusCode(200);
    }

    @Test
    void provisioningRefusesUnmappedGroupsTakenOrInvalidNamesAndDeactivatedAccounts() {
        String subject = UUID.randomUUID().toString();
        assertThat(logins.login(new Claims(ISSUER, subject, "nogroup", null, List.of("students")))
                        .outcome())
                .isEqualTo(Outcome.NO_MAPPED_GROUP);
        assertThat(logins.login(new Claims(ISSUER, subject, "admin", null, List.of("admin")))
                        .outcome())
                .isEqualTo(Outcome.USERNAME_TAKEN);
        assertThat(logins.login(new Claims(ISSUER, subject, "Bad Name!", null, List.of("admin")))
                        .outcome())
                .isEqualTo(Outcome.INVALID_USERNAME);

        String name = "oidc-" + subject.substring(0, 8);
        OidcLogins.Result first =
                logins.login(new Claims(ISSUER, subject, name.toUpperCase(), "Fatou", List.of("/user")));
        assertThat(first.outcome()).isEqualTo(Outcome.PROVISIONED);
        assertThat(first.user().orElseThrow().username()).isEqualTo(name);
        assertThat(first.user().orElseThrow().role()).isEqualTo(Role.VIEWER);

        OidcLogins.Result promoted =
                logins.login(new Claims(ISSUER, subject, "renamed-at-provider", null, List.of("user", "admin")));
        assertThat(promoted.outcome()).isEqualTo(Outcome.SIGNED_IN);
        assertThat(promoted.user().orElseThrow().username()).isEqualTo(name);
        assertThat(users.findByUsername(name).orElseThrow().role()).isEqualTo(Role.ARCHIVIST);

        Api.asAdmin().post("/api/users/" + name + "/deactivate").then().statusCode(200);
        assertThat(logins.login(new Claims(ISSUER, subject, name, null, List.of("admin")))
                        .outcome())
                .isEqualTo(Outcome.DEACTIVATED);
        given().auth()
                .preemptive()
                .basic(name, "")
                .get("/api/collections")
                .then()
                .statusCode(401);
    }
}
