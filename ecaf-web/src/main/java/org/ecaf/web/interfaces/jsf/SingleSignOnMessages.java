package org.ecaf.web.interfaces.jsf;

/**
 * The sentence the sign-in and "Confirm it's you" pages show when a sign-in with the council's identity provider was
 * refused. The code comes from the address ({@code ?sso=NO_ACCOUNT}); an unknown code gets the general sentence, and
 * nothing from the address is ever shown.
 */
final class SingleSignOnMessages {

    private SingleSignOnMessages() {
    }

    static String sentence(String code, String provider) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return switch (code) {
            case "NO_ACCOUNT" -> "You signed in with " + provider + ", but no eCAF account is linked to it. Ask your "
                    + "eCAF administrator to check that your eCAF account has the same username or e-mail address.";
            case "AMBIGUOUS_ACCOUNT" -> "You signed in with " + provider + ", but more than one eCAF account has "
                    + "your e-mail address. Ask your eCAF administrator to correct the accounts.";
            case "ACCOUNT_DISABLED" -> "You signed in with " + provider + ", but your eCAF account is disabled. Ask "
                    + "your eCAF administrator.";
            case "CLAIM_MISSING" -> provider + " did not say which eCAF account you have. Ask your eCAF "
                    + "administrator.";
            case "ACR_NOT_ACCEPTED" -> "eCAF needs a stronger sign-in (for example with a second factor) than "
                    + provider + " used. Sign in there again with it.";
            case "PROVIDER_REFUSED" -> "The sign-in with " + provider + " was cancelled or refused. Nothing was "
                    + "changed. Try again, or sign in with your eCAF password.";
            case "STATE_MISMATCH" -> "That sign-in had expired or was not started on this page. Sign in again.";
            case "DIFFERENT_PERSON" -> "You signed in with " + provider + " as someone else. Confirm with your own "
                    + "account.";
            case "PROVIDER_UNAVAILABLE" -> provider + " cannot be reached just now. Try again in a minute, or sign in"
                    + " with your eCAF password.";
            default -> "The sign-in with " + provider + " did not work. Sign in again.";
        };
    }
}
