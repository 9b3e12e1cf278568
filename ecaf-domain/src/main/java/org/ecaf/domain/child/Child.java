package org.ecaf.domain.child;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ecaf.domain.child.identity.NhsNumber;
import org.ecaf.domain.child.identity.Postcode;
import org.ecaf.domain.child.identity.UniquePupilNumber;
import org.ecaf.domain.child.matching.ChildParticulars;
import org.ecaf.domain.child.matching.MatchKeys;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Team;
import org.ecaf.domain.shared.DomainEntity;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.NotFound;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.RulesViolated;
import org.ecaf.domain.shared.Violation;

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

    /** The team that registered the child: it holds the record until a case is opened. */
    @ManyToOne
    @JoinColumn(name = "registered_team_id")
    private Team registeredTeam;

    @OneToMany(mappedBy = "child", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<RecordChange> changes = new ArrayList<>();

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

    /** A child registered by {@code by}, whose team holds the record until a case is opened. */
    public Child(ChildDetails details, Practitioner by, OffsetDateTime registeredAt) {
        this(details, by.getUsername(), registeredAt);
        this.registeredTeam = by.getTeam();
    }

    /**
     * Changes the child's particulars to {@code details}, keeping what they were: returns the change (empty when
     * nothing differs). Turning shielding off is a team lead's decision, checked by the caller.
     */
    public Optional<RecordChange> change(ChildDetails details, Practitioner by, OffsetDateTime at) {
        Map<String, String> before = values();
        update(details);
        Map<String, String> after = values();
        Map<String, String> was = changedFields(before, after);
        Map<String, String> now = changedFields(after, before);
        if (now.isEmpty()) {
            return Optional.empty();
        }
        RecordChange change = new RecordChange(this, null, RecordChange.Kind.PARTICULARS_CHANGED,
                "Child's record changed by " + by.getDisplayName() + ": " + String.join(", ", FIELD_LABELS.entrySet()
                        .stream().filter(e -> now.containsKey(e.getKey())).map(Map.Entry::getValue).toList()),
                was, now, by.getUsername(), by.getDisplayName(), at);
        changes.add(change);
        return Optional.of(change);
    }

    private static final Map<String, String> FIELD_LABELS = labels("givenNames", "given names", "familyName",
            "family name", "otherNames", "other names", "dateOfBirth", "date of birth", "expectedDateOfDelivery",
            "expected date of delivery", "gender", "gender", "address", "address", "postcode", "postcode",
            "nhsNumber", "NHS number", "upn", "UPN", "firstLanguage", "first language", "shielded", "shielding");

    private static Map<String, String> labels(String... pairs) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            labels.put(pairs[i], pairs[i + 1]);
        }
        return labels;
    }

    private Map<String, String> values() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("givenNames", givenNames);
        v.put("familyName", familyName);
        v.put("otherNames", otherNames);
        v.put("dateOfBirth", dateOfBirth == null ? null : dateOfBirth.toString());
        v.put("expectedDateOfDelivery", expectedDateOfDelivery == null ? null : expectedDateOfDelivery.toString());
        v.put("gender", gender);
        v.put("address", address);
        v.put("postcode", postcode);
        v.put("nhsNumber", nhsNumber);
        v.put("upn", upn);
        v.put("firstLanguage", firstLanguage);
        v.put("shielded", Boolean.toString(shielded));
        return v;
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

    /** Adds a family member; {@code by} and {@code at} are kept with them and in the record's changes. */
    public FamilyMember addFamilyMember(FamilyMemberDetails details, Practitioner by, OffsetDateTime at) {
        FamilyMember member = new FamilyMember(this, details, by.getDisplayName(), at);
        familyMembers.add(member);
        changes.add(new RecordChange(this, member, RecordChange.Kind.FAMILY_MEMBER_ADDED, "Family member added by "
                + by.getDisplayName() + ": " + member.getName() + " (" + member.getRelationship().label().toLowerCase()
                + (member.hasParentalResponsibility() ? ", with parental responsibility" : "") + ")",
                Map.of(), member.values(), by.getUsername(), by.getDisplayName(), at));
        return member;
    }

    /** A family member added before who added them was kept (tests, older records). */
    public FamilyMember addFamilyMember(FamilyMemberDetails details) {
        FamilyMember member = new FamilyMember(this, details, null, null);
        familyMembers.add(member);
        return member;
    }

    /** The fields whose values differ between {@code these} and {@code others}, with their values in {@code these}. */
    private static Map<String, String> changedFields(Map<String, String> these, Map<String, String> others) {
        Map<String, String> changed = new LinkedHashMap<>();
        these.forEach((field, value) -> {
            if (!Objects.equals(value, others.get(field))) {
                changed.put(field, value);
            }
        });
        return changed;
    }

    /** Corrects a family member's details, keeping what they were; empty when nothing differs. */
    public Optional<RecordChange> correctFamilyMember(long memberId, FamilyMemberDetails details, Practitioner by,
                                                      OffsetDateTime at) {
        FamilyMember member = currentFamilyMember(memberId);
        Map<String, String> before = member.values();
        member.correct(details);
        Map<String, String> after = member.values();
        Map<String, String> was = changedFields(before, after);
        Map<String, String> now = changedFields(after, before);
        if (now.isEmpty()) {
            return Optional.empty();
        }
        RecordChange change = new RecordChange(this, member, RecordChange.Kind.FAMILY_MEMBER_CORRECTED,
                "Family member " + member.getName() + " corrected by " + by.getDisplayName() + ": "
                        + String.join(", ", now.keySet().stream().map(FamilyMember::label).toList()),
                was, now, by.getUsername(), by.getDisplayName(), at);
        changes.add(change);
        return Optional.of(change);
    }

    /**
     * Ends a family member's place in the child's record (they left the household, or were recorded in error): they
     * stay in the history but receive no copy and give no consent from {@code on}.
     */
    public RecordChange endFamilyMember(long memberId, LocalDate on, String reason, Practitioner by, OffsetDateTime at,
                                       LocalDate today) {
        FamilyMember member = currentFamilyMember(memberId);
        List<Violation> problems = new ArrayList<>();
        if (on == null) {
            problems.add(new Violation(RefusalCode.REQUIRED,
                    "Enter the date from which they are no longer part of the record.",
                    "endedOn"));
        } else if (on.isAfter(today)) {
            problems.add(new Violation(RefusalCode.DATE_IN_FUTURE, "The end date cannot be in the future.", "endedOn"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new Violation(RefusalCode.REASON_REQUIRED, "Say why (for example: moved out, recorded in error).",
                    "reason"));
        } else if (reason.strip().length() > 1000) {
            problems.add(new Violation(RefusalCode.TOO_LONG, "The reason is longer than 1000 characters.", "reason"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        member.end(on, reason.strip(), by.getDisplayName());
        RecordChange change = new RecordChange(this, member, RecordChange.Kind.FAMILY_MEMBER_ENDED, "Family member "
                + member.getName() + " ended by " + by.getDisplayName() + " from " + on + ": " + reason.strip(),
                Map.of(), Map.of("endedOn", on.toString(), "endedReason", reason.strip()), by.getUsername(),
                by.getDisplayName(), at);
        changes.add(change);
        return change;
    }

    private FamilyMember currentFamilyMember(long memberId) {
        FamilyMember member = familyMember(memberId).orElseThrow(() -> new NotFound("family member " + memberId
                + " of this child"));
        if (member.isEnded()) {
            throw new RulesViolated(List.of(new Violation(RefusalCode.FAMILY_MEMBER_ENDED, member.getName()
                    + " was already ended on " + member.getEndedOn() + "; add them again if they return.", null)));
        }
        return member;
    }

    public Team getRegisteredTeam() {
        return registeredTeam;
    }

    public List<RecordChange> getChanges() {
        return List.copyOf(changes);
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
