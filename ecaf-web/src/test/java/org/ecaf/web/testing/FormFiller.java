package org.ecaf.web.testing;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import org.ecaf.forms.definition.Field;
import org.ecaf.forms.definition.FieldType;
import org.ecaf.forms.definition.Option;
import org.ecaf.forms.definition.Section;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
/**
 * Fills a section of a form rendered by {@code <ecaf:formFields>} from a JSON answer set, the way a person would:
 * typing text, choosing radios and checkboxes, adding rows to repeating groups. Fields appear as their conditions
 * come to hold, so they are filled in form order.
 */
public final class FormFiller {

    private final Browser browser;
    /** The client-id prefix of the inputs, e.g. {@code assessment:fields:f_}. */
    private final String prefix;

    public FormFiller(Browser browser, String prefix) {
        this.browser = browser;
        this.prefix = prefix;
    }

    public void fill(Section section, JsonObject answers) {
        for (Field field : section.fields()) {
            JsonValue value = answers.get(field.key());
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            if (field.type() == FieldType.GROUP) {
                fillGroup(field, value.asJsonArray());
            } else {
                set(field, prefix + field.key(), value);
            }
        }
    }

    private void fillGroup(Field group, JsonArray rows) {
        String childPrefix = prefix.substring(prefix.lastIndexOf(':') + 1);
        for (int i = 0; i < rows.size(); i++) {
            String firstInput = prefix + group.key() + ":" + i + ":" + childPrefix + group.fields().get(0).key();
            if (browser.driver().findElements(By.id(firstInput)).isEmpty()) {
                browser.click(prefix + group.key() + "_add");
                await(firstInput);
            }
            JsonObject row = rows.getJsonObject(i);
            for (Field child : group.fields()) {
                JsonValue value = row.get(child.key());
                if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
                    set(child, prefix + group.key() + ":" + i + ":" + childPrefix + child.key(), value);
                }
            }
        }
    }

    private void set(Field field, String id, JsonValue value) {
        switch (field.type()) {
            case DATE -> {
                await(id);
                java.time.LocalDate date = java.time.LocalDate.parse(((JsonString) value).getString());
                type(id, String.valueOf(date.getDayOfMonth()));
                type(id + "_month", String.valueOf(date.getMonthValue()));
                type(id + "_year", String.valueOf(date.getYear()));
            }
            case BOOLEAN -> choose(id + ":" + (value == JsonValue.TRUE ? 0 : 1));
            case SINGLE_CHOICE -> {
                String chosen = ((JsonString) value).getString();
                if (field.options().size() > 6) {
                    await(id);
                    browser.select(id, chosen);
                } else {
                    choose(id + ":" + index(field, chosen));
                }
            }
            case MULTI_CHOICE -> {
                for (JsonValue item : value.asJsonArray()) {
                    choose(id + ":" + index(field, ((JsonString) item).getString()));
                }
            }
            default -> {
                await(id);
                type(id, value instanceof JsonString s ? s.getString() : value.toString());
            }
        }
    }

    private void type(String id, String text) {
        WebElement input = browser.byId(id);
        input.clear();
        input.sendKeys(text);
    }

    private static int index(Field field, String value) {
        int i = 0;
        for (Option option : field.options()) {
            if (option.value().equals(value)) {
                return i;
            }
            i++;
        }
        throw new IllegalArgumentException(value + " is not an option of " + field.key());
    }

    private void choose(String id) {
        await(id);
        if (browser.isKeyboardOnly()) {
            WebElement box = browser.byId(id);
            if (!box.isSelected()) {
                box.sendKeys(org.openqa.selenium.Keys.SPACE);
            }
        } else {
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", browser.byId(id));
        }
        browser.awaitIdle();
    }

    private void await(String id) {
        browser.waitFor(Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.id(id)).isEmpty() && d.findElement(By.id(id)).isEnabled());
    }
}
