package org.ecaf.domain.child.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The nickname table: the credited public list plus eCAF's UK short forms. */
class NicknamesTest {

    final Nicknames nicknames = Nicknames.standard();

    @Test
    void shortAndFullFormsAreTheSameName() {
        assertThat(nicknames.sameName("BETH", "ELIZABETH")).isTrue();
        assertThat(nicknames.sameName("ELIZABETH", "BETH")).isTrue();
        assertThat(nicknames.sameName("BETH", "LIZ")).as("both short for Elizabeth").isTrue();
        assertThat(nicknames.sameName("ALFIE", "ALFRED")).as("UK supplement").isTrue();
        assertThat(nicknames.sameName("KASIA", "KATARZYNA")).as("UK supplement").isTrue();
    }

    @Test
    void differentNamesAndTheSameNameAreNot() {
        assertThat(nicknames.sameName("OLIVER", "HARRY")).isFalse();
        assertThat(nicknames.sameName("BETH", "BETH")).isFalse();
        assertThat(nicknames.sameName("ZUZIA", "ZUZANNA")).as("not in the table").isFalse();
    }

    @Test
    void veryAmbiguousShortFormsAreNotUsedAsKeys() {
        assertThat(nicknames.fullFormsForKeys("BETH")).contains("ELIZABETH");
        assertThat(nicknames.fullFormsForKeys("AL").size()).isLessThanOrEqualTo(Nicknames.MAX_KEY_FORMS);
        assertThat(nicknames.size()).isGreaterThan(1000);
    }
}
