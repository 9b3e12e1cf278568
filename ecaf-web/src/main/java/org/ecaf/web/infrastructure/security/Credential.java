package org.ecaf.web.infrastructure.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The salted, slow hash of an account's password (PBKDF2). Never leaves the security layer. */
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

    protected Credential() {
    }

    public Credential(String username, String passwordHash, OffsetDateTime changedAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.changedAt = changedAt;
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

    void change(String newHash, OffsetDateTime at) {
        this.passwordHash = newHash;
        this.changedAt = at;
    }
}
