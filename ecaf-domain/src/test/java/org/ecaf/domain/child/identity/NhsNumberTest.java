package org.ecaf.domain.child.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {

    /**
     * Independent modulus 11 calculation for the test: weights 10..2 on the first nine digits, check digit
     * 11 - remainder, 11 becomes 0, 10 means no valid number; returns -1 then.
     */
    private static int expectedCheckDigit(String nineDigits) {
        int total = 0;
        int weight = 10;
        for (char c : nineDigits.toCharArray()) {
            total += Character.getNumericValue(c) * weight--;
        }
        int remainder = total % 11;
        if (remainder == 0) {
            return 0;
        }
        return remainder == 1 ? -1 : 11 - remainder;
    }

    /** Deterministic nine-digit prefixes spread over the range, with their valid ten-digit numbers. */
    static List<String> generatedValidNumbers() {
        List<String> numbers = new ArrayList<>();
        long seed = 400_000_007L;
        for (int i = 0; numbers.size() < 40; i++) {
            seed = (seed * 6364136223846793005L + 1442695040888963407L);
            String prefix = String.format("%09d", Math.floorMod(seed >>> 11, 1_000_000_000L));
            int check = expectedCheckDigit(prefix);
            if (check >= 0 && !prefix.chars().allMatch(c -> c == prefix.charAt(0))) {
                numbers.add(prefix + check);
            }
        }
        return numbers;
    }

    @ParameterizedTest
    @ValueSource(strings = {"943 476 5919", "9434765919", "943-476-5919", "  943 476 5919 ", "943\u00a0476\u00a05919",
            "94 34 76 59 19", "943\t476\t5919"})
    void acceptsAValidNumberWithSpacesOrHyphens(String input) {
        NhsNumber number = NhsNumber.parse(input);

        assertThat(number.value()).isEqualTo("9434765919");
        assertThat(number.getValue()).isEqualTo("9434765919");
        assertThat(number.formatted()).isEqualTo("943 476 5919");
        assertThat(number.getFormatted()).isEqualTo("943 476 5919");
        assertThat(number).hasToString("943 476 5919");
        assertThat(NhsNumber.isValid(input)).isTrue();
    }

    @Test
    void theNhsDisplayExampleHasTheFormatButItsCheckDigitWouldBe7() {
        assertThat(expectedCheckDigit("485777345")).isEqualTo(7);
        assertThat(NhsNumber.isValid("485 777 3456")).isFalse();
        assertThat(NhsNumber.parse("4857773457").formatted()).isEqualTo("485 777 3457");
    }

    @ParameterizedTest
    @MethodSource("generatedValidNumbers")
    void acceptsNumbersWhoseCheckDigitWasComputedIndependently(String number) {
        assertThat(NhsNumber.isValid(number)).isTrue();
        assertThat(NhsNumber.parse(number).value()).isEqualTo(number);
    }

    @Test
    void checkDigitZeroWhenTheRemainderIsZero() {
        String prefix = findPrefixWithRemainder(0);
        assertThat(NhsNumber.isValid(prefix + "0")).isTrue();
        assertThat(NhsNumber.checkDigit(prefix)).isZero();
    }

    @Test
    void aPrefixWhoseCheckDigitWouldBe10CanNeverBeValid() {
        String prefix = findPrefixWithRemainder(1);
        assertThat(NhsNumber.checkDigit(prefix)).isEqualTo(-1);
        for (int last = 0; last <= 9; last++) {
            assertThat(NhsNumber.isValid(prefix + last)).as(prefix + last).isFalse();
        }
    }

    private static String findPrefixWithRemainder(int wanted) {
        for (int n = 400_000_000; ; n++) {
            String prefix = Integer.toString(n);
            int total = 0;
            for (int i = 0; i < 9; i++) {
                total += (prefix.charAt(i) - '0') * (10 - i);
            }
            if (total % 11 == wanted) {
                return prefix;
            }
        }
    }

    @ParameterizedTest
    @MethodSource("generatedValidNumbers")
    void everySingleDigitTypoIsCaught(String valid) {
        for (int position = 0; position < 10; position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (valid.charAt(position) == digit) {
                    continue;
                }
                String typo = valid.substring(0, position) + digit + valid.substring(position + 1);
                assertThat(NhsNumber.isValid(typo)).as(typo).isFalse();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("generatedValidNumbers")
    void everySwapOfNeighbouringDifferentDigitsIsCaught(String valid) {
        for (int i = 0; i < 9; i++) {
            if (valid.charAt(i) == valid.charAt(i + 1)) {
                continue;
            }
            String swapped = valid.substring(0, i) + valid.charAt(i + 1) + valid.charAt(i) + valid.substring(i + 2);
            assertThat(NhsNumber.isValid(swapped)).as(swapped).isFalse();
        }
    }

    static Stream<Arguments> invalidNumbers() {
        return Stream.of(
                Arguments.of("943 476 5918", "not valid"),
                Arguments.of("943 476 591", "10 digits"),
                Arguments.of("943 476 59190", "10 digits"),
                Arguments.of("943 476 591X", "10 digits"),
                Arguments.of("NHS 943 476 5919", "10 digits"),
                Arguments.of("943.476.5919", "10 digits"),
                Arguments.of("９４３４７６５９１９", "10 digits"),
                Arguments.of("0000000000", "not a real NHS number"),
                Arguments.of("1111111111", "not a real NHS number"),
                Arguments.of("   ", "Enter the NHS number"));
    }

    @ParameterizedTest
    @MethodSource("invalidNumbers")
    void refusesWithAStableCodeAndAPlainMessage(String input, String messageContains) {
        assertThat(NhsNumber.isValid(input)).isFalse();
        assertThat(NhsNumber.tryParse(input)).isEmpty();
        assertThatThrownBy(() -> NhsNumber.parse(input))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.violations()).hasSize(1);
                    Violation violation = e.violations().get(0);
                    assertThat(violation.code()).isEqualTo(RefusalCode.INVALID_NHS_NUMBER);
                    assertThat(violation.target()).isEqualTo("nhsNumber");
                    assertThat(violation.message()).contains(messageContains);
                    assertThat(e.getMessage()).isEqualTo(violation.message());
                });
    }

    @Test
    void oneRepeatedDigitPassesTheArithmeticButIsStillRefused() {
        assertThat(expectedCheckDigit("111111111")).isEqualTo(1);
        assertThat(NhsNumber.isValid("111 111 1111")).isFalse();
    }

    @Test
    void messagesNeverRepeatTheNumber() {
        assertThatThrownBy(() -> NhsNumber.parse("943 476 5918"))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.violations().get(0).message()).doesNotContain("5918"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void blankIsRefusedByParseAndEmptyFromTryParse(String input) {
        assertThat(NhsNumber.isValid(input)).isFalse();
        assertThat(NhsNumber.tryParse(input)).isEmpty();
        assertThatThrownBy(() -> NhsNumber.parse(input)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("Enter the NHS number");
    }

    @Test
    void equalityIsOnTheNormalisedDigits() {
        assertThat(NhsNumber.parse("943-476-5919")).isEqualTo(NhsNumber.parse("9434765919"))
                .hasSameHashCodeAs(NhsNumber.parse("943 476 5919"));
        assertThat(new NhsNumber("943 476 5919").value()).isEqualTo("9434765919");
        assertThat(NhsNumber.parse("4857773457")).isLessThan(NhsNumber.parse("9434765919"));
    }
}
