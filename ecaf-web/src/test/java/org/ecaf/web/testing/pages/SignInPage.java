package org.ecaf.web.testing.pages;

import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.Browser;
import org.openqa.selenium.By;

/** The sign-in page: demo accounts sign in with the demo password. */
public final class SignInPage extends Page {

    private SignInPage(Browser browser) {
        super(browser);
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
