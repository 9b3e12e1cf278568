package org.ecaf.web.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.ecaf.domain.audit.AuditEntry;
import org.ecaf.domain.audit.AuditLog;
import org.ecaf.domain.audit.AuditOutcome;
import org.ecaf.domain.organisation.Practitioner;

/**
 * The security layer's store: accounts with their password hashes and sign-in state, TOTP enrolment, recovery
 * codes, and the audit events of signing in. The application layer reaches credentials only through here.
 */
@ApplicationScoped
public class AccountDirectory {

    /** An account and its password hash. */
    public record Login(Practitioner practitioner, String passwordHash) {
    }

    /** What decides the steps of a sign-in after the password was right. */
    public record SignInState(boolean active, boolean mustChange, boolean shortPasswordAllowed,
                              boolean twoFactorEnrolled, OffsetDateTime sessionsAfter) {
    }

    static final int RECOVERY_CODES = 10;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    @PersistenceContext(unitName = "ecaf")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    PasswordHashing passwords;

    public Optional<Login> loginOf(String username) {
        List<Object[]> rows = em.createQuery("select p, c.passwordHash from Practitioner p, Credential c"
                        + " where p.username = :username and c.username = p.username", Object[].class)
                .setParameter("username", username)
                .getResultList();
        return rows.stream().findFirst().map(row -> new Login((Practitioner) row[0], (String) row[1]));
    }

    /**
     * The usernames of the accounts whose e-mail address is {@code email} (compared without regard to case): single
     * sign-on by the {@code email} claim. More than one means the claim cannot name an account.
     */
    public List<String> usernamesWithEmail(String email) {
        return em.createQuery("select p.username from Practitioner p where lower(p.email) = :email", String.class)
                .setParameter("email", email.toLowerCase(java.util.Locale.ROOT))
                .setMaxResults(2)
                .getResultList();
    }

    /** The account's credential (password state, second factor, last sign-in), if it has one. */
    public Optional<Credential> credentialOf(String username) {
        return Optional.ofNullable(em.find(Credential.class, username));
    }

    public Optional<SignInState> stateOf(String username) {
        List<Object[]> rows = em.createQuery("select p.active, c from Practitioner p, Credential c"
                        + " where p.username = :username and c.username = p.username", Object[].class)
                .setParameter("username", username)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Credential c = (Credential) row[1];
            return new SignInState((Boolean) row[0], c.isMustChange(), c.isDemoPassword(), c.isTwoFactorEnrolled(),
                    c.getSessionsAfter());
        });
    }

    // ------------------------------------------------------------------ passwords

    /** Creates the credential of a new account with a one-time password; returns that password. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String createWithOneTimePassword(String username) {
        String oneTime = oneTimePassword();
        em.persist(Credential.oneTime(username, passwords.hash(oneTime), now()));
        return oneTime;
    }

    /** Sets a new one-time password that must be changed at next sign-in, and ends the account's sessions. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String resetPassword(String username) {
        String oneTime = oneTimePassword();
        credential(username).reset(passwords.hash(oneTime), now());
        return oneTime;
    }

    /** The person's own new password (already checked against {@link PasswordRules}). */
    @Transactional
    public void changePassword(String username, String newPassword) {
        credential(username).change(passwords.hash(newPassword), now());
    }

    public boolean passwordMatches(String username, String password) {
        return loginOf(username).map(l -> passwords.verify(password, l.passwordHash())).orElse(false);
    }

    /** Four groups of four letters and digits (about 80 bits), easy to read out over the telephone. */
    static String oneTimePassword() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                s.append('-');
            }
            s.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return s.toString();
    }

    // ------------------------------------------------------------------ sessions

    @Transactional
    public void endSessions(String username) {
        credential(username).endSessions(now());
    }

    @Transactional
    public void signedIn(String username) {
        credential(username).signedIn(now());
    }

    // ------------------------------------------------------------------ second factor

    /** Starts (or restarts) enrolment with a new secret; the old one, if any, stops working. */
    @Transactional
    public String startEnrolment(String username) {
        String secret = Totp.newSecret();
        credential(username).startEnrolment(secret);
        return secret;
    }

    /** Confirms enrolment with a code from the app; returns the new recovery codes, or empty when the code is wrong. */
    @Transactional
    public Optional<List<String>> confirmEnrolment(String username, String code) {
        Credential c = lockedCredential(username);
        if (c.getTotpSecret() == null) {
            return Optional.empty();
        }
        OptionalLong step = Totp.verify(c.getTotpSecret(), code, clock.instant(), null);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        c.confirmEnrolment(now(), step.getAsLong());
        return Optional.of(newRecoveryCodes(username));
    }

    /** Checks a TOTP code, or failing that an unused recovery code (which is then used up). */
    @Transactional
    public boolean verifySecondFactor(String username, String code) {
        Credential c = lockedCredential(username);
        if (!c.isTwoFactorEnrolled() || code == null) {
            return false;
        }
        OptionalLong step = Totp.verify(c.getTotpSecret(), code, clock.instant(), c.getTotpLastStep());
        if (step.isPresent()) {
            c.acceptedStep(step.getAsLong());
            return true;
        }
        String normalised = code.strip().toLowerCase().replaceAll("[\\s-]", "");
        if (normalised.length() != 10) {
            return false;
        }
        int used = em.createNativeQuery("UPDATE recovery_code SET used_at = ?1 WHERE username = ?2 AND code_hash = ?3"
                        + " AND used_at IS NULL")
                .setParameter(1, now()).setParameter(2, username).setParameter(3, sha256(normalised))
                .executeUpdate();
        if (used == 1) {
            audit.append(new AuditEntry(username, "sign-in.recovery-code", "account", username, AuditOutcome.SUCCESS,
                    unusedRecoveryCodes(username) + " recovery codes left"));
        }
        return used == 1;
    }

    /** Replaces every recovery code with ten new ones and returns them (shown once, never stored in clear). */
    @Transactional
    public List<String> newRecoveryCodes(String username) {
        em.createNativeQuery("DELETE FROM recovery_code WHERE username = ?1").setParameter(1, username).executeUpdate();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int j = 0; j < 10; j++) {
                code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
            }
            em.createNativeQuery("INSERT INTO recovery_code (username, code_hash) VALUES (?1, ?2)")
                    .setParameter(1, username).setParameter(2, sha256(code.toString())).executeUpdate();
            codes.add(code.substring(0, 5) + "-" + code.substring(5));
        }
        return codes;
    }

    public long unusedRecoveryCodes(String username) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM recovery_code WHERE username = ?1"
                + " AND used_at IS NULL").setParameter(1, username).getSingleResult()).longValue();
    }

    /** An administrator's reset of a lost authenticator: the person enrols again at next sign-in. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void clearSecondFactor(String username) {
        credential(username).clearTwoFactor();
        em.createNativeQuery("DELETE FROM recovery_code WHERE username = ?1").setParameter(1, username).executeUpdate();
    }

    // ------------------------------------------------------------------ audit of signing in

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSignInFailures(String username, int count, int clients, String reasons) {
        // for names without an account, only the count and why: never what was typed or claimed
        String detail = username == null
                ? count + " failed sign-in(s) with usernames that have no account, from " + clients + " address(es)"
                + (reasons == null || reasons.equals("UNKNOWN_ACCOUNT") ? "" : ": " + reasons)
                : count + " failed sign-in(s) from " + clients + " address(es): " + reasons;
        audit.append(new AuditEntry("anonymous", "sign-in.failed", "account", username, AuditOutcome.DENIED, detail));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordLogin(String username, String channel) {
        audit.append(new AuditEntry(username, "login", "account", username, AuditOutcome.SUCCESS, channel));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String actor, String action, String username, AuditOutcome outcome, String detail) {
        audit.append(new AuditEntry(actor, action, "account", username, outcome, detail));
    }

    // ------------------------------------------------------------------

    private Credential credential(String username) {
        Credential c = em.find(Credential.class, username);
        if (c == null) {
            throw new IllegalStateException("no credential for " + username);
        }
        return c;
    }

    private Credential lockedCredential(String username) {
        Credential c = em.find(Credential.class, username, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new IllegalStateException("no credential for " + username);
        }
        return c;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
