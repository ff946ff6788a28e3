package org.jeli.viewer.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.jeli.access.Base32;
import org.jeli.access.MutableClock;
import org.jeli.access.PasswordHasher;
import org.jeli.access.Role;
import org.jeli.access.Totp;
import org.jeli.access.UserStore;
import org.jeli.access.web.SecondFactorResourceTest;
import org.jeli.testsupport.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The second-factor enrolment page, with investigators required to have one: their pages lead
 * there (the API keeps refusing with a problem), and from there an authenticator is set up, its
 * code confirmed and the recovery codes shown, after which the archive opens.
 */
@QuarkusTest
@TestProfile(SecondFactorResourceTest.InvestigatorsNeedASecondFactor.class)
class SecondFactorPageBrowserTest {
    private static final String PASSWORD = "a long enough test password";

    @Inject
    MutableClock clock;

    @Inject
    UserStore users;

    @Inject
    PasswordHasher hasher;

    private String newInvestigator() {
        clock.advance(Duration.ofMinutes(16));
        String name = "tfa-page-" + UUID.randomUUID();
        users.create(name, "Enrolment Page Test", hasher.hash(PASSWORD.toCharArray()), Role.INVESTIGATOR);
        return name;
    }

    @Test
    void pagesOfAnInvestigatorWithoutASecondFactorLeadToEnrolmentWhileTheApiAnswersAProblem() {
        String user = newInvestigator();
        given().auth()
                .preemptive()
                .basic(user, PASSWORD)
                .redirects()
                .follow(false)
                .get("/items")
                .then()
                .statusCode(302)
                .header("Location", endsWith("/me/second-factor"));
        given().auth()
                .preemptive()
                .basic(user, PASSWORD)
                .get("/api/items")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("second-factor-enrolment-required"));
        given().auth()
                .preemptive()
                .basic(user, PASSWORD)
                .get("/me/second-factor")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("img-src 'self'"))
                .body(containsString("id=\"tfa-start\""));
    }

    @Test
    void anInvestigatorEnrolsFromTheBrowserSeesTenRecoveryCodesOnceThenOpensTheItems() {
        String user = newInvestigator();
        String base = "http://localhost:" + RestAssured.port;
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(base + "/login");
            browser.findElement(By.id("username")).sendKeys(user);
            browser.findElement(By.id("password")).sendKeys(PASSWORD);
            browser.findElement(By.id("login")).click();
            wait.until(d -> d.getCurrentUrl().endsWith("/me/second-factor"));
            browser.findElement(By.id("tfa-start")).click();
            wait.until(d -> !d.findElements(By.id("tfa-secret")).isEmpty());
            String secret = browser.findElement(By.id("tfa-secret")).getText();
            assertThat(secret).matches("[A-Z2-7]{32}");
            assertThat(browser.findElement(By.id("tfa-uri")).getText())
                    .startsWith("otpauth://totp/Jeli:")
                    .contains("secret=" + secret);
            // the QR code is an image of this origin that the browser could load under the CSP
            Object qrWidth = browser.executeScript("return document.getElementById('tfa-qr').complete"
                    + " && document.getElementById('tfa-qr').naturalWidth;");
            assertThat(((Number) qrWidth).intValue()).isPositive();
            Browser.screenshot(
                    browser,
                    java.nio.file.Path.of(
                            System.getProperty("jeli.build.dir", "target"), "screenshots", "second-factor.png"));

            browser.findElement(By.id("tfa-code")).sendKeys(wrongCode(secret));
            browser.findElement(By.id("tfa-confirm-button")).click();
            wait.until(d -> !d.findElements(By.id("tfa-wrong")).isEmpty());
            assertThat(browser.findElement(By.id("tfa-secret")).getText()).isEqualTo(secret);

            browser.findElement(By.id("tfa-code")).sendKeys(code(secret));
            browser.findElement(By.id("tfa-confirm-button")).click();
            wait.until(d -> !d.findElements(By.id("recovery-codes")).isEmpty());
            assertThat(browser.findElements(By.cssSelector("#recovery-codes li")))
                    .hasSize(10)
                    .allSatisfy(li -> assertThat(li.getText()).matches("[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}"));

            browser.get(base + "/items");
            assertThat(browser.getCurrentUrl()).endsWith("/items");
            assertThat(browser.findElements(By.id("q"))).hasSize(1);
            browser.get(base + "/me/second-factor");
            assertThat(browser.findElements(By.id("tfa-enabled"))).hasSize(1);
            assertThat(browser.findElements(By.id("recovery-codes"))).isEmpty();
        } finally {
            browser.quit();
        }
    }

    /** A code that none of the accepted steps (the current one and one either side) gives. */
    private String wrongCode(String secret) {
        long step = Totp.STANDARD.stepAt(clock.instant());
        java.util.Set<String> accepted = new java.util.HashSet<>();
        for (long s = step - 1; s <= step + 1; s++) {
            accepted.add(Totp.STANDARD.code(Base32.decode(secret), s));
        }
        for (int d = 0; ; d++) {
            String candidate = Integer.toString(d).repeat(6);
            if (!accepted.contains(candidate)) {
                return candidate;
            }
        }
    }

    private String code(String secret) {
        return Totp.STANDARD.code(Base32.decode(secret), Totp.STANDARD.stepAt(clock.instant()));
    }
}
