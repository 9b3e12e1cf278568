package org.ecaf.web.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.Consent;
import org.ecaf.domain.child.Child;
import org.ecaf.domain.child.FamilyMember;
import org.ecaf.domain.child.Relationship;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.FormDefinition;

/**
 * A new assessment starts from what eCAF already knows: the child's particulars, the family members on the child's
 * record, the assessor (the person starting it), the day it starts and the consent recorded on the case. Only
 * questions the form version has are filled, only with answers its draft stage accepts; everything stays editable,
 * nothing is saved until the practitioner saves.
 */
public final class AssessmentPrefill {

    /**
     * The answers, the keys of the questions they fill, and which of those come from the child's record (the
     * particulars, in the record's order; a later correction of the record shows against them).
     */
    public record Prefilled(Answers answers, Set<String> keys, List<String> fromChildRecord) {
    }

    private AssessmentPrefill() {
    }

    public static Prefilled of(FormDefinition form, CafCase c, Practitioner me, LocalDate today) {
        JsonObjectBuilder particulars = Json.createObjectBuilder();
        Child child = c.getChild();
        put(particulars, "child_given_names", child.getGivenNames());
        put(particulars, "child_family_name", child.getFamilyName());
        if (child.getOtherNames() != null && !child.getOtherNames().isEmpty()) {
            put(particulars, "child_other_names", String.join(", ", child.getOtherNames()));
        }
        put(particulars, "child_gender", gender(child.getGender()));
        if (child.getDateOfBirth() != null) {
            particulars.add("child_unborn", false);
            put(particulars, "child_date_of_birth", child.getDateOfBirth().toString());
        } else if (child.getExpectedDateOfDelivery() != null) {
            particulars.add("child_unborn", true);
            put(particulars, "child_expected_date_of_delivery", child.getExpectedDateOfDelivery().toString());
        }
        put(particulars, "child_address", child.getAddress());
        child.getPostcode().ifPresent(p -> put(particulars, "child_postcode", p.getValue()));
        child.getNhsNumber().ifPresent(n -> put(particulars, "child_nhs_number", n.getValue()));
        put(particulars, "child_main_language", child.getFirstLanguage());
        JsonObject fromChild = particulars.build();
        JsonObjectBuilder json = Json.createObjectBuilder(fromChild);
        put(json, "assessment_started", today.toString());

        List<FamilyMember> current = child.getFamilyMembers().stream().filter(m -> !m.isEnded()).toList();
        JsonArrayBuilder parents = Json.createArrayBuilder();
        JsonArrayBuilder household = Json.createArrayBuilder();
        int parentRows = 0;
        int householdRows = 0;
        for (FamilyMember m : current) {
            if (isParentOrCarer(m)) {
                JsonObjectBuilder row = Json.createObjectBuilder();
                put(row, "name", m.getName());
                put(row, "relationship", m.getRelationship().label());
                row.add("parental_responsibility", m.hasParentalResponsibility());
                put(row, "address", m.getAddress());
                put(row, "contact_details", join(m.getPhone(), m.getEmail()));
                parents.add(row);
                parentRows++;
            } else if (m.livesWithChild()) {
                JsonObjectBuilder row = Json.createObjectBuilder();
                put(row, "name", m.getName());
                put(row, "relationship", m.getRelationship().label());
                household.add(row);
                householdRows++;
            }
        }
        if (parentRows > 0) {
            json.add("parents_carers", parents);
        }
        if (householdRows > 0) {
            json.add("household", household);
        }

        put(json, "assessor_name", me.getDisplayName());
        put(json, "assessor_role", me.getJobTitle());
        put(json, "assessor_organisation", me.getAgency() == null ? null : me.getAgency().getName());
        put(json, "assessor_contact", join(me.getPhone(), me.getEmail()));

        List<Consent> inForce = c.getConsents().stream().filter(k -> k.isToRecord() && k.inForceOn(today)).toList();
        if (!inForce.isEmpty()) {
            json.add("consent_to_store", true);
            json.add("consent_to_share", inForce.stream().anyMatch(Consent::isToShare));
            Set<String> givenBy = new LinkedHashSet<>();
            for (Consent k : inForce) {
                if (k.getGivenBy() == Consent.GivenBy.YOUNG_PERSON) {
                    givenBy.add("young_person");
                    put(json, "consent_young_person_date", k.getGivenOn().toString());
                } else {
                    givenBy.add("parent_carer");
                    put(json, "consent_parent_date", k.getGivenOn().toString());
                    if (k.getFamilyMember() != null) {
                        put(json, "consent_parent_name", k.getFamilyMember().getName());
                    }
                }
            }
            JsonArrayBuilder by = Json.createArrayBuilder();
            givenBy.forEach(by::add);
            json.add("consent_given_by", by);
            List<String> services = inForce.stream().filter(Consent::isToShare)
                    .flatMap(k -> k.getAgencies().stream()).map(a -> a.getName()).distinct().toList();
            if (!services.isEmpty()) {
                JsonArrayBuilder rows = Json.createArrayBuilder();
                services.forEach(s -> rows.add(Json.createObjectBuilder().add("service", s)));
                json.add("consent_services", rows);
            }
        }

        // only what this version of the form asks, and only answers its draft stage accepts
        Answers all = Answers.fromJson(json.build());
        Answers known = Answers.empty();
        for (String key : all.keys()) {
            if (form.field(key).isPresent()) {
                known = known.with(key, all.get(key).orElseThrow());
            }
        }
        Answers accepted = DraftAnswers.settle(form, known, Answers.empty(), today).savable();
        Set<String> filled = Set.copyOf(accepted.keys());
        return new Prefilled(accepted, filled,
                fromChild.keySet().stream().filter(filled::contains).toList());
    }

    private static boolean isParentOrCarer(FamilyMember m) {
        Relationship r = m.getRelationship();
        return m.hasParentalResponsibility() || r == Relationship.MOTHER || r == Relationship.FATHER
                || r == Relationship.STEP_PARENT;
    }

    private static String gender(String gender) {
        if (gender == null) {
            return null;
        }
        return "other".equals(gender) ? "another_gender" : gender;
    }

    private static String join(String... parts) {
        String text = java.util.Arrays.stream(parts).filter(Objects::nonNull).filter(p -> !p.isBlank())
                .collect(Collectors.joining(", "));
        return text.isEmpty() ? null : text;
    }

    private static void put(JsonObjectBuilder json, String key, String value) {
        if (value != null && !value.isBlank()) {
            json.add(key, value.strip());
        }
    }

}
