package org.ecaf.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, never a downloaded browser: both binaries come from
 * {@code /usr/bin} (override with {@code -Dchromium.binary} / {@code -Dchromedriver.binary}).
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = EcafServer.TARGET.resolve("screenshots");

    private final ChromeDriver driver;
    private final String base;
    private final WebDriverWait wait;

    public Browser(String base) {
        this.base = base;
        System.setProperty("SE_OFFLINE", "true");
        Path profile = EcafServer.TARGET.resolve("chromium").resolve("profile-" + ProcessHandle.current().pid()
                + "-" + System.nanoTime());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--disable-extensions", "--window-size=1366,900",
                "--lang=en-GB", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .withEnvironment(java.util.Map.of(
                        "XDG_CONFIG_HOME", EcafServer.TARGET.resolve("chromium/config").toString(),
                        "XDG_CACHE_HOME", EcafServer.TARGET.resolve("chromium/cache").toString(),
                        "HOME", EcafServer.TARGET.resolve("chromium").toString()))
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(base + path);
        awaitIdle();
        return this;
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public WebElement byId(String id) {
        return find(By.id(id));
    }

    public void type(String id, String text) {
        WebElement input = byId(id);
        input.clear();
        input.sendKeys(text);
    }

    public void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        awaitIdle();
    }

    public String title() {
        return driver.getTitle();
    }

    public String text(By by) {
        return find(by).getText();
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    public String currentPath() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    /** Waits until the document has loaded and PrimeFaces' AJAX queue is empty. */
    public void awaitIdle() {
        wait.until(d -> {
            Object done = ((JavascriptExecutor) d).executeScript(
                    "return document.readyState === 'complete'"
                            + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                            + " && (!window.jQuery || jQuery.active === 0);");
            return Boolean.TRUE.equals(done);
        });
    }

    /** Signs in and waits until the login page has been left (the redirect after a successful sign-in). */
    public void signIn(String username, String password) {
        open("/login.xhtml");
        type("login:username", username);
        type("login:password", password);
        click("login:signIn");
        wait.until(d -> !d.getCurrentUrl().contains("/login.xhtml"));
        awaitIdle();
    }

    public void signOut() {
        click("userForm:logout");
    }

    /** Saves a screenshot as {@code target/screenshots/<name>.png} and returns its path. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
