package org.ecaf.domain.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.domain.cases.CaseFixture.NOW;
import static org.ecaf.domain.cases.CaseFixture.TODAY;
import static org.ecaf.domain.cases.Refusals.codes;
import static org.ecaf.domain.cases.Refusals.refusal;

import java.time.LocalDate;
import java.util.List;
import org.ecaf.domain.cases.CaseFixture;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.RulesViolated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A child's record changes only with its history: who, when, what it said before. */
class ChildRecordChangesTest {

    private final CaseFixture f = new CaseFixture();

    @Test
    void changingParticularsKeepsTheValuesBeforeAndAfter() {
        ChildDetails moved = ChildDetails.of("Zoë", "Nguyễn", List.of(), LocalDate.of(2015, 3, 4), null, "female",
                "3 New Street\nNorthbridge", "NB2 2BB", null, null, "English", false, TODAY);

        RecordChange change = f.zoe.change(moved, f.ben, NOW).orElseThrow();

        assertThat(change.getKind()).isEqualTo(RecordChange.Kind.PARTICULARS_CHANGED);
        assertThat(change.getSummary()).isEqualTo("Child's record changed by Ben Jones: address, postcode");
        assertThat(change.before()).containsEntry("postcode", "NB1 1AA").containsKey("address");
        assertThat(change.after()).containsEntry("postcode", "NB2 2BB");
        assertThat(f.zoe.change(moved, f.ben, NOW)).as("nothing differs").isEmpty();
        assertThat(f.zoe.getChanges()).hasSize(1);
    }

    @Test
    void aFamilyMemberIsAddedWithWhoAddedThemCorrectedAndEndedButNeverLost() {
        FamilyMember aunt = f.entity(f.zoe.addFamilyMember(FamilyMemberDetails.of("Mai Nguyen", "aunt_or_uncle", false,
                false, null, null, null), f.ben, NOW));

        f.zoe.correctFamilyMember(aunt.getId(), FamilyMemberDetails.of("Mai Nguyễn", "aunt_or_uncle", false, true,
                "0300 111", null, null), f.aisha, NOW.plusMinutes(1));
        f.zoe.endFamilyMember(aunt.getId(), TODAY, "Moved away", f.aisha, NOW.plusMinutes(2), TODAY);

        assertThat(aunt.getAddedBy()).isEqualTo("Ben Jones");
        assertThat(aunt.getName()).isEqualTo("Mai Nguyễn");
        assertThat(aunt.isEnded()).isTrue();
        assertThat(f.zoe.getFamilyMembers()).contains(aunt);
        assertThat(f.zoe.getChanges()).extracting(RecordChange::getKind).containsExactly(
                RecordChange.Kind.FAMILY_MEMBER_ADDED, RecordChange.Kind.FAMILY_MEMBER_CORRECTED,
                RecordChange.Kind.FAMILY_MEMBER_ENDED);
        assertThat(f.zoe.getChanges().get(1).before()).containsEntry("name", "Mai Nguyen");
        assertThat(codes(refusal(RulesViolated.class, () -> f.zoe.endFamilyMember(aunt.getId(), TODAY, "Again",
                f.aisha, NOW, TODAY)))).containsExactly(RefusalCode.FAMILY_MEMBER_ENDED);
    }

    @Test
    void endingNeedsADateNotInTheFutureAndAReason() {
        FamilyMember mother = f.mother;

        InvalidInput refused = refusal(InvalidInput.class, () -> f.zoe.endFamilyMember(mother.getId(),
                TODAY.plusDays(1), " ", f.aisha, NOW, TODAY));

        assertThat(codes(refused)).containsExactlyInAnyOrder(RefusalCode.DATE_IN_FUTURE, RefusalCode.REASON_REQUIRED);
        assertThat(mother.isEnded()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ali\u0000ce", "Ali\u202Ece", "Ali\u200Bce", "\uFEFFAlice", "Ali\u2067ce", "Ali\u00ADce",
            "Ali\u0007ce"})
    void namesRefuseControlInvisibleAndDirectionCharacters(String name) {
        InvalidInput refused = refusal(InvalidInput.class, () -> ChildDetails.of(name, "Smith", List.of(),
                LocalDate.of(2015, 1, 1), null, null, null, null, null, null, null, false, TODAY));

        assertThat(refused.violations()).anySatisfy(v -> {
            assertThat(v.code()).isEqualTo(RefusalCode.INVALID_CHARACTERS);
            assertThat(v.target()).isEqualTo("givenNames");
        });
    }

    @Test
    void namesInOtherScriptsWithJoinersAreNames() {
        ChildDetails persian = ChildDetails.of("نیلوفر", "می\u200Cخواهم", List.of("ਗੁਰਪ੍ਰੀਤ"),
                LocalDate.of(2015, 1, 1), null, null, null, null, null, null, null, false, TODAY);

        assertThat(persian.familyName()).contains("\u200C");
    }
}
