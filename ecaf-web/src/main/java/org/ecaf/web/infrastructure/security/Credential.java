package org.ecaf.web.infrastructure.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * What the security layer keeps about an account's sign-in: the salted, slow hash of its password (PBKDF2), whether
 * it must be changed, the TOTP secret and the moment before which sessions are no longer accepted. Never leaves the
 * security layer; the domain's {@code Practitioner} knows nothing of it.
 */
@Entity
@Table(name = "credential")
public class Credential {

    @Id
    @Column(name = "username", length = 60)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Column(name = "must_change", nullable = false)
    private boolean mustChange;

    @Column(name = "demo_password", nullable = false)
    private boolean demoPassword;

    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    @Column(name = "totp_confirmed_at")
    private OffsetDateTime totpConfirmedAt;

    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Column(name = "sessions_after")
    private OffsetDateTime sessionsAfter;

    @Column(name = "last_sign_in_at")
    private OffsetDateTime lastSignInAt;

    protected Credential() {
    }

    public Credential(String username, String passwordHash, OffsetDateTime changedAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.changedAt = changedAt;
    }

    /** A password someone else chose (a new account, a reset, the bootstrap): it must be changed at next sign-in. */
    public static Credential oneTime(String username, String passwordHash, OffsetDateTime at) {
        Credential credential = new Credential(username, passwordHash, at);
        credential.mustChange = true;
        return credential;
    }

    /** A seeded demo account, allowed to keep the short demo password. */
    public Credential demo() {
        this.demoPassword = true;
        return this;
    }

    public String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }

    public boolean isMustChange() {
        return mustChange;
    }

    public boolean isDemoPassword() {
        return demoPassword;
    }

    String getTotpSecret() {
        return totpSecret;
    }

    public boolean isTwoFactorEnrolled() {
        return totpSecret != null && totpConfirmedAt != null;
    }

    Long getTotpLastStep() {
        return totpLastStep;
    }

    public OffsetDateTime getSessionsAfter() {
        return sessionsAfter;
    }

    public OffsetDateTime getLastSignInAt() {
        return lastSignInAt;
    }

    /** The person chose a new password themselves. */
    void change(String newHash, OffsetDateTime at) {
        this.passwordHash = newHash;
        this.changedAt = at;
        this.mustChange = false;
        this.demoPassword = false;
    }

    /** An administrator set a one-time password: it must be changed, and every session of the account ends. */
    void reset(String newHash, OffsetDateTime at) {
        this.passwordHash = newHash;
        this.changedAt = at;
        this.mustChange = true;
        this.demoPassword = false;
        this.sessionsAfter = at;
    }

    void startEnrolment(String secret) {
        this.totpSecret = secret;
        this.totpConfirmedAt = null;
        this.totpLastStep = null;
    }

    void confirmEnrolment(OffsetDateTime at, long step) {
        this.totpConfirmedAt = at;
        this.totpLastStep = step;
    }

    void acceptedStep(long step) {
        this.totpLastStep = step;
    }

    void clearTwoFactor() {
        this.totpSecret = null;
        this.totpConfirmedAt = null;
        this.totpLastStep = null;
    }

    void endSessions(OffsetDateTime at) {
        this.sessionsAfter = at;
    }

    void signedIn(OffsetDateTime at) {
        this.lastSignInAt = at;
    }
}
