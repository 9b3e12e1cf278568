package org.ecaf.forms.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.ecaf.forms.TestForms;
import org.ecaf.forms.answers.Answers;
import org.junit.jupiter.api.Test;

class ConditionTest {

    @Test
    void inHoldsWhenTheFieldHasOneOfTheValues() {
        Condition condition = Condition.in("disability", "yes");
        assertThat(condition.holds(Answers.empty().with("disability", "yes"))).isTrue();
        assertThat(condition.holds(Answers.empty().with("disability", "no"))).isFalse();
        assertThat(condition.holds(Answers.empty())).isFalse();
    }

    @Test
    void notInHoldsUnlessTheFieldHasOneOfTheValues() {
        Condition condition = Condition.notIn("unborn", "true");
        assertThat(condition.holds(Answers.empty())).isTrue();
        assertThat(condition.holds(Answers.empty().with("unborn", false))).isTrue();
        assertThat(condition.holds(Answers.empty().with("unborn", true))).isFalse();
    }

    @Test
    void booleansNumbersAndChoicesAreComparedAsText() {
        assertThat(Condition.in("flag", "true").holds(Answers.empty().with("flag", true))).isTrue();
        assertThat(Condition.in("flag", "false").holds(Answers.empty().with("flag", false))).isTrue();
        assertThat(Condition.in("n", "2.5").holds(Answers.empty().with("n", new BigDecimal("2.50")))).isTrue();
        Condition anyOf = Condition.in("needs", "interpreter", "signing");
        assertThat(anyOf.holds(Answers.empty().withChoices("needs", List.of("access", "signing")))).isTrue();
        assertThat(anyOf.holds(Answers.empty().withChoices("needs", List.of("access")))).isFalse();
        assertThat(anyOf.holds(Answers.empty().withChoices("needs", List.of()))).isFalse();
    }

    @Test
    void writesItselfAsInDefinitionFiles() {
        assertThat(Condition.in("a", "x", "y").toJson().toString()).isEqualTo("{\"field\":\"a\",\"in\":[\"x\",\"y\"]}");
        assertThat(Condition.notIn("a", "true").toJson().toString()).isEqualTo("{\"field\":\"a\",\"notIn\":[\"true\"]}");
    }

    @Test
    void aFieldIsShownOnlyWhenEveryConditionItDependsOnHolds() {
        FormDefinition form = TestForms.parse(1,
                TestForms.field("a", "boolean"),
                TestForms.field("b", "singleChoice", "'condition': {'field': 'a', 'in': ['true']}, " + TestForms.options("x", "y")),
                TestForms.field("c", "text", "'condition': {'field': 'b', 'in': ['x']}"));
        Answers stale = Answers.empty().with("a", false).with("b", "x");
        assertThat(form.shown("b", stale)).isFalse();
        assertThat(form.shown("c", stale)).isFalse();
        assertThat(form.shown("c", stale.with("a", true))).isTrue();
        assertThat(form.shown("a", stale)).isTrue();
    }
}
