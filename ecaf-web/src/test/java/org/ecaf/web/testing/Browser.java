package org.ecaf.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
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

    /** Sets a date input's value directly: what a browser shows in a date field depends on its locale. */
    public void setDate(String id, java.time.LocalDate date) {
        WebElement input = byId(id);
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                input, date.toString());
    }

    public void click(String id) {
        clickable(By.id(id)).click();
        awaitIdle();
    }

    /** Waits for an element to be shown and enabled, finding it afresh on every try (AJAX updates replace nodes). */
    private WebElement clickable(By by) {
        awaitIdle();
        return wait.until(d -> {
            try {
                WebElement element = d.findElement(by);
                return element.isDisplayed() && element.isEnabled() ? element : null;
            } catch (NoSuchElementException | StaleElementReferenceException e) {
                return null;
            } catch (WebDriverException e) {
                if (detached(e)) {
                    return null;
                }
                throw e;
            }
        });
    }

    /**
     * Waits until {@code element} has left the page (the page it was on has been replaced). While a page is being
     * replaced, Chromium 156 answers for the old node either "stale element" or "does not belong to the document";
     * Selenium's {@code stalenessOf} takes only the first as gone and fails on the second.
     */
    private void awaitGone(WebElement element) {
        wait.until(d -> gone(element));
    }

    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (detached(e)) {
                return true;
            }
            throw e;
        }
    }

    private static boolean detached(WebDriverException e) {
        return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
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

    /** Signs in through the login form and waits for the page it leads to (or the refusal) to be there. */
    public void signIn(String username, String password) {
        open("/login.xhtml");
        type("login:username", username);
        type("login:password", password);
        WebElement button = clickable(By.id("login:signIn"));
        button.click();
        wait.until(d -> !d.findElements(By.className("error-summary")).isEmpty() || gone(button));
        awaitIdle();
    }

    /** Clicks something that loads a new page (a full form submit or a link) and waits until it has. */
    public void clickAndWait(String id) {
        WebElement element = clickable(By.id(id));
        element.click();
        awaitGone(element);
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
