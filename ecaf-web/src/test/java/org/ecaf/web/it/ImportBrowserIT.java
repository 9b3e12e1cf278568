package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.Browser;
import org.ecaf.web.testing.BrowserExtension;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.Journeys;
import org.ecaf.web.testing.SecondServer;
import org.ecaf.web.testing.pages.ImportPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The import page in Chromium: an administrator uploads a file of 6,001 rows (two chunks), watches the progress bar
 * and its status sentence until the import has finished, reads the report and downloads it whole; the page passes axe
 * before and after, and fits a 390 px phone without scrolling sideways.
 */
@ExtendWith({EcafServerExtension.class, BrowserExtension.class})
@SecondServer("import")
class ImportBrowserIT {

    private static final int ROWS = 6_000;

    private Browser browser;

    @Test
    void anAdministratorUploadsAFileWatchesTheProgressBarReachTheEndAndReadsTheReport() throws Exception {
        String family = Journeys.randomName();
        StringBuilder csv = new StringBuilder("given_names,family_name,date_of_birth,postcode\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append(Journeys.randomName()).append(',').append(Journeys.randomName()).append(',')
                    .append(2010 + i % 15).append("-0").append(1 + i % 9).append('-').append(10 + i % 18)
                    .append(",NB").append(1 + i % 9).append(" 1AA\n");
        }
        csv.append("Maya,").append(family).append(",2015-02-30,NB1 1AA\n"); // row 6,001: not a date
        Path file = EcafServer.TARGET.resolve("import-browser-" + System.nanoTime() + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        browser.signIn("admin", Api.DEMO_PASSWORD);
        ImportPage page = ImportPage.fromNavigation(browser);
        assertThat(page.heading()).isEqualTo("Import children's records");
        assertThat(page.text("header")).isEqualTo("given_names,family_name,other_names,date_of_birth,"
                + "expected_date_of_delivery,gender,address,postcode,nhs_number,upn,first_language,shielded");
        assertThat(page.text("maxSize")).isEqualTo("20 MB");
        page.assertAccessible();

        page.upload(file);
        assertThat(page.progressBar().getAttribute("role")).isEqualTo("progressbar");
        assertThat(page.progressBar().getAttribute("aria-label")).isEqualTo("Import progress");
        assertThat(page.statusRole()).isEqualTo("status");
        List<Integer> seen = page.awaitFinished(Duration.ofSeconds(120), "import-page-running");

        assertThat(seen).isSorted().last().isEqualTo(100);
        assertThat(page.status()).isEqualTo(String.format(Locale.UK,
                "Finished: %,d of %,d rows read, %,d imported, 1 rejected.", ROWS + 1, ROWS + 1, ROWS));
        assertThat(page.count("rejectedCount")).isEqualTo("1");
        assertThat(page.row("rejected", "6001").getText()).contains("date_of_birth: '2015-02-30' is not a date");
        Path report = page.downloadReport();
        assertThat(Files.readString(report)).startsWith("kind,row,other_row,child,other_child,problems_or_reasons")
                .contains("rejected,6001,");
        page.assertAccessible();
        page.screenshot("import-page-finished");

        browser.width(390);
        browser.awaitIdle();
        assertThat(page.pageWidth()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(page.windowWidth());
        page.screenshot("import-page-390");
    }
}
