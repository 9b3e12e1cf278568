package org.ecaf.domain.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A family member's particulars are checked all at once. */
class FamilyMemberDetailsTest {

    private static InvalidInput refused(String name, String relationship, Boolean pr, String email) {
        try {
            FamilyMemberDetails.of(name, relationship, pr, true, null, email, null);
        } catch (InvalidInput e) {
            return e;
        }
        throw new AssertionError("expected the particulars to be refused");
    }

    private static List<RefusalCode> codes(InvalidInput refusal) {
        return refusal.violations().stream().map(Violation::code).toList();
    }

    private static List<String> targets(InvalidInput refusal) {
        return refusal.violations().stream().map(Violation::target).toList();
    }

    @Test
    void validParticularsAreTrimmedAndKept() {
        FamilyMemberDetails details = FamilyMemberDetails.of("  Lan Nguyễn ", " Mother ", true, null, " 07700 900001 ",
                " lan@example.org ", "  12 Mill Lane ");

        assertThat(details.name()).isEqualTo("Lan Nguyễn");
        assertThat(details.relationship()).isEqualTo(Relationship.MOTHER);
        assertThat(details.parentalResponsibility()).isTrue();
        assertThat(details.livesWithChild()).isFalse();
        assertThat(details.phone()).isEqualTo("07700 900001");
        assertThat(details.email()).isEqualTo("lan@example.org");
        assertThat(details.address()).isEqualTo("12 Mill Lane");
    }

    @ParameterizedTest
    @EnumSource(Relationship.class)
    void everyRelationshipIsKnownByItsName(Relationship relationship) {
        assertThat(FamilyMemberDetails.of("A Person", relationship.name().toLowerCase(), false, false, null, null, null)
                .relationship()).isEqualTo(relationship);
        assertThat(relationship.label()).isNotBlank().isEqualTo(relationship.getLabel());
    }

    @Test
    void aNameIsRequired() {
        InvalidInput refused = refused("  ", "father", false, null);

        assertThat(codes(refused)).containsExactly(RefusalCode.REQUIRED);
        assertThat(targets(refused)).containsExactly("name");
    }

    @Test
    void anUnknownRelationshipIsRefused() {
        InvalidInput refused = refused("Minh Tran", "step-dad", false, null);

        assertThat(codes(refused)).containsExactly(RefusalCode.UNKNOWN_OPTION);
        assertThat(targets(refused)).containsExactly("relationship");
        assertThat(refused.violations().get(0).message()).contains("step-dad");
    }

    @Test
    void parentalResponsibilityMustBeAnswered() {
        InvalidInput refused = refused("Minh Tran", "father", null, null);

        assertThat(codes(refused)).containsExactly(RefusalCode.REQUIRED);
        assertThat(targets(refused)).containsExactly("parentalResponsibility");
    }

    @Test
    void anEmailAddressMustLookLikeOne() {
        InvalidInput refused = refused("Minh Tran", "father", false, "minh at example");

        assertThat(codes(refused)).containsExactly(RefusalCode.NOT_AN_EMAIL);
        assertThat(targets(refused)).containsExactly("email");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        InvalidInput refused = refused(null, null, null, "nope");

        assertThat(targets(refused)).containsExactly("name", "relationship", "parentalResponsibility", "email");
        assertThat(codes(refused)).containsExactly(RefusalCode.REQUIRED, RefusalCode.REQUIRED, RefusalCode.REQUIRED,
                RefusalCode.NOT_AN_EMAIL);
    }
}
