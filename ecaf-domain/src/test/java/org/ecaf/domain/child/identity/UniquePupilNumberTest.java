package org.ecaf.domain.child.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.RefusalCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UniquePupilNumberTest {

    /** The check alphabet built independently: A to Z leaving out I, O and S. */
    private static final String LETTERS;

    static {
        StringBuilder letters = new StringBuilder();
        for (char c = 'A'; c <= 'Z'; c++) {
            if (c != 'I' && c != 'O' && c != 'S') {
                letters.append(c);
            }
        }
        LETTERS = letters.toString();
    }

    /** Independent DfE calculation: character n (2..13) times n, a final letter counting as its index. */
    private static char expectedCheckLetter(String twelve) {
        int total = 0;
        for (int position = 2; position <= 13; position++) {
            char c = twelve.charAt(position - 2);
            int value = c >= '0' && c <= '9' ? c - '0' : LETTERS.indexOf(c);
            total += position * value;
        }
        return LETTERS.charAt(total % 23);
    }

    /** Deterministic UPN bodies: LA number, establishment, year, serial (or two digits and a letter). */
    static List<String> generatedUpns() {
        int[] localAuthorities = {201, 202, 330, 380, 800, 873, 919, 936};
        List<String> upns = new ArrayList<>();
        int serial = 7;
        for (int la : localAuthorities) {
            for (int year = 5; year <= 25; year += 5) {
                serial = (serial * 37 + 11) % 1000;
                String permanent = String.format("%03d%04d%02d%03d", la, 2000 + serial % 5000, year, serial);
                upns.add(expectedCheckLetter(permanent) + permanent);
                String temporary = permanent.substring(0, 11) + LETTERS.charAt(serial % 23);
                upns.add(expectedCheckLetter(temporary) + temporary);
            }
        }
        return upns;
    }

    @Test
    void theCheckAlphabetHas23LettersWithoutIOandS() {
        assertThat(LETTERS).hasSize(23).isEqualTo(UniquePupilNumber.CHECK_ALPHABET);
    }

    @Test
    void acceptsAKnownGoodUpn() {
        // 8x2 + 1x4 + 2x5 + 5x10 + 1x13 = 93; 93 mod 23 = 1, the letter B.
        UniquePupilNumber upn = UniquePupilNumber.parse("B801200005001");

        assertThat(upn.value()).isEqualTo("B801200005001");
        assertThat(upn.getValue()).isEqualTo("B801200005001");
        assertThat(upn.getFormatted()).isEqualTo("B801200005001");
        assertThat(upn.isTemporary()).isFalse();
        assertThat(upn.localAuthorityNumber()).isEqualTo("801");
        assertThat(UniquePupilNumber.checkLetter("801200005001")).isEqualTo('B');
    }

    @ParameterizedTest
    @MethodSource("generatedUpns")
    void acceptsUpnsWhoseCheckLetterWasComputedIndependently(String upn) {
        assertThat(UniquePupilNumber.isValid(upn)).isTrue();
        assertThat(UniquePupilNumber.parse(upn).isTemporary()).isEqualTo(Character.isLetter(upn.charAt(12)));
    }

    @ParameterizedTest
    @MethodSource("generatedUpns")
    void refusesEveryOtherCheckLetter(String upn) {
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            if (letter != upn.charAt(0)) {
                assertThat(UniquePupilNumber.isValid(letter + upn.substring(1))).as(letter + upn.substring(1)).isFalse();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("generatedUpns")
    void catchesASingleDigitTypo(String upn) {
        String typo = upn.substring(0, 5) + (char) ('0' + (upn.charAt(5) - '0' + 1) % 10) + upn.substring(6);
        assertThat(UniquePupilNumber.isValid(typo)).as(typo).isFalse();
    }

    @Test
    void normalisesCaseSpacesAndHyphens() {
        assertThat(UniquePupilNumber.parse(" b801 2000 05001 ").value()).isEqualTo("B801200005001");
        assertThat(UniquePupilNumber.parse("b801-2000-05-001")).isEqualTo(UniquePupilNumber.parse("B801200005001"));
    }

    @Test
    void aTemporaryUpnEndsWithALetterValuedByTheCheckAlphabet() {
        String body = "80120000500A";
        String upn = expectedCheckLetter(body) + body;
        assertThat(UniquePupilNumber.parse(upn.toLowerCase()).isTemporary()).isTrue();
        // A counts as 0, so the check letter is that of the same digits ending in 0.
        assertThat(UniquePupilNumber.checkLetter(body)).isEqualTo(UniquePupilNumber.checkLetter("801200005000"));
        String withZ = "80120000500Z";
        assertThat(UniquePupilNumber.checkLetter(withZ)).isEqualTo(expectedCheckLetter(withZ));
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'S'})
    void aTemporaryUpnNeverEndsWithIOorS(char last) {
        String body = "80120000500" + last;
        assertThatThrownBy(() -> UniquePupilNumber.parse("A" + body))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.violations().get(0).code()).isEqualTo(RefusalCode.INVALID_UPN);
                    assertThat(e.violations().get(0).message()).contains("never ends with I, O or S");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"B80120000500", "B8012000050011", "8801200005001", "B8012A0005001", "B80120000500!",
            "B801200005OO1", "UPN", "ß801200005001"})
    void refusesTheWrongShape(String input) {
        assertThat(UniquePupilNumber.isValid(input)).isFalse();
        assertThat(UniquePupilNumber.tryParse(input)).isEmpty();
        assertThatThrownBy(() -> UniquePupilNumber.parse(input))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.violations().get(0).code()).isEqualTo(RefusalCode.INVALID_UPN);
                    assertThat(e.violations().get(0).target()).isEqualTo("upn");
                    assertThat(e.violations().get(0).message()).contains("13 characters");
                });
    }

    @Test
    void aWrongCheckLetterSaysSoPlainly() {
        assertThatThrownBy(() -> UniquePupilNumber.parse("A801200005001"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).message())
                        .contains("first letter does not match").doesNotContain("801200005001"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void blankIsRefused(String input) {
        assertThat(UniquePupilNumber.isValid(input)).isFalse();
        assertThatThrownBy(() -> UniquePupilNumber.parse(input)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("Enter the unique pupil number");
    }

    @Test
    void checkLetterRefusesABodyOfTheWrongShape() {
        assertThatThrownBy(() -> UniquePupilNumber.checkLetter("80120000500")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UniquePupilNumber.checkLetter("80120000500I")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UniquePupilNumber.checkLetter(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
