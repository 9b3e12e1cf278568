package org.ecaf.domain.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A child's particulars are checked all at once and normalised. */
class ChildDetailsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final LocalDate BORN = LocalDate.of(2015, 3, 4);

    /** Valid particulars, with one thing changed by the caller. */
    private static final class Input {
        String given = "Zoë";
        String family = "Nguyễn";
        List<String> others = List.of();
        LocalDate dob = BORN;
        LocalDate due;
        String gender = "female";
        String address = "12 Mill Lane";
        String postcode = "NB1 1AA";
        String nhs = "943 476 5919";
        String upn = "B801200005001";
        String language = "English";
        boolean shielded;

        ChildDetails check() {
            return ChildDetails.of(given, family, others, dob, due, gender, address, postcode, nhs, upn, language,
                    shielded, TODAY);
        }
    }

    private static InvalidInput refused(Input input) {
        try {
            input.check();
        } catch (InvalidInput e) {
            return e;
        }
        throw new AssertionError("expected the particulars to be refused");
    }

    private static List<RefusalCode> codes(Refusal refusal) {
        return refusal.violations().stream().map(Violation::code).toList();
    }

    private static List<String> targets(Refusal refusal) {
        return refusal.violations().stream().map(Violation::target).toList();
    }

    @Test
    void validParticularsAreKeptAndNormalised() {
        Input input = new Input();
        input.given = "  Zoë ";
        input.family = " Nguyễn  ";
        input.others = Arrays.asList(" Zoe Nguyen ", "  ", null, "Zoë Tran");
        input.postcode = "nb11aa";
        input.nhs = "9434765919";
        input.upn = " b801 2000 05001 ";
        input.address = "  12 Mill Lane  ";
        input.language = "   ";
        input.gender = " female ";
        input.shielded = true;

        ChildDetails details = input.check();

        assertThat(details.givenNames()).isEqualTo("Zoë");
        assertThat(details.familyName()).isEqualTo("Nguyễn");
        assertThat(details.otherNames()).containsExactly("Zoe Nguyen", "Zoë Tran");
        assertThat(details.dateOfBirth()).isEqualTo(BORN);
        assertThat(details.expectedDateOfDelivery()).isNull();
        assertThat(details.gender()).isEqualTo("female");
        assertThat(details.address()).isEqualTo("12 Mill Lane");
        assertThat(details.postcode().value()).isEqualTo("NB1 1AA");
        assertThat(details.nhsNumber().value()).isEqualTo("9434765919");
        assertThat(details.upn().value()).isEqualTo("B801200005001");
        assertThat(details.firstLanguage()).isNull();
        assertThat(details.shielded()).isTrue();
    }

    @Test
    void optionalIdentifiersMayBeLeftOut() {
        Input input = new Input();
        input.postcode = " ";
        input.nhs = null;
        input.upn = "";
        input.gender = null;
        input.others = null;

        ChildDetails details = input.check();

        assertThat(details.postcode()).isNull();
        assertThat(details.nhsNumber()).isNull();
        assertThat(details.upn()).isNull();
        assertThat(details.gender()).isNull();
        assertThat(details.otherNames()).isEmpty();
    }

    @Test
    void anUnbornBabyHasAnExpectedDateOfDeliveryInsteadOfABirthday() {
        Input input = new Input();
        input.given = "Unborn baby";
        input.dob = null;
        input.due = TODAY.plusMonths(4);
        input.gender = "not_known";

        ChildDetails details = input.check();

        assertThat(details.dateOfBirth()).isNull();
        assertThat(details.expectedDateOfDelivery()).isEqualTo(TODAY.plusMonths(4));
    }

    @Test
    void namesAreRequired() {
        Input input = new Input();
        input.given = " ";
        input.family = null;

        InvalidInput refused = refused(input);

        assertThat(codes(refused)).containsExactly(RefusalCode.REQUIRED, RefusalCode.REQUIRED);
        assertThat(targets(refused)).containsExactly("givenNames", "familyName");
    }

    @Test
    void namesLongerThan200CharactersAreRefused() {
        Input input = new Input();
        input.family = "N".repeat(201);

        InvalidInput refused = refused(input);

        assertThat(codes(refused)).containsExactly(RefusalCode.TOO_LONG);
        assertThat(targets(refused)).containsExactly("familyName");
    }

    @Test
    void aDateOfBirthOrADueDateIsRequired() {
        Input input = new Input();
        input.dob = null;

        InvalidInput refused = refused(input);

        assertThat(codes(refused)).containsExactly(RefusalCode.REQUIRED);
        assertThat(targets(refused)).containsExactly("dateOfBirth");
    }

    @Test
    void notBothADateOfBirthAndADueDate() {
        Input input = new Input();
        input.due = TODAY.plusMonths(1);

        InvalidInput refused = refused(input);

        assertThat(codes(refused)).containsExactly(RefusalCode.DATE_OF_BIRTH_AND_DUE_DATE);
        assertThat(targets(refused)).containsExactly("expectedDateOfDelivery");
    }

    @Test
    void aDateOfBirthInTheFutureIsRefused() {
        Input input = new Input();
        input.dob = TODAY.plusDays(1);

        InvalidInput refused = refused(input);

        assertThat(codes(refused)).containsExactly(RefusalCode.DATE_IN_FUTURE);
        assertThat(refused.violations().get(0).message()).contains("22/11/2026", "expected date of delivery");
    }

    @Test
    void bornTodayIsAccepted() {
        Input input = new Input();
        input.dob = TODAY;

        assertThat(input.check().dateOfBirth()).isEqualTo(TODAY);
    }

    @Test
    void aYoungPersonOf25IsStillAccepted() {
        Input input = new Input();
        input.dob = TODAY.minusYears(26).plusDays(1);

        assertThat(input.check().dateOfBirth()).isEqualTo(LocalDate.of(2000, 11, 22));
    }

    @Test
    void someoneOf26IsTooOldForCaf() {
        Input turnedTwentySixToday = new Input();
        turnedTwentySixToday.dob = TODAY.minusYears(26);
        Input older = new Input();
        older.dob = LocalDate.of(1990, 1, 1);

        assertThat(codes(refused(turnedTwentySixToday))).containsExactly(RefusalCode.TOO_OLD);
        assertThat(codes(refused(older))).containsExactly(RefusalCode.TOO_OLD);
        assertThat(targets(refused(older))).containsExactly("dateOfBirth");
    }

    @Test
    void aDueDateMoreThanTenMonthsAwayIsRefused() {
        Input tooFar = new Input();
        tooFar.dob = null;
        tooFar.due = TODAY.plusMonths(10).plusDays(1);
        Input justInTime = new Input();
        justInTime.dob = null;
        justInTime.due = TODAY.plusMonths(10);

        InvalidInput refused = refused(tooFar);

        assertThat(codes(refused)).containsExactly(RefusalCode.DUE_DATE_TOO_FAR);
        assertThat(targets(refused)).containsExactly("expectedDateOfDelivery");
        assertThat(justInTime.check().expectedDateOfDelivery()).isEqualTo(TODAY.plusMonths(10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"female", "male", "other", "not_known"})
    void theNationalGendersAreAccepted(String gender) {
        Input input = new Input();
        input.gender = gender;

        assertThat(input.check().gender()).isEqualTo(gender);
    }

    @ParameterizedTest
    @ValueSource(strings = {"f", "Female", "unknown"})
    void anyOtherGenderIsRefused(String gender) {
        Input input = new Input();
        input.gender = gender;

        InvalidInput refused = refused(input);

        assertThat(codes(refused)).containsExactly(RefusalCode.UNKNOWN_OPTION);
        assertThat(targets(refused)).containsExactly("gender");
    }

    @Test
    void badIdentifiersAreReportedAgainstTheirOwnFields() {
        Input input = new Input();
        input.nhs = "943 476 5918";
        input.postcode = "NB1";
        input.upn = "B80120000500";

        InvalidInput refused = refused(input);

        assertThat(codes(refused)).containsExactly(RefusalCode.INVALID_POSTCODE, RefusalCode.INVALID_NHS_NUMBER,
                RefusalCode.INVALID_UPN);
        assertThat(targets(refused)).containsExactly("postcode", "nhsNumber", "upn");
    }

    @Test
    void anAddressLongerThan400CharactersIsRefused() {
        Input input = new Input();
        input.address = "a".repeat(401);

        InvalidInput refused = refused(input);

        assertThat(codes(refused)).containsExactly(RefusalCode.TOO_LONG);
        assertThat(targets(refused)).containsExactly("address");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Input input = new Input();
        input.given = null;
        input.family = "";
        input.dob = TODAY.plusDays(3);
        input.due = TODAY.plusYears(1);
        input.gender = "x";
        input.postcode = "ZZZ";
        input.nhs = "123";
        input.upn = "nope";

        InvalidInput refused = refused(input);

        assertThat(targets(refused)).containsExactly("givenNames", "familyName", "expectedDateOfDelivery",
                "dateOfBirth", "expectedDateOfDelivery", "gender", "postcode", "nhsNumber", "upn");
        assertThat(codes(refused)).containsExactly(RefusalCode.REQUIRED, RefusalCode.REQUIRED,
                RefusalCode.DATE_OF_BIRTH_AND_DUE_DATE,
                RefusalCode.DATE_IN_FUTURE, RefusalCode.DUE_DATE_TOO_FAR, RefusalCode.UNKNOWN_OPTION,
                        RefusalCode.INVALID_POSTCODE, RefusalCode.INVALID_NHS_NUMBER,
                RefusalCode.INVALID_UPN);
        assertThat(refused.getMessage()).isEqualTo("9 entries need correcting.");
        assertThat(refused.kind()).isEqualTo(Refusal.Kind.INVALID_INPUT);
    }

    @Test
    void theRecordKeepsOtherNamesAsAnUnmodifiableCopy() {
        ChildDetails details = new ChildDetails("Zoë", "Nguyễn", null, BORN, null, null, null, null, null, null, null,
                false);

        assertThat(details.otherNames()).isEmpty();
        assertThatThrownBy(() -> details.otherNames().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
