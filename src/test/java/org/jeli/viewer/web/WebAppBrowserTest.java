package org.jeli.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jeli.testsupport.Api.freshCollection;
import static org.jeli.testsupport.Api.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import org.jeli.testsupport.Api;
import org.jeli.testsupport.Browser;
import org.jeli.testsupport.ExifJpegWriter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web application end to end in headless Chromium: log in, search, open an item, reveal it,
 * see the watermark and the custody timeline, switch to French. Screenshots of the main pages go to
 * the build directory ({@code screenshots/}) for review.
 */
@QuarkusTest
class WebAppBrowserTest {
    private static final Path SHOTS = Path.of(System.getProperty("jeli.build.dir", "target"), "screenshots");

    @Test
    void anInvestigatorSearchesOpensRevealsAndReadsCustodyThenSwitchesToFrench() throws Exception {
        String c = freshCollection();
        // other tests also archive a "Boni, le marché": a word of this test's own keeps the hit unique
        String mark = "zq" + Long.toString(System.nanoTime(), 26).replaceAll("[0-9]", "k");
        String id = upload(
                        c,
                        "IMG-20230514-WA0012.jpg",
                        ExifJpegWriter.jpegWithExif(LocalDateTime.parse("2023-05-14T09:00:00"), "Tecno", "KC8"),
                        Map.of(
                                "title",
                                "Boni, le marché " + mark,
                                "description",
                                "السوق بعد الهجوم",
                                "sensitivity",
                                "public"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String base = "http://localhost:" + RestAssured.port;
        ChromeDriver browser = Browser.start();
        try {
            Files.createDirectories(SHOTS);
            browser.get(base + "/items");
            assertThat(browser.getCurrentUrl()).endsWith("/login");
            Browser.screenshot(browser, SHOTS.resolve("login.png"));
            browser.findElement(By.id("username")).sendKeys(Api.INVESTIGATOR);
            browser.findElement(By.id("password")).sendKeys(Api.PASSWORD);
            browser.findElement(By.id("login")).click();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(d -> d.getCurrentUrl().contains("/items"));

            browser.findElement(By.id("q")).sendKeys("Boni marché " + mark);
            browser.findElement(By.id("search")).click();
            wait.until(d -> d.getCurrentUrl().contains("q="));
            assertThat(browser.findElements(By.cssSelector("#items .item-link")))
                    .extracting(e -> e.getAttribute("href"))
                    .containsExactly(base + "/items/" + id);
            Browser.screenshot(browser, SHOTS.resolve("items.png"));

            browser.findElement(By.cssSelector("#items .item-link")).click();
            wait.until(d -> d.getCurrentUrl().endsWith("/items/" + id));
            var media = browser.findElement(By.cssSelector("[data-reveal]"));
            assertThat(media.getAttribute("class")).contains("blurred");
            browser.findElement(By.id("reveal")).click();
            wait.until(d -> !media.getAttribute("class").contains("blurred"));
            var watermark = browser.findElement(By.id("watermark"));
            assertThat(watermark.isDisplayed()).isTrue();
            assertThat(watermark.getText()).contains(Api.INVESTIGATOR).contains("UTC");
            assertThat(browser.findElements(By.cssSelector("#custody tbody tr")))
                    .isNotEmpty();
            assertThat(browser.findElement(By.id("custody")).getText()).contains("item.submitted", "item.viewed");
            assertThat(browser.findElement(By.id("proof-status")).getText()).isNotBlank();
            assertThat(browser.findElement(By.id("download")).isDisplayed()).isTrue();
            Browser.screenshot(browser, SHOTS.resolve("item.png"));

            browser.findElement(By.id("lang-fr")).click();
            wait.until(d -> "fr".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            assertThat(browser.getCurrentUrl()).endsWith("/items/" + id);
            assertThat(browser.findElement(By.id("custody-heading")).getText()).isEqualTo("Chaîne de conservation");
            assertThat(browser.findElement(By.id("logout")).getText()).isEqualTo("Se déconnecter");
            Browser.screenshot(browser, SHOTS.resolve("item-fr.png"));

            browser.get(base + "/upload");
            Browser.screenshot(browser, SHOTS.resolve("upload.png"));
            browser.findElement(By.id("logout")).click();
            wait.until(d -> d.getCurrentUrl().endsWith("/login"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void anArchivistUploadsTwoFilesAndBothProgressBarsReachOneHundredPercent() throws Exception {
        String c = freshCollection();
        Path dir = Files.createTempDirectory("jeli-test-upload");
        Path a = Files.write(dir.resolve("VID-20230514-WA0001.mp4"), new byte[5 * 1024 * 1024 + 17]);
        Path b = Files.write(dir.resolve("PTT-20230514-WA0002.opus"), "voice".getBytes());
        String base = "http://localhost:" + RestAssured.port;
        ChromeDriver browser = Browser.start();
        try {
            browser.get(base + "/login");
            browser.findElement(By.id("username")).sendKeys(Api.ARCHIVIST);
            browser.findElement(By.id("password")).sendKeys(Api.PASSWORD);
            browser.findElement(By.id("login")).click();
            // the login answer sets the session cookie: wait for it before opening the next page
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(d -> !d.getCurrentUrl().endsWith("/login"));
            browser.get(base + "/upload");
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("collection"))).selectByVisibleText(c);
            browser.findElement(By.id("files")).sendKeys(a + "\n" + b);
            browser.findElement(By.id("start-upload")).click();
            new WebDriverWait(browser, Duration.ofSeconds(60))
                    .until(d -> d.findElements(By.cssSelector(".file-progress")).size() == 2
                            && d.findElements(By.cssSelector(".file-progress")).stream()
                                    .allMatch(p -> "100".equals(p.getAttribute("value"))));
            assertThat(browser.findElement(By.id("total-progress")).getAttribute("value"))
                    .isEqualTo("100");
            Browser.screenshot(browser, SHOTS.resolve("upload-done.png"));
            Api.asArchivist()
                    .queryParam("collection", c)
                    .get("/api/items")
                    .then()
                    .statusCode(200)
                    .body("items.size()", org.hamcrest.Matchers.equalTo(2));
        } finally {
            browser.quit();
            Files.deleteIfExists(a);
            Files.deleteIfExists(b);
            Files.deleteIfExists(dir);
        }
    }
}
