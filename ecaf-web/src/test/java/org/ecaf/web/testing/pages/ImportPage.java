package org.ecaf.web.testing.pages;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ecaf.web.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/** The administrator's import page ({@code /admin/import.xhtml}): upload, progress bar, status and report. */
public final class ImportPage extends Page {

    ImportPage(Browser browser) {
        super(browser);
    }

    /** Follows "Import children" in the main navigation. */
    public static ImportPage fromNavigation(Browser browser) {
        browser.clickAndWait("navImport");
        return new ImportPage(browser);
    }

    /** Chooses {@code file} and presses Import (the page is sent again with the import's progress). */
    public ImportPage upload(Path file) {
        browser.byId("importForm:file").sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWait("importForm:import");
        return this;
    }

    public WebElement progressBar() {
        return browser.byId("progressBar");
    }

    /** The progress bar's aria-valuenow, or -1 while it is being drawn again. */
    public int percent() {
        try {
            return Integer.parseInt(progressBar().getAttribute("aria-valuenow"));
        } catch (StaleElementReferenceException e) {
            return -1;
        }
    }

    /** The sentence of the status region (role="status"). */
    public String status() {
        return browser.byId("statusText").getText();
    }

    /** The role of the region around the status sentence. */
    public String statusRole() {
        return browser.byId("statusText").findElement(By.xpath("..")).getAttribute("role");
    }

    /**
     * Waits (up to {@code timeout}) until the import has finished, noting every percentage the bar showed on the way,
     * and saving a screenshot named {@code whileRunning} the first time the bar shows a part done (if it ever does).
     */
    public List<Integer> awaitFinished(Duration timeout, String whileRunning) {
        List<Integer> seen = new ArrayList<>();
        boolean[] shot = {false};
        browser.waitFor(timeout).ignoring(StaleElementReferenceException.class).until(d -> {
            // the status first: an update that lands between the two reads then shows in the bar read after it
            String status = status();
            int now = percent();
            if (now >= 0 && (seen.isEmpty() || seen.get(seen.size() - 1) != now)) {
                seen.add(now);
            }
            if (!shot[0] && now > 0 && now < 100) {
                shot[0] = true;
                script("document.getElementById('statusText').scrollIntoView({block: 'center'});");
                browser.screenshot(whileRunning);
            }
            return status.startsWith("Finished");
        });
        browser.awaitIdle();
        return seen;
    }

    public String count(String id) {
        return text(id);
    }

    /** Presses "Download the whole report" and returns the file the browser saved. */
    public Path downloadReport() {
        return browser.pressForDownload(By.id("reportForm:download"));
    }
}
