package org.ecaf.domain.child.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.RefusalCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
            "M1 1AE,    A9 9AA,    M1,   M1,   M,  M1 1",
            "B33 8TH,   A99 9AA,   B33,  B33,  B,  B33 8",
            "CR2 6XH,   AA9 9AA,   CR2,  CR2,  CR, CR2 6",
            "DN55 1PT,  AA99 9AA,  DN55, DN55, DN, DN55 1",
            "W1A 0AX,   A9A 9AA,   W1A,  W1,   W,  W1A 0",
            "EC1A 1BB,  AA9A 9AA,  EC1A, EC1,  EC, EC1A 1",
            "SW1A 1AA,  AA9A 9AA,  SW1A, SW1,  SW, SW1A 1",
            "NB1 1AA,   AA9 9AA,   NB1,  NB1,  NB, NB1 1",
            "GIR 0AA,   Girobank,  GIR,  GIR,  GIR, GIR 0"})
    void acceptsEveryUkShapeAndSplitsItsParts(String text, String shape, String outward, String district,
            String area, String sector) {
        Postcode postcode = Postcode.parse(text);

        assertThat(postcode.value()).isEqualTo(text);
        assertThat(postcode.getValue()).isEqualTo(text);
        assertThat(postcode.getFormatted()).isEqualTo(text);
        assertThat(postcode.outwardCode()).isEqualTo(outward);
        assertThat(postcode.getOutwardCode()).isEqualTo(outward);
        assertThat(postcode.inwardCode()).isEqualTo(text.substring(text.length() - 3));
        assertThat(postcode.district()).isEqualTo(district);
        assertThat(postcode.getDistrict()).isEqualTo(district);
        assertThat(postcode.area()).isEqualTo(area);
        assertThat(postcode.sector()).isEqualTo(sector);
        assertThat(postcode).hasToString(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "nb1 1aa|NB1 1AA",
            "NB11AA|NB1 1AA",
            "  nb1   1aa  |NB1 1AA",
            "sw1a1aa|SW1A 1AA",
            "Sw1A 1aA|SW1A 1AA",
            "m11ae|M1 1AE",
            "dn551pt|DN55 1PT",
            "NB1\u00a01AA|NB1 1AA",
            "NB1\t1AA|NB1 1AA",
            "N B 1 1 A A|NB1 1AA"})
    void normalisesToUpperCaseWithOneSpace(String input, String expected) {
        assertThat(Postcode.parse(input).value()).isEqualTo(expected);
        assertThat(Postcode.isValid(input)).isTrue();
        assertThat(Postcode.tryParse(input)).contains(Postcode.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NB1", "NB1 1A", "NB1 1AAA", "NB12 34AA", "12345", "ABC DEF", "NB1 AAA", "1NB 1AA",
            "QA1 1AA", "VA1 1AA", "XA1 1AA", "AI1 1AA", "AJ1 1AA", "AZ1 1AA", "NB1 1CA", "NB1 1AI", "NB1 1KM",
            "NB1 1AV", "NB1-1AA", "ÑB1 1AA", "NB1 1ÅA", "BFPO 123", "N/A", "unknown", "NBC 1AA", "NB123 1AA"})
    void refusesWhatIsNotAUkPostcode(String input) {
        assertThat(Postcode.isValid(input)).as(input).isFalse();
        assertThat(Postcode.tryParse(input)).isEmpty();
        assertThatThrownBy(() -> Postcode.parse(input))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.violations()).hasSize(1);
                    assertThat(e.violations().get(0).code()).isEqualTo(RefusalCode.INVALID_POSTCODE);
                    assertThat(e.violations().get(0).target()).isEqualTo("postcode");
                    assertThat(e.violations().get(0).message()).containsAnyOf("NB1 1AA", "zero");
                });
    }

    @Test
    void aLetterOTypedForAZeroGetsAHelpfulMessage() {
        assertThatThrownBy(() -> Postcode.parse("SW1A OAA"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("letter O").hasMessageContaining("zero");
        assertThat(Postcode.parse("SW1A 0AA").value()).isEqualTo("SW1A 0AA");
    }

    @Test
    void tooShortAndTooLongSaySo() {
        assertThatThrownBy(() -> Postcode.parse("NB1")).hasMessageContaining("too short");
        assertThatThrownBy(() -> Postcode.parse("NB12 34AA")).hasMessageContaining("too long");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void blankIsRefused(String input) {
        assertThat(Postcode.isValid(input)).isFalse();
        assertThatThrownBy(() -> Postcode.parse(input)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("Enter the postcode");
    }

    @Test
    void equalityIsOnTheNormalisedValue() {
        assertThat(Postcode.parse("nb11aa")).isEqualTo(Postcode.parse("NB1 1AA"))
                .hasSameHashCodeAs(new Postcode(" NB1 1AA"));
        assertThat(Postcode.parse("NB1 1AA")).isLessThan(Postcode.parse("NB1 2BD"));
    }
}
