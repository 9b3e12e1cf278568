package org.ecaf.web.testing.pages;

import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The sign-in page: demo accounts sign in with the demo password. */
public final class SignInPage extends Page {

    private SignInPage(Browser browser) {
        super(browser);
    }

    /** The sign-in page the browser shows now. */
    public static SignInPage of(Browser browser) {
        return new SignInPage(browser);
    }

    public static SignInPage open(Browser browser) {
        browser.open("/login.xhtml");
        return new SignInPage(browser);
    }

    /** Types a username and a password and presses "Sign in" (the page stays when they are refused). */
    public SignInPage submit(String username, String password) {
        browser.type("login:username", username);
        browser.type("login:password", password);
        browser.click("login:signIn");
        return this;
    }

    /** The username box (to work the form with the keyboard). */
    public WebElement usernameBox() {
        return browser.byId("login:username");
    }

    /** What the sign-in page says in demo mode. */
    public String demoNotice() {
        return browser.byId("demoNotice").getText();
    }

    public boolean showsDemoNotice() {
        return has("demoNotice");
    }

    /**
     * Signs {@code username} in with the demo password and waits until the signed-in page has loaded (the sign-out
     * button), so the next step cannot race it; returns the home page.
     */
    public static HomePage signIn(Browser browser, String username) {
        browser.signIn(username, Api.DEMO_PASSWORD);
        browser.find(By.id("userForm:logout"));
        return new HomePage(browser);
    }

    /** Signs out and waits for the sign-in page. */
    public static void signOut(Browser browser) {
        browser.signOut();
        new SignInPage(browser).awaitPath("/login.xhtml");
    }
}
