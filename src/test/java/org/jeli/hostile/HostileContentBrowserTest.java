package org.jeli.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jeli.testsupport.Api.freshCollection;
import static org.jeli.testsupport.Api.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jeli.testsupport.Api;
import org.jeli.testsupport.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Hostile content never runs in a page (issue 9): an SVG and an HTML file carrying scripts, and
 * descriptive fields carrying markup and script, are opened by an investigator in a real browser —
 * the item list, each item page and the raw content URLs. A listener installed before every page's
 * own code records Content-Security-Policy violations, and {@code alert} is replaced by a marker: a
 * script that ran, or even tried to run and was blocked, shows up.
 */
@QuarkusTest
class HostileContentBrowserTest {
    private static final String PROBE = "window.__csp = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__csp.push("
            + "e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile));"
            + "window.alert = m => { window.__ran = 'alert:' + m; };";
    private static final String MARKUP =
            "<script>window.__ran='title'</script><img src=x onerror=\"window.__ran='img'\">";

    @Test
    void scriptsInUploadedFilesAndFieldsNeverRunInAnyPage() throws IOException {
        String c = freshCollection();
        List<String> ids = new ArrayList<>();
        for (String name : List.of("svg-with-script.svg", "html-with-script.html")) {
            ids.add(upload(
                            c,
                            name,
                            resource(name),
                            Map.of("title", MARKUP, "description", MARKUP, "sensitivity", "public"))
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"));
        }
        String base = "http://localhost:" + RestAssured.port;
        ChromeDriver browser = Browser.start();
        try {
            browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBE));
            browser.get(base + "/login");
            browser.findElement(By.id("username")).sendKeys(Api.INVESTIGATOR);
            browser.findElement(By.id("password")).sendKeys(Api.PASSWORD);
            browser.findElement(By.id("login")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(d -> d.getCurrentUrl().contains("/items"));

            List<String> pages = new ArrayList<>();
            pages.add(base + "/items?collection="
                    + java.net.URLEncoder.encode(c, java.nio.charset.StandardCharsets.UTF_8));
            for (String id : ids) {
                pages.add(base + "/items/" + id);
                pages.add(base + "/api/items/" + id + "/content");
                pages.add(base + "/api/items/" + id + "/text");
            }
            for (String page : pages) {
                browser.get(page);
                if (!page.contains("/api/")) { // pages: the probe must be there, or the test proves nothing
                    assertThat(browser.executeScript("return Array.isArray(window.__csp);"))
                            .isEqualTo(true);
                }
                Object ran = browser.executeScript("return window.__ran === undefined ? null : window.__ran;");
                Object violations = browser.executeScript("return window.__csp === undefined ? [] : window.__csp;");
                assertThat(ran).as("a script ran on %s", page).isNull();
                assertThat((List<?>) violations)
                        .as("scripts attempted (and blocked) on %s", page)
                        .isEmpty();
            }
            browser.get(base + "/items/" + ids.get(0));
            assertThat(browser.findElement(By.id("item-title")).getText()).contains("<script>"); // shown as text
        } finally {
            browser.quit();
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = HostileContentBrowserTest.class.getResourceAsStream("/hostile/" + name)) {
            return in.readAllBytes();
        }
    }
}
