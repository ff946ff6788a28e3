package org.jeli.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jeli.testsupport.Api.freshCollection;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jeli.testsupport.Api;
import org.jeli.testsupport.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The "Import a chat export" form of the upload page in headless Chromium: the archivist picks a
 * WhatsApp export, watches the sending and the import reach 100 %, reads the counts, then finds a
 * message of the export by its text on the items page.
 */
@QuarkusTest
class ChatImportPageBrowserTest {
    private static final Path SHOTS = Path.of(System.getProperty("jeli.build.dir", "target"), "screenshots");

    @Test
    void anArchivistImportsAWhatsAppZipFromTheUploadPageAndFindsAMessageBySearching() throws Exception {
        String c = freshCollection();
        // a word of this test's own keeps the search hit unique among other tests' imports
        String mark = "zq" + Long.toString(System.nanoTime(), 26).replaceAll("[0-9]", "k");
        Path dir = Files.createTempDirectory("jeli-test-import-page");
        Path zip = dir.resolve("WhatsApp Chat with Boni Entraide.zip");
        writeExport(
                zip,
                "14/03/2023, 09:20 - Awa Traoré: La route de Boni est coupée depuis ce matin\n"
                        + "14/03/2023, 09:22 - Moussa Diallo: Les militaires sont au poste " + mark + "\n"
                        + "14/03/2023, 09:25 - Awa Traoré: Merci, restez prudents\n");
        String base = "http://localhost:" + RestAssured.port;
        ChromeDriver browser = Browser.start();
        try {
            browser.get(base + "/login");
            browser.findElement(By.id("username")).sendKeys(Api.ARCHIVIST);
            browser.findElement(By.id("password")).sendKeys(Api.PASSWORD);
            browser.findElement(By.id("login")).click();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            wait.until(d -> !d.getCurrentUrl().endsWith("/login"));
            browser.get(base + "/upload");
            assertThat(browser.findElement(By.id("import-timezone")).getAttribute("value"))
                    .isEqualTo("Africa/Bamako");
            new Select(browser.findElement(By.id("import-collection"))).selectByVisibleText(c);
            browser.findElement(By.id("import-file")).sendKeys(zip.toString());
            browser.findElement(By.id("import-sourceDetail")).sendKeys("Groupe Boni Entraide");
            browser.findElement(By.id("start-import")).click();

            wait.until(d -> "100".equals(d.findElement(By.id("import-progress")).getAttribute("value"))
                    && d.findElement(By.id("import-state")).getText().startsWith("Done"));
            assertThat(browser.findElement(By.id("import-send-progress")).getAttribute("value"))
                    .isEqualTo("100");
            assertThat(browser.findElement(By.id("import-count-messages")).getText())
                    .isEqualTo("3");
            assertThat(browser.findElement(By.id("import-count-gaps")).getText())
                    .isEqualTo("0");
            assertThat(browser.findElement(By.id("import-error")).isDisplayed()).isFalse();
            browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("import-status")));
            Browser.screenshot(browser, SHOTS.resolve("import-done.png"));

            browser.get(base + "/items");
            browser.findElement(By.id("q")).sendKeys("militaires " + mark);
            browser.findElement(By.id("search")).click();
            wait.until(d -> d.getCurrentUrl().contains("q="));
            // the message, and once its text is extracted (in the background) the export zip holding it
            var messages = browser.findElements(By.cssSelector("#items .item-link")).stream()
                    .filter(a -> a.getText().startsWith("message"))
                    .toList();
            assertThat(messages).hasSize(1);
            messages.get(0).click();
            wait.until(d -> d.getCurrentUrl().contains("/items/"));
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Les militaires sont au poste");
            Browser.screenshot(browser, SHOTS.resolve("import-message.png"));
        } finally {
            browser.quit();
            Files.deleteIfExists(zip);
            Files.deleteIfExists(dir);
        }
    }

    @Test
    void aFileThatIsNotAChatShowsTheRefusalWithItsCode() throws Exception {
        String c = freshCollection();
        Path dir = Files.createTempDirectory("jeli-test-import-page");
        Path notChat = Files.writeString(dir.resolve("notes.txt"), "Liste de courses\nmil, riz, sucre\n");
        String base = "http://localhost:" + RestAssured.port;
        ChromeDriver browser = Browser.start();
        try {
            browser.get(base + "/login");
            browser.findElement(By.id("username")).sendKeys(Api.ARCHIVIST);
            browser.findElement(By.id("password")).sendKeys(Api.PASSWORD);
            browser.findElement(By.id("login")).click();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            wait.until(d -> !d.getCurrentUrl().endsWith("/login"));
            browser.get(base + "/upload");
            new Select(browser.findElement(By.id("import-collection"))).selectByVisibleText(c);
            browser.findElement(By.id("import-file")).sendKeys(notChat.toString());
            browser.findElement(By.id("start-import")).click();
            wait.until(d -> d.findElement(By.id("import-error")).isDisplayed());
            assertThat(browser.findElement(By.id("import-error")).getText())
                    .startsWith("The import did not succeed:")
                    .contains("(chat-");
            browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("import-status")));
            Browser.screenshot(browser, SHOTS.resolve("import-refused.png"));
        } finally {
            browser.quit();
            Files.deleteIfExists(notChat);
            Files.deleteIfExists(dir);
        }
    }

    private static void writeExport(Path zip, String chat) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip);
                ZipOutputStream out = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
            out.putNextEntry(new ZipEntry("WhatsApp Chat with Boni Entraide.txt"));
            out.write(chat.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }
}
