package org.ecaf.domain.child;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ecaf.domain.child.identity.NhsNumber;
import org.ecaf.domain.child.identity.Postcode;
import org.ecaf.domain.child.identity.UniquePupilNumber;
import org.ecaf.domain.child.matching.ChildParticulars;
import org.ecaf.domain.child.matching.MatchKeys;
import org.ecaf.domain.shared.DomainEntity;

/**
 * A child or young person (or an unborn baby) known to eCAF. One record per child: registration looks for likely
 * duplicates first. A <b>shielded</b> child (at risk from someone looking for them) shows only name, age band and
 * the lead professional's contact to anyone not directly involved, and their address to nobody else.
 */
@Entity
@Table(name = "child")
public class Child extends DomainEntity {

    @Column(name = "given_names", nullable = false, length = 200)
    private String givenNames;

    @Column(name = "family_name", nullable = false, length = 200)
    private String familyName;

    @Column(name = "other_names", length = 400)
    private String otherNames;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Column(name = "expected_date_of_delivery")
    private LocalDate expectedDateOfDelivery;

    @Column(name = "gender", length = 40)
    private String gender;

    @Column(name = "address", length = 400)
    private String address;

    @Column(name = "postcode", length = 10)
    private String postcode;

    @Column(name = "nhs_number", length = 10)
    private String nhsNumber;

    @Column(name = "upn", length = 13)
    private String upn;

    @Column(name = "first_language", length = 100)
    private String firstLanguage;

    @Column(name = "shielded", nullable = false)
    private boolean shielded;

    @Column(name = "family_name_key", length = 20)
    private String familyNameKey;

    @Column(name = "given_name_key", length = 20)
    private String givenNameKey;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "postcode_district", length = 8)
    private String postcodeDistrict;

    @Column(name = "registered_by", nullable = false, length = 60)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false)
    private OffsetDateTime registeredAt;

    @OneToMany(mappedBy = "child", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<FamilyMember> familyMembers = new ArrayList<>();

    protected Child() {
    }

    public Child(ChildDetails details, String registeredBy, OffsetDateTime registeredAt) {
        this.registeredBy = Objects.requireNonNull(registeredBy);
        this.registeredAt = Objects.requireNonNull(registeredAt);
        update(details);
    }

    /** Replaces the child's particulars (already validated by {@link ChildDetails}) and refreshes the match keys. */
    public final void update(ChildDetails details) {
        this.givenNames = details.givenNames();
        this.familyName = details.familyName();
        this.otherNames = details.otherNames().isEmpty() ? null : String.join("; ", details.otherNames());
        this.dateOfBirth = details.dateOfBirth();
        this.expectedDateOfDelivery = details.expectedDateOfDelivery();
        this.gender = details.gender();
        this.address = details.address();
        this.postcode = details.postcode() == null ? null : details.postcode().value();
        this.nhsNumber = details.nhsNumber() == null ? null : details.nhsNumber().value();
        this.upn = details.upn() == null ? null : details.upn().value();
        this.firstLanguage = details.firstLanguage();
        this.shielded = details.shielded();
        MatchKeys keys = MatchKeys.of(particulars());
        this.familyNameKey = keys.familyNameKey();
        this.givenNameKey = keys.givenNameKey();
        this.birthDate = keys.birthDate();
        this.postcodeDistrict = keys.postcodeDistrict();
    }

    /** What the duplicate matcher compares. */
    public ChildParticulars particulars() {
        return new ChildParticulars(getId(), givenNames, familyName, getOtherNames(), dateOfBirth,
                expectedDateOfDelivery, getPostcode().orElse(null), getNhsNumber().orElse(null), getUpn().orElse(null));
    }

    public FamilyMember addFamilyMember(FamilyMemberDetails details) {
        FamilyMember member = new FamilyMember(this, details);
        familyMembers.add(member);
        return member;
    }

    /** The name to show: "Zoë Nguyễn", or "Unborn baby of Jane Smith" style names as recorded. */
    public String displayName() {
        return (givenNames + " " + familyName).trim();
    }

    /** Age in whole years on {@code today}; empty for an unborn baby or an unknown date of birth. */
    public Optional<Integer> ageOn(LocalDate today) {
        return Optional.ofNullable(dateOfBirth).map(dob -> Period.between(dob, today).getYears());
    }

    /** A coarse age that reveals little: "unborn", "under 5", "5 to 10", "11 to 15", "16 or over". */
    public String ageBand(LocalDate today) {
        if (dateOfBirth == null) {
            return expectedDateOfDelivery != null ? "unborn" : "age not known";
        }
        int age = ageOn(today).orElse(0);
        if (age < 5) {
            return "under 5";
        }
        if (age <= 10) {
            return "5 to 10";
        }
        return age <= 15 ? "11 to 15" : "16 or over";
    }

    public String getGivenNames() {
        return givenNames;
    }

    public String getFamilyName() {
        return familyName;
    }

    public List<String> getOtherNames() {
        return otherNames == null ? List.of() : Arrays.stream(otherNames.split(";")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public LocalDate getExpectedDateOfDelivery() {
        return expectedDateOfDelivery;
    }

    public String getGender() {
        return gender;
    }

    public String getAddress() {
        return address;
    }

    public Optional<Postcode> getPostcode() {
        return Optional.ofNullable(postcode).map(Postcode::new);
    }

    public Optional<NhsNumber> getNhsNumber() {
        return Optional.ofNullable(nhsNumber).map(NhsNumber::new);
    }

    public Optional<UniquePupilNumber> getUpn() {
        return Optional.ofNullable(upn).map(UniquePupilNumber::new);
    }

    public String getFirstLanguage() {
        return firstLanguage;
    }

    public boolean isShielded() {
        return shielded;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public OffsetDateTime getRegisteredAt() {
        return registeredAt;
    }

    public List<FamilyMember> getFamilyMembers() {
        return List.copyOf(familyMembers);
    }

    public Optional<FamilyMember> familyMember(long id) {
        return familyMembers.stream().filter(m -> m.getId() != null && m.getId() == id).findFirst();
    }
}
