package org.ecaf.domain.child.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import org.ecaf.domain.child.identity.NhsNumber;
import org.ecaf.domain.child.identity.Postcode;
import org.ecaf.domain.child.identity.UniquePupilNumber;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.RefusalCode;
import org.junit.jupiter.api.Test;

class ChildParticularsTest {

    @Test
    void theBuilderParsesIdentifiers() {
        ChildParticulars child = ChildParticulars.builder().id(7L).givenNames("Jack").familyName("Smith")
                .otherNames("Jack Jones").dateOfBirth(LocalDate.of(2015, 3, 4)).postcode("nb11aa")
                .nhsNumber("943-476-5919").upn("b801200005001").build();

        assertThat(child.getId()).isEqualTo(7L);
        assertThat(child.getGivenNames()).isEqualTo("Jack");
        assertThat(child.getFamilyName()).isEqualTo("Smith");
        assertThat(child.getOtherNames()).containsExactly("Jack Jones");
        assertThat(child.getDateOfBirth()).isEqualTo(LocalDate.of(2015, 3, 4));
        assertThat(child.getExpectedDateOfDelivery()).isNull();
        assertThat(child.getPostcode()).isEqualTo(Postcode.parse("NB1 1AA"));
        assertThat(child.getNhsNumber()).isEqualTo(NhsNumber.parse("9434765919"));
        assertThat(child.getUpn()).isEqualTo(UniquePupilNumber.parse("B801200005001"));
        assertThat(child.isUnborn()).isFalse();
    }

    @Test
    void blankIdentifiersMeanNotKnown() {
        ChildParticulars child = ChildParticulars.builder().postcode(" ").nhsNumber("").upn((String) null).build();

        assertThat(child.postcode()).isNull();
        assertThat(child.nhsNumber()).isNull();
        assertThat(child.upn()).isNull();
    }

    @Test
    void anInvalidIdentifierIsRefusedWithItsOwnCode() {
        assertThatThrownBy(() -> ChildParticulars.builder().nhsNumber("943 476 5918"))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo(RefusalCode.INVALID_NHS_NUMBER));
        assertThatThrownBy(() -> ChildParticulars.builder().postcode("nonsense"))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo(RefusalCode.INVALID_POSTCODE));
        assertThatThrownBy(() -> ChildParticulars.builder().upn("A801200005001"))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo(RefusalCode.INVALID_UPN));
    }

    @Test
    void otherNamesAreNeverNullAndKeepOnlyRealEntries() {
        assertThat(new ChildParticulars(null, null, null, null, null, null, null, null, null).otherNames()).isEmpty();
        assertThat(ChildParticulars.builder().otherNames(Arrays.asList(" Jack Jones ", null, " ", "Brown")).build()
                .otherNames()).containsExactly("Jack Jones", "Brown");
        assertThat(ChildParticulars.builder().otherNames((String[]) null).build().otherNames()).isEmpty();
    }

    @Test
    void toStringNamesWhatIsKnownButNeverTheValues() {
        ChildParticulars child = ChildParticulars.builder().id(7L).givenNames("Jack").familyName("Smith")
                .postcode("NB1 1AA").nhsNumber("943 476 5919").build();

        assertThat(child.toString()).isEqualTo("ChildParticulars[id=7, known=givenNames,familyName,postcode,nhsNumber]")
                .doesNotContain("Jack", "Smith", "NB1", "943");
    }

    @Test
    void anUnbornBabyHasAnExpectedDateAndNoDateOfBirth() {
        assertThat(ChildParticulars.builder().expectedDateOfDelivery(LocalDate.of(2024, 5, 20)).build().isUnborn())
                .isTrue();
        assertThat(ChildParticulars.builder().build().isUnborn()).isFalse();
    }
}
