package org.ecaf.web.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core inside the page (the {@code axe.min.js} that Deque publishes on Maven Central) against WCAG 2.0,
 * 2.1 and 2.2 A/AA rules, and returns the serious and critical violations in words.
 */
public final class Accessibility {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final String AXE = load();

    private Accessibility() {
    }

    private static String load() {
        try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The serious and critical violations on the current page, one line each; empty when there are none. */
    public static List<String> seriousViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        // axe-core (about 550 KB) is put into a page once; an AJAX update keeps the document and so keeps axe
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(AXE);
        }
        Object raw = js.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']},"
                        + " resultTypes: ['violations']})"
                        + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                        + ".catch(function (e) { done('ERROR ' + e); });");
        String text = String.valueOf(raw);
        if (text.startsWith("ERROR")) {
            throw new IllegalStateException("axe-core failed: " + text);
        }
        JsonArray violations;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            violations = reader.readArray();
        }
        List<String> found = new ArrayList<>();
        for (JsonValue value : violations) {
            JsonObject violation = value.asJsonObject();
            String impact = violation.getString("impact", "");
            if (BLOCKING.contains(impact)) {
                List<String> targets = new ArrayList<>();
                for (JsonValue node : violation.getJsonArray("nodes")) {
                    targets.add(node.asJsonObject().getJsonArray("target").toString());
                }
                found.add(impact + " " + violation.getString("id") + ": " + violation.getString("help") + " at " + targets);
            }
        }
        return found;
    }
}
