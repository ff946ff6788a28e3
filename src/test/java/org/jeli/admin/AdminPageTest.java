package org.jeli.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jeli.testsupport.Api.asAdmin;
import static org.jeli.testsupport.Api.asInvestigator;
import static org.jeli.testsupport.Api.freshCollection;
import static org.jeli.testsupport.Api.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The administrators' page lists damaged blobs, takedowns and holds, escaped, under a strict CSP. */
@QuarkusTest
@TestProfile(AdminPageTest.NoScheduledAudit.class)
class AdminPageTest {
    public static class NoScheduledAudit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jeli.fixity.enabled", "false");
        }
    }

    private static Set<Path> blobFiles() throws IOException {
        Path root = Path.of(ConfigProvider.getConfig().getValue("jeli.storage.root", String.class));
        try (Stream<Path> walk = Files.walk(root.resolve("objects"))) {
            return new HashSet<>(walk.filter(Files::isRegularFile).toList());
        }
    }

    @Test
    void aMissingBlobAndATakedownWithAHostileReasonShowOnThePageEscaped() throws Exception {
        String collection = freshCollection();
        Set<Path> before = blobFiles();
        byte[] bytes = new byte[20_000];
        new Random(3).nextBytes(bytes);
        String item = upload(collection, "x.jpg", bytes)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Set<Path> after = blobFiles();
        after.removeAll(before);
        Files.delete(after.iterator().next());
        asAdmin().post("/api/admin/fixity/run").then().statusCode(200);
        String other = upload(collection, "y.jpg", new byte[] {7, 7, 7})
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asAdmin()
                .contentType("application/json")
                .body(Map.of("item", other, "reason", "<script>alert('x')</script>", "requester", "family"))
                .post("/api/admin/takedowns")
                .then()
                .statusCode(201);

        Response page = asAdmin().get("/admin/protection");
        page.then().statusCode(200).contentType("text/html");
        assertThat(page.header("Content-Security-Policy"))
                .contains("default-src 'none'")
                .contains("frame-ancestors 'none'");
        String html = page.asString();
        assertThat(html).contains(item).contains("MISSING").contains("id=\"damaged\"");
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(html).contains("PENDING");
    }

    @Test
    void anAdministratorLogsInWithTheBrowserAndReadsThePage() throws Exception {
        String collection = freshCollection();
        upload(collection, "z.jpg", new byte[] {5, 5, 5}).then().statusCode(201);
        String base = "http://localhost:" + io.restassured.RestAssured.port;
        org.openqa.selenium.chrome.ChromeDriver browser = org.jeli.testsupport.Browser.start();
        try {
            browser.get(base + "/login");
            browser.findElement(org.openqa.selenium.By.name("j_username")).sendKeys(org.jeli.testsupport.Api.ADMIN);
            browser.findElement(org.openqa.selenium.By.name("j_password"))
                    .sendKeys(org.jeli.testsupport.Api.ADMIN_PASSWORD);
            org.jeli.testsupport.Browser.submitAndWait(
                    browser, browser.findElement(org.openqa.selenium.By.cssSelector("form")));
            browser.get(base + "/admin/protection");
            assertThat(browser.getTitle()).contains("protection at rest");
            assertThat(browser.findElement(org.openqa.selenium.By.tagName("h1")).getText())
                    .isEqualTo("Protection at rest");
            assertThat(browser.findElement(org.openqa.selenium.By.id("damaged-count"))
                            .getText())
                    .matches("\\d+");
            assertThat(browser.findElements(org.openqa.selenium.By.tagName("script")))
                    .isEmpty();
        } finally {
            browser.quit();
        }
    }

    @Test
    void onlyAdministratorsSeeThePage() {
        asInvestigator().get("/admin/protection").then().statusCode(403);
        int status = given().redirects().follow(false).get("/admin/protection").statusCode();
        assertThat(status).isIn(302, 401);
    }
}
