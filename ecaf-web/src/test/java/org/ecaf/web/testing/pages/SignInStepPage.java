package org.ecaf.web.testing.pages;

import java.util.List;
import org.ecaf.web.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The steps of signing in after the password ({@code /sign-in/…}): choosing a password of one's own, enrolling an
 * authenticator (its secret, a code, the recovery codes), and the code at each later sign-in.
 */
public final class SignInStepPage extends Page {

    SignInStepPage(Browser browser) {
        super(browser);
    }

    /** The step the browser shows now. */
    public static SignInStepPage of(Browser browser) {
        return new SignInStepPage(browser);
    }

    /** Types a new password twice and submits it. */
    public SignInStepPage newPassword(String password, String repeated) {
        browser.type("signIn:password", password);
        browser.type("signIn:repeated", repeated);
        browser.clickAndWait("signIn:submit");
        return this;
    }

    /** Types a code (an authenticator's or a recovery code) and submits it. */
    public SignInStepPage code(String code) {
        browser.type("signIn:code", code);
        browser.clickAndWait("signIn:submit");
        return this;
    }

    /** The authenticator's secret shown while enrolling, without spaces. */
    public String secret() {
        return text("secret").replace(" ", "");
    }

    /** The text alternative of the enrolment's QR code. */
    public String qrCodeLabel() {
        return browser.driver().findElement(By.cssSelector("svg.qr-code")).getAttribute("aria-label");
    }

    /** The recovery codes shown once after enrolling. */
    public List<String> recoveryCodes() {
        return browser.driver().findElements(By.cssSelector("#recoveryCodes code")).stream()
                .map(WebElement::getText).toList();
    }

    /** Carries on from the recovery codes to the home page. */
    public SignInStepPage carryOn() {
        browser.clickAndWait("signIn:continue");
        return this;
    }

    /** Who is signed in, as the header says. */
    public String signedInAs() {
        return browser.text(By.className("app-user-name"));
    }
}
