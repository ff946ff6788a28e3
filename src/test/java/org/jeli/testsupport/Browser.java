package org.jeli.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for page tests: headless Chromium with the chromedriver of the Debian packages
 * ({@code .ci/run} installs both when missing). No network beyond the archive under test.
 */
public final class Browser {
    private Browser() {}

    public static ChromeDriver start() {
        String driver = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
        String binary = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        if (!Files.isExecutable(Path.of(driver)) || !Files.isExecutable(Path.of(binary))) {
            throw new IllegalStateException("page tests need chromium and chromium-driver (apt-get install -y"
                    + " chromium chromium-driver); .ci/run installs them");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(driver).toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        return browser;
    }

    /**
     * Submits a form and waits until the page it was on has been replaced by the answer, so the
     * next look at the page sees the answer and not the form (a submit does not wait for the load).
     */
    public static void submitAndWait(ChromeDriver browser, WebElement form) {
        form.submit();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(form));
    }

    /** Saves a PNG of what the browser shows (for review; the build directory keeps them). */
    public static void screenshot(ChromeDriver browser, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
