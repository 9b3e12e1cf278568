package org.ecaf.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ecaf.domain.child.FamilyMember;
import org.ecaf.domain.organisation.Agency;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.shared.DomainEntity;

/**
 * Consent given for one case, by the young person or a named parent or carer: to record information, and to
 * share it with the listed agencies and family members. It can be withdrawn at any time; a withdrawal is kept
 * (with its date) and never deletes the consent.
 */
@Entity
@Table(name = "consent")
public class Consent extends DomainEntity {

    /** Who gave consent. */
    public enum GivenBy { YOUNG_PERSON, FAMILY_MEMBER }

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private CafCase cafCase;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "given_by", nullable = false, length = 20)
    private GivenBy givenBy;

    @ManyToOne
    @JoinColumn(name = "family_member_id")
    private FamilyMember familyMember;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(name = "to_record", nullable = false)
    private boolean toRecord;

    @Column(name = "to_share", nullable = false)
    private boolean toShare;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "consent_agency", joinColumns = @JoinColumn(name = "consent_id"),
            inverseJoinColumns = @JoinColumn(name = "agency_id"))
    private Set<Agency> agencies = new HashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "consent_family_member", joinColumns = @JoinColumn(name = "consent_id"),
            inverseJoinColumns = @JoinColumn(name = "family_member_id"))
    private Set<FamilyMember> familyMembers = new HashSet<>();

    @Column(name = "evidence", length = 400)
    private String evidence;

    @jakarta.persistence.ElementCollection(fetch = FetchType.LAZY)
    @jakarta.persistence.CollectionTable(name = "consent_withheld_section", joinColumns = @JoinColumn(name = "consent_id"))
    @Column(name = "section_key", nullable = false, length = 60)
    private Set<String> withheldSections = new HashSet<>();

    @ManyToOne(optional = false)
    @JoinColumn(name = "recorded_by", nullable = false)
    private Practitioner recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawal_reason", length = 1000)
    private String withdrawalReason;

    @ManyToOne
    @JoinColumn(name = "withdrawal_recorded_by")
    private Practitioner withdrawalRecordedBy;

    protected Consent() {
    }

    Consent(CafCase cafCase, ConsentDetails details, Practitioner recordedBy, OffsetDateTime recordedAt) {
        this.cafCase = cafCase;
        this.givenBy = details.givenBy();
        this.familyMember = details.familyMember();
        this.givenOn = details.givenOn();
        this.toRecord = details.toRecord();
        this.toShare = details.toShare();
        this.agencies = new HashSet<>(details.agencies());
        this.familyMembers = new HashSet<>(details.familyMembers());
        this.evidence = details.evidence();
        this.withheldSections = new HashSet<>(details.withheldSections());
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void withdraw(LocalDate on, String reason, Practitioner by) {
        this.withdrawnOn = on;
        this.withdrawalReason = reason;
        this.withdrawalRecordedBy = by;
    }

    /** Given by the same person: the young person both times, or the same family member. */
    boolean sameGiverAs(Consent other) {
        return givenBy == other.givenBy && java.util.Objects.equals(familyMember, other.familyMember);
    }

    /** In force on {@code day}: given on or before it and not withdrawn by then. */
    public boolean inForceOn(LocalDate day) {
        return !givenOn.isAfter(day) && (withdrawnOn == null || withdrawnOn.isAfter(day));
    }

    public boolean isWithdrawn() {
        return withdrawnOn != null;
    }

    public boolean covers(Agency agency) {
        return toShare && agencies.contains(agency);
    }

    public boolean covers(FamilyMember member) {
        return toShare && familyMembers.contains(member);
    }

    /** "the young person" or the family member's name and relationship. */
    public String giverDescription() {
        return givenBy == GivenBy.YOUNG_PERSON ? "the young person"
                : familyMember.getName() + " (" + familyMember.getRelationship().label().toLowerCase() + ")";
    }

    public CafCase getCafCase() {
        return cafCase;
    }

    public GivenBy getGivenBy() {
        return givenBy;
    }

    public FamilyMember getFamilyMember() {
        return familyMember;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public boolean isToRecord() {
        return toRecord;
    }

    public boolean isToShare() {
        return toShare;
    }

    public List<Agency> getAgencies() {
        return agencies.stream().sorted(java.util.Comparator.comparing(Agency::getName)).toList();
    }

    public List<FamilyMember> getFamilyMembers() {
        return familyMembers.stream().sorted(java.util.Comparator.comparing(FamilyMember::getName)).toList();
    }

    /** Sections of the assessment the family does not agree to share with agencies. */
    public Set<String> getWithheldSections() {
        return Set.copyOf(withheldSections);
    }

    public String getEvidence() {
        return evidence;
    }

    public Practitioner getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }
}
