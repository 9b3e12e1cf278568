package org.ecaf.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.ecaf.domain.shared.DomainEntity;

/** An action of the delivery plan: what will be done, by whom, by when, to what end, and how it stands. */
@Entity
@Table(name = "plan_action")
public class PlanAction extends DomainEntity {

    /** How an action stands. */
    public enum Status {
        NOT_STARTED("Not started"), IN_PROGRESS("In progress"), DONE("Done"), DROPPED("No longer needed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private CafCase cafCase;

    @Column(name = "what", nullable = false, length = 1000)
    private String what;

    @Column(name = "who", nullable = false, length = 200)
    private String who;

    @Column(name = "by_when", nullable = false)
    private LocalDate byWhen;

    @Column(name = "desired_outcome", length = 1000)
    private String desiredOutcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected PlanAction() {
    }

    PlanAction(CafCase cafCase, String what, String who, LocalDate byWhen, String desiredOutcome, OffsetDateTime at) {
        this.cafCase = cafCase;
        this.what = what;
        this.who = who;
        this.byWhen = byWhen;
        this.desiredOutcome = desiredOutcome;
        this.status = Status.NOT_STARTED;
        this.updatedAt = at;
    }

    void update(String what, String who, LocalDate byWhen, String desiredOutcome, Status status, OffsetDateTime at) {
        this.what = what;
        this.who = who;
        this.byWhen = byWhen;
        this.desiredOutcome = desiredOutcome;
        this.status = status;
        this.updatedAt = at;
    }

    /** Not done (or dropped) and past its date on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return (status == Status.NOT_STARTED || status == Status.IN_PROGRESS) && byWhen.isBefore(today);
    }

    public String getWhat() {
        return what;
    }

    public String getWho() {
        return who;
    }

    public LocalDate getByWhen() {
        return byWhen;
    }

    public String getDesiredOutcome() {
        return desiredOutcome;
    }

    public Status getStatus() {
        return status;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
