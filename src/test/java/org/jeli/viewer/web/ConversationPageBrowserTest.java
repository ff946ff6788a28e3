package org.jeli.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jeli.testsupport.Api.asArchivist;
import static org.jeli.testsupport.Api.freshCollection;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jeli.testsupport.Api;
import org.jeli.testsupport.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The item page of an imported WhatsApp message in headless Chromium: the message in its
 * conversation (ten before, ten after, itself highlighted), its attachment and the way back from
 * it, the arrivals, and pseudonyms instead of names for a viewer below the identifying clearance.
 */
@QuarkusTest
class ConversationPageBrowserTest {
    private static final java.nio.file.Path SHOTS =
            java.nio.file.Path.of(System.getProperty("jeli.build.dir", "target"), "screenshots");
    private static final String[] SENDERS = {"Awa Traoré", "Moussa Diallo"};

    /** A notice, then 24 messages; position 13 sends a photo and names Awa, 14 was deleted. */
    private static byte[] export() throws IOException {
        StringBuilder chat = new StringBuilder("12/03/2023, 09:15 - Awa Traoré created group \"Boni\"\n");
        for (int position = 2; position <= 25; position++) {
            String sender = SENDERS[position % 2];
            String time = String.format("12/03/2023, %02d:%02d - ", 9 + position / 60, 20 + position % 60);
            String text = switch (position) {
                case 13 -> "IMG-20230312-WA0001.jpg (file attached)\nThe market, burnt. Awa Traoré filmed it.";
                case 14 -> "This message was deleted";
                default -> "Road report number " + position;
            };
            chat.append(time).append(sender).append(": ").append(text).append('\n');
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("WhatsApp Chat with Boni.txt"));
            zip.write(chat.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("IMG-20230312-WA0001.jpg"));
            zip.write(("photo bytes " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** Imports the export as the test archivist and waits for the import; the export item's id. */
    private static String importExport(String collection) throws Exception {
        String id = asArchivist()
                .multiPart("collection", collection)
                .multiPart(new MultiPartSpecBuilder("Africa/Bamako")
                        .controlName("timezone")
                        .build())
                .multiPart(new MultiPartSpecBuilder("public")
                        .controlName("sensitivity")
                        .build())
                .multiPart("file", "export.zip", export(), "application/zip")
                .post("/api/imports")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        for (int i = 0; i < 1200; i++) {
            JsonPath status = asArchivist()
                    .get("/api/imports/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            String state = status.getString("state");
            if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
                assertThat(state).isEqualTo("DONE");
                return status.getString("exportItem");
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("import " + id + " did not finish");
    }

    private static void logIn(ChromeDriver browser, String base, String user) {
        browser.manage().deleteAllCookies();
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(Api.PASSWORD);
        browser.findElement(By.id("login")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("/items"));
    }

    private static List<String> windowItems(ChromeDriver browser) {
        return browser.findElements(By.cssSelector("#conversation-messages li")).stream()
                .map(li -> li.getAttribute("data-item"))
                .toList();
    }

    @Test
    void aMessagePageShowsItsConversationWithNamesToInvestigatorsAndPseudonymsToViewers() throws Exception {
        String collection = freshCollection();
        String viewer = "conv-viewer-" + UUID.randomUUID();
        Api.user(viewer, "viewer");
        Api.member(collection, viewer, "viewer", "restricted");
        String exportItem = importExport(collection);
        List<Map<String, Object>> conversation = asArchivist()
                .queryParam("after", 200)
                .get("/api/items/" + exportItem + "/conversation")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("messages");
        assertThat(conversation).hasSize(25);
        List<String> ids =
                conversation.stream().map(m -> m.get("item").toString()).toList();
        String message = ids.get(12); // position 13
        String base = "http://localhost:" + RestAssured.port;
        ChromeDriver browser = Browser.start();
        try {
            logIn(browser, base, Api.INVESTIGATOR);
            browser.get(base + "/items/" + message);
            assertThat(browser.findElement(By.id("message-sender")).getText()).isEqualTo("Moussa Diallo");
            assertThat(browser.findElement(By.id("message-text")).getText())
                    .contains("The market, burnt. Awa Traoré filmed it.");
            assertThat(browser.findElement(By.id("message-text")).getAttribute("dir"))
                    .isEqualTo("auto");
            assertThat(browser.findElement(By.id("message-time")).getText())
                    .contains("2023-03-12T09:33")
                    .contains("UTC+00:00");
            // ten before and ten after, itself highlighted and the others linked to their pages
            assertThat(windowItems(browser)).isEqualTo(ids.subList(2, 23));
            WebElement current = browser.findElement(By.cssSelector("#conversation-messages li.current"));
            assertThat(current.getAttribute("data-item")).isEqualTo(message);
            assertThat(current.getAttribute("aria-current")).isEqualTo("true");
            assertThat(browser.findElement(
                                    By.cssSelector("#conversation-messages li[data-item='" + ids.get(13) + "'] a"))
                            .getAttribute("href"))
                    .isEqualTo(base + "/items/" + ids.get(13));
            assertThat(browser.findElement(By.cssSelector("#conversation-messages li[data-item='" + ids.get(13) + "']"))
                            .getText())
                    .contains("Deleted");
            List<WebElement> attachments = browser.findElements(By.cssSelector("#message-attachments a"));
            assertThat(attachments).hasSize(1);
            assertThat(attachments.get(0).getText()).isEqualTo("IMG-20230312-WA0001.jpg");
            String attachment = attachments.get(0).getAttribute("href");
            Browser.screenshot(browser, SHOTS.resolve("message.png"));

            browser.findElement(By.id("conversation-earlier")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(d -> d.getCurrentUrl().contains("before=20"));
            assertThat(windowItems(browser)).isEqualTo(ids.subList(0, 23));
            assertThat(browser.findElements(By.id("conversation-earlier"))).isEmpty();
            browser.findElement(By.id("conversation-later")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(d -> d.getCurrentUrl().contains("after=20"));
            assertThat(windowItems(browser)).isEqualTo(ids);
            assertThat(browser.findElements(By.id("conversation-later"))).isEmpty();

            browser.get(attachment);
            assertThat(browser.findElements(By.cssSelector("#attached-to a")))
                    .extracting(a -> a.getAttribute("href"))
                    .containsExactly(base + "/items/" + message);
            assertThat(browser.findElement(By.id("arrivals")).getText())
                    .contains("Received via a chat import by " + Api.ARCHIVIST);
            // custody actors are people's names, not account numbers
            assertThat(browser.findElement(By.id("custody")).getText())
                    .contains(Api.INVESTIGATOR)
                    .doesNotContain("user:");

            logIn(browser, base, viewer);
            browser.get(base + "/items/" + message);
            assertThat(browser.findElement(By.id("message-sender")).getText()).matches("Participant \\d+");
            assertThat(browser.findElement(By.id("message-text")).getText())
                    .matches("(?s).*Participant \\d+ filmed it.*");
            assertThat(browser.findElement(By.cssSelector("#conversation-messages li.current"))
                            .getAttribute("data-item"))
                    .isEqualTo(message);
            assertThat(browser.findElements(By.cssSelector("#conversation-messages .sender")))
                    .isNotEmpty()
                    .allSatisfy(s -> assertThat(s.getText()).matches("Participant \\d+"));
            assertThat(browser.findElement(By.cssSelector("#message-attachments a"))
                            .getText())
                    .isEqualTo("Attachment (photo)");
            Browser.screenshot(browser, SHOTS.resolve("message-pseudonyms.png"));
            String html = browser.getPageSource();
            assertThat(html).doesNotContain("Traoré", "Traor", "Diallo", "Moussa", "IMG-20230312-WA0001");
        } finally {
            browser.quit();
        }
    }
}
