package org.ecaf.domain.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.ecaf.domain.child.Child;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.shared.DomainEntity;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.RulesViolated;
import org.ecaf.domain.shared.Violation;

/**
 * Access without involvement: a practitioner who must read a child's full record without working on the case says
 * why; the access lasts {@link #LENGTH}, is read-only, is audited, and is shown to the team lead who holds the
 * child's case. It is never possible for a shielded child.
 */
@Entity
@Table(name = "access_grant")
public class AccessGrant extends DomainEntity {

    /** How long a grant lasts: a working day. */
    public static final Duration LENGTH = Duration.ofHours(8);

    @ManyToOne(optional = false)
    @JoinColumn(name = "child_id", nullable = false)
    private Child child;

    @ManyToOne(optional = false)
    @JoinColumn(name = "practitioner_id", nullable = false)
    private Practitioner practitioner;

    @Column(name = "reason", nullable = false, length = 1000)
    private String reason;

    @Column(name = "granted_at", nullable = false)
    private OffsetDateTime grantedAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    protected AccessGrant() {
    }

    private AccessGrant(Child child, Practitioner practitioner, String reason, OffsetDateTime at) {
        this.child = child;
        this.practitioner = practitioner;
        this.reason = reason;
        this.grantedAt = at;
        this.expiresAt = at.plus(LENGTH);
    }

    /** Records access without involvement, or refuses it: a reason is required; never for a shielded child. */
    public static AccessGrant record(Child child, Practitioner who, String reason, OffsetDateTime at) {
        if (child.isShielded()) {
            throw new RulesViolated(List.of(new Violation(RefusalCode.ACCESS_GRANT_NOT_POSSIBLE,
                    "Access without involvement "
                    + "cannot be recorded for this child's record. Ask the team that holds it to add you to the Team "
                    + "Around the Child.", null)));
        }
        List<Violation> problems = new ArrayList<>();
        if (reason == null || reason.strip().length() < 10) {
            problems.add(new Violation(RefusalCode.REASON_REQUIRED,
                    "Say why you need to see this child's record without being "
                    + "involved (at least 10 characters). The team that holds the case will see your reason.", "reason"));
        } else if (reason.strip().length() > 1000) {
            problems.add(new Violation(RefusalCode.TOO_LONG, "The reason is longer than 1000 characters.", "reason"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new AccessGrant(child, who, reason.strip(), at);
    }

    public boolean activeAt(OffsetDateTime at) {
        return !at.isBefore(grantedAt) && at.isBefore(expiresAt);
    }

    public Child getChild() {
        return child;
    }

    public Practitioner getPractitioner() {
        return practitioner;
    }

    public String getReason() {
        return reason;
    }

    public OffsetDateTime getGrantedAt() {
        return grantedAt;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }
}
