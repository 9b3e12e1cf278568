package org.ecaf.web.interfaces.jsf;

/**
 * A new password as the pages ask for it, typed twice: on "Your account" and at the sign-in step that asks for a
 * password of one's own. The fields are {@code password} and {@code repeated}, as in the refusals of the rules.
 */
public class NewPassword {

    private String password;
    private String repeated;

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
