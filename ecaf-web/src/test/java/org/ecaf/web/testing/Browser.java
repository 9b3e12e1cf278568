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
    /** Every button, link, checkbox and radio is worked with the keyboard (Enter or Space), never clicked. */
    private boolean keyboardOnly;

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
        // the browser's console, to catch Content-Security-Policy violations (see cspViolations)
        // and the network events, to read the response headers the browser received (see responseHeaders)
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL", "performance", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .withEnvironment(java.util.Map.of(
                        "XDG_CONFIG_HOME", EcafServer.TARGET.resolve("chromium/config").toString(),
                        "XDG_CACHE_HOME", EcafServer.TARGET.resolve("chromium/cache").toString(),
                        "HOME", EcafServer.TARGET.resolve("chromium").toString()))
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = waitFor(Duration.ofSeconds(20));
        this.downloads = profile.resolveSibling(profile.getFileName() + "-downloads");
        driver.executeCdpCommand("Browser.setDownloadBehavior", java.util.Map.of("behavior", "allow",
                "downloadPath", downloads.toAbsolutePath().toString()));
    }

    private final Path downloads;

    /** The files in this browser's download folder, complete or still arriving (ending in .crdownload). */
    private java.util.Set<Path> downloadFolder() {
        if (!Files.isDirectory(downloads)) {
            return java.util.Set.of();
        }
        try (var files = Files.list(downloads)) {
            return files.collect(java.util.stream.Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Presses something whose answer is a file (a PDF copy), waits until the browser has received all of it and
     * returns that file: the page stays, so there is no page change to wait for, and moving on to another page while
     * the file still arrives would race with it.
     */
    public Path pressForDownload(By by) {
        java.util.Set<Path> before = downloadFolder();
        press(by);
        return waitFor(Duration.ofSeconds(30)).until(d -> {
            java.util.Set<Path> now = downloadFolder();
            if (now.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"))) {
                return null;
            }
            return now.stream().filter(f -> !before.contains(f)).findFirst().orElse(null);
        });
    }

    /**
     * A wait that checks every 50 ms (Selenium's default is 500 ms: after each AJAX click the test would sleep half a
     * second although the page is usually ready within a few tens of milliseconds).
     */
    public WebDriverWait waitFor(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.pollingEvery(POLL);
        return wait;
    }

    private static final Duration POLL = Duration.ofMillis(50);

    /**
     * Every Content-Security-Policy violation Chromium reported on the pages this browser showed so far. A page
     * that breaks the CSP (an inline {@code on*} attribute or {@code <script>} without the nonce) shows one here, and
     * {@link #close()} fails the test.
     */
    public java.util.List<String> cspViolations() {
        drainConsole();
        return java.util.List.copyOf(cspViolations);
    }

    private final java.util.List<String> cspViolations = new java.util.ArrayList<>();

    private void drainConsole() {
        try {
            for (org.openqa.selenium.logging.LogEntry entry : driver.manage().logs().get(
                    org.openqa.selenium.logging.LogType.BROWSER)) {
                String message = entry.getMessage();
                if (message != null && message.contains("Content Security Policy")) {
                    cspViolations.add(currentPathOrUnknown() + ": " + message);
                }
            }
        } catch (WebDriverException e) {
            // the browser is gone; nothing to read
        }
    }

    private String currentPathOrUnknown() {
        try {
            return currentPath();
        } catch (WebDriverException e) {
            return "?";
        }
    }

    /**
     * The headers of the last response the browser received for a URL whose path starts with {@code path} (names in
     * lower case), from Chromium's network events, including {@code Set-Cookie} as it arrived on the wire.
     */
    public java.util.Map<String, String> responseHeaders(String path) {
        java.util.Map<String, String> found = null;
        java.util.Map<String, java.util.Map<String, String>> extra = new java.util.HashMap<>();
        String requestId = null;
        for (org.openqa.selenium.logging.LogEntry entry : driver.manage().logs().get(
                org.openqa.selenium.logging.LogType.PERFORMANCE)) {
            jakarta.json.JsonObject message = jakarta.json.Json.createReader(new java.io.StringReader(entry.getMessage()))
                    .readObject().getJsonObject("message");
            String method = message.getString("method", "");
            jakarta.json.JsonObject params = message.getJsonObject("params");
            if (method.equals("Network.responseReceivedExtraInfo")) {
                extra.put(params.getString("requestId"), lower(params.getJsonObject("headers")));
            } else if (method.equals("Network.responseReceived")) {
                String url = params.getJsonObject("response").getString("url");
                if (url.startsWith(base + path)) {
                    found = lower(params.getJsonObject("response").getJsonObject("headers"));
                    requestId = params.getString("requestId");
                }
            }
        }
        if (found == null) {
            throw new AssertionError("no response for " + path + " in the browser's network log");
        }
        java.util.Map<String, String> all = new java.util.HashMap<>(found);
        if (extra.containsKey(requestId)) {
            all.putAll(extra.get(requestId));
        }
        return all;
    }

    private static java.util.Map<String, String> lower(jakarta.json.JsonObject headers) {
        java.util.Map<String, String> map = new java.util.HashMap<>();
        headers.forEach((k, v) -> map.put(k.toLowerCase(), v instanceof jakarta.json.JsonString js ? js.getString()
                : v.toString()));
        return map;
    }

    /** Adds a header to every request this browser sends from now on (as a proxy in front of eCAF would). */
    public void sendHeader(String name, String value) {
        driver.executeCdpCommand("Network.enable", java.util.Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", java.util.Map.of("headers", java.util.Map.of(name, value)));
    }

    /**
     * Delays every request and answer of this browser by {@code millis} each way (0: none), as a slow mobile network
     * would: what people do while a save is on its way can then be tested.
     */
    public void latency(int millis) {
        driver.executeCdpCommand("Network.enable", java.util.Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", java.util.Map.of("offline", false, "latency",
                millis, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    public boolean isKeyboardOnly() {
        return keyboardOnly;
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

    /** Types a date into a typed date box as people in England write it (27/03/2015), after clearing it. */
    public void setDate(String id, java.time.LocalDate date) {
        WebElement input = byId(id);
        input.clear();
        input.sendKeys(org.ecaf.forms.UkTime.DATE.format(date));
    }

    public void click(String id) {
        activate(clickable(By.id(id)));
        awaitIdle();
    }

    /**
     * From now on, buttons and links are pressed with Enter and checkboxes and radios with Space (the element is
     * focused by the keyboard's way in, {@code sendKeys}), and lists are chosen by typing: the mouse is never used.
     */
    public Browser keyboardOnly() {
        keyboardOnly = true;
        return this;
    }

    /** Makes the page this many CSS pixels wide (390 is a phone, 1366 the default desktop). */
    public Browser width(int cssPixels) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(cssPixels, 900));
        return this;
    }

    /** Presses an element found by {@code by}: with the keyboard in keyboard-only mode, else a click. */
    public void press(By by) {
        activate(clickable(by));
        awaitIdle();
    }

    /** Chooses the option of a select whose value is {@code value}: by typing its text in keyboard-only mode. */
    public void select(String id, String value) {
        WebElement select = clickable(By.id(id));
        if (keyboardOnly) {
            WebElement option = select.findElement(By.cssSelector("option[value='" + value + "']"));
            select.sendKeys(option.getText());
            wait.until(d -> value.equals(byId(id).getAttribute("value")));
        } else {
            new org.openqa.selenium.support.ui.Select(select).selectByValue(value);
        }
        awaitIdle();
    }

    /** Chooses the option of a select whose text is {@code text} (see {@link #select}). */
    public void selectText(String id, String text) {
        String value = byId(id).findElements(By.tagName("option")).stream()
                .filter(o -> o.getText().strip().equals(text)).findFirst().orElseThrow().getAttribute("value");
        select(id, value);
    }

    private void activate(WebElement element) {
        if (!keyboardOnly) {
            element.click();
            return;
        }
        String type = element.getAttribute("type");
        if ("input".equals(element.getTagName()) && ("checkbox".equals(type) || "radio".equals(type))) {
            element.sendKeys(org.openqa.selenium.Keys.SPACE);
        } else {
            element.sendKeys(org.openqa.selenium.Keys.ENTER);
        }
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
        drainConsole();
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
        activate(button);
        wait.until(d -> !d.findElements(By.className("error-summary")).isEmpty() || gone(button));
        awaitIdle();
    }

    /** Clicks something that loads a new page (a full form submit or a link) and waits until it has. */
    public void clickAndWait(String id) {
        WebElement element = clickable(By.id(id));
        activate(element);
        awaitGone(element);
        awaitIdle();
    }

    /** Signs out and waits for the page to be replaced (the sign-in page follows). */
    public void signOut() {
        clickAndWait("userForm:logout");
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

    /** Closes the browser; fails when a page broke the Content-Security-Policy while the test ran. */
    @Override
    public void close() {
        drainConsole();
        driver.quit();
        if (!cspViolations.isEmpty()) {
            throw new AssertionError("Content-Security-Policy violations: " + cspViolations);
        }
    }
}
