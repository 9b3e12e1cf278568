package org.ecaf.domain.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.ecaf.domain.cases.TestIds;
import org.ecaf.domain.child.matching.MatchKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A registered child: names, age band, family members and the keys duplicate matching searches by. */
class ChildTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 21, 10, 0, 0, 0, ZoneOffset.UTC);

    private static ChildDetails details(String given, String family, LocalDate dob, LocalDate due, String postcode) {
        return ChildDetails.of(given, family, List.of("Zoe Nguyen"), dob, due, "female", "12 Mill Lane", postcode,
                "943 476 5919", "B801200005001", "English", false, TODAY);
    }

    private static Child zoe() {
        return new Child(details("Zoë", "Nguyễn", LocalDate.of(2015, 3, 4), null, "NB1 1AA"), "akhan", NOW);
    }

    private static Object stored(Child child, String column) throws ReflectiveOperationException {
        Field field = Child.class.getDeclaredField(column);
        field.setAccessible(true);
        return field.get(child);
    }

    @Test
    void aNewChildKeepsTheirParticularsAndWhoRegisteredThem() {
        Child child = zoe();

        assertThat(child.getGivenNames()).isEqualTo("Zoë");
        assertThat(child.getFamilyName()).isEqualTo("Nguyễn");
        assertThat(child.getOtherNames()).containsExactly("Zoe Nguyen");
        assertThat(child.getDateOfBirth()).isEqualTo(LocalDate.of(2015, 3, 4));
        assertThat(child.getGender()).isEqualTo("female");
        assertThat(child.getPostcode()).hasValueSatisfying(p -> assertThat(p.value()).isEqualTo("NB1 1AA"));
        assertThat(child.getNhsNumber()).hasValueSatisfying(n -> assertThat(n.value()).isEqualTo("9434765919"));
        assertThat(child.getUpn()).hasValueSatisfying(u -> assertThat(u.value()).isEqualTo("B801200005001"));
        assertThat(child.getFirstLanguage()).isEqualTo("English");
        assertThat(child.isShielded()).isFalse();
        assertThat(child.getRegisteredBy()).isEqualTo("akhan");
        assertThat(child.getRegisteredAt()).isEqualTo(NOW);
    }

    @Test
    void theDisplayNameIsGivenThenFamilyName() {
        assertThat(zoe().displayName()).isEqualTo("Zoë Nguyễn");
    }

    @Test
    void anUnbornBabyIsShownAsRecorded() {
        Child baby = new Child(details("Unborn baby of", "Lan Nguyễn", null, TODAY.plusMonths(3), null), "akhan", NOW);

        assertThat(baby.displayName()).isEqualTo("Unborn baby of Lan Nguyễn");
        assertThat(baby.ageOn(TODAY)).isEmpty();
        assertThat(baby.ageBand(TODAY)).isEqualTo("unborn");
    }

    @ParameterizedTest(name = "born {0}: {1}")
    @CsvSource({
            "2026-11-21, under 5",
            "2021-11-22, under 5",
            "2021-11-21, 5 to 10",
            "2015-11-22, 5 to 10",
            "2015-11-21, 11 to 15",
            "2010-11-22, 11 to 15",
            "2010-11-21, 16 or over",
            "2001-01-01, 16 or over"})
    void theAgeBandRevealsLittle(LocalDate born, String band) {
        Child child = new Child(details("Sam", "Reed", born, null, null), "akhan", NOW);

        assertThat(child.ageBand(TODAY)).isEqualTo(band);
    }

    @Test
    void anAgeIsCountedInWholeYears() {
        assertThat(zoe().ageOn(TODAY)).contains(11);
        assertThat(zoe().ageOn(LocalDate.of(2027, 3, 3))).contains(11);
        assertThat(zoe().ageOn(LocalDate.of(2027, 3, 4))).contains(12);
    }

    @Test
    void withNoDateAtAllTheAgeIsNotKnown() {
        Child child = new Child(new ChildDetails("Sam", "Reed", null, null, null, null, null, null, null, null, null,
                false), "akhan", NOW);

        assertThat(child.ageBand(TODAY)).isEqualTo("age not known");
    }

    @Test
    void matchKeysAreStoredOnRegistration() throws ReflectiveOperationException {
        Child child = zoe();
        MatchKeys keys = MatchKeys.of(child.particulars());

        assertThat(stored(child, "familyNameKey")).isEqualTo(keys.familyNameKey()).isNotNull();
        assertThat(stored(child, "givenNameKey")).isEqualTo(keys.givenNameKey()).isNotNull();
        assertThat(stored(child, "birthDate")).isEqualTo(LocalDate.of(2015, 3, 4));
        assertThat(stored(child, "postcodeDistrict")).isEqualTo("NB1");
    }

    @Test
    void updatingTheParticularsRefreshesTheMatchKeys() throws ReflectiveOperationException {
        Child child = zoe();
        Object oldFamilyKey = stored(child, "familyNameKey");

        child.update(ChildDetails.of("Amira", "Hassan", null, LocalDate.of(2016, 5, 9), null, null, null, "sw1a1aa",
                null, null, null, true, TODAY));

        MatchKeys keys = MatchKeys.of(child.particulars());
        assertThat(stored(child, "familyNameKey")).isEqualTo(keys.familyNameKey()).isNotEqualTo(oldFamilyKey);
        assertThat(stored(child, "givenNameKey")).isEqualTo(keys.givenNameKey());
        assertThat(stored(child, "birthDate")).isEqualTo(LocalDate.of(2016, 5, 9));
        assertThat(stored(child, "postcodeDistrict")).isEqualTo("SW1");
        assertThat(child.getOtherNames()).isEmpty();
        assertThat(child.getNhsNumber()).isEmpty();
        assertThat(child.getUpn()).isEmpty();
        assertThat(child.getPostcode()).hasValueSatisfying(p -> assertThat(p.value()).isEqualTo("SW1A 1AA"));
        assertThat(child.isShielded()).isTrue();
    }

    @Test
    void anUnbornBabysDueDateIsTheBirthDateKey() throws ReflectiveOperationException {
        Child baby = new Child(details("Unborn baby of", "Lan Nguyễn", null, TODAY.plusMonths(3), null), "akhan", NOW);

        assertThat(stored(baby, "birthDate")).isEqualTo(TODAY.plusMonths(3));
        assertThat(stored(baby, "postcodeDistrict")).isNull();
    }

    @Test
    void theParticularsCarryTheIdForMatching() {
        Child child = TestIds.assign(zoe(), 42);

        assertThat(child.particulars().id()).isEqualTo(42L);
        assertThat(child.particulars().otherNames()).containsExactly("Zoe Nguyen");
    }

    @Test
    void familyMembersBelongToTheChildAndAreFoundById() {
        Child child = zoe();
        FamilyMember mother = TestIds.assign(child.addFamilyMember(FamilyMemberDetails.of("Lan Nguyễn", "mother", true,
                true, "07700 900001", "lan@example.org", "12 Mill Lane")), 7);
        FamilyMember father = child.addFamilyMember(FamilyMemberDetails.of("Minh Tran", "father", false, false, null,
                null, null));

        assertThat(child.getFamilyMembers()).containsExactly(mother, father);
        assertThat(mother.getChild()).isSameAs(child);
        assertThat(mother.getName()).isEqualTo("Lan Nguyễn");
        assertThat(mother.getRelationship()).isEqualTo(Relationship.MOTHER);
        assertThat(mother.hasParentalResponsibility()).isTrue();
        assertThat(mother.livesWithChild()).isTrue();
        assertThat(mother.getPhone()).isEqualTo("07700 900001");
        assertThat(mother.getEmail()).isEqualTo("lan@example.org");
        assertThat(mother.getAddress()).isEqualTo("12 Mill Lane");
        assertThat(father.hasParentalResponsibility()).isFalse();
        assertThat(child.familyMember(7)).containsSame(mother);
        assertThat(child.familyMember(8)).isEmpty();
    }
}
